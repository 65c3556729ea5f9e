/**
 * XLSForm questionnaires (survey, choices and settings sheets), read and written with Apache POI.
 * See {@code mapping.md}.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.instrument}, {@code org.tripart.interop}.
 */
package org.tripart.interop.xlsform;
