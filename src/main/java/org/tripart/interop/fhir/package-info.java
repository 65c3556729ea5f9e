/**
 * FHIR R4 Questionnaire and QuestionnaireResponse (SDC), read and written with HAPI FHIR. See
 * {@code mapping.md}.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.dataset}, {@code org.tripart.instrument}, {@code
 * org.tripart.interop}, {@code org.tripart.json}.
 */
package org.tripart.interop.fhir;
