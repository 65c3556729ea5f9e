/**
 * The fieldwork server (Javalin): the respondent pages and API, the researcher API, the FHIR
 * endpoints, imports, fieldwork and analysis routes, and the wiring of the server's parts.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.analysis}, {@code org.tripart.capture}, {@code
 * org.tripart.dataset}, {@code org.tripart.fieldwork}, {@code org.tripart.instrument}, {@code
 * org.tripart.interop}, {@code org.tripart.interop.fhir}, {@code org.tripart.json}, {@code
 * org.tripart.report}, {@code org.tripart.report.publish}, {@code org.tripart.stats}, {@code
 * org.tripart.stats.design}, {@code org.tripart.stats.model}, {@code org.tripart.store}, {@code
 * org.tripart.study}, {@code org.tripart.synth}, {@code org.tripart.web.auth}, {@code
 * org.tripart.web.dashboard}, {@code org.tripart.web.http}, {@code org.tripart.web.pages}.
 */
package org.tripart.web;
