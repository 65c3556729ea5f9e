/**
 * Importing and exporting other tools' formats: REDCap, XLSForm, FHIR SDC, SPSS, Stata and R. One
 * package per format under this one maps that format, and only there; the rest of Tripart knows
 * nothing of them. Nothing in {@code stats}, {@code store} or {@code dataset} imports from here;
 * the server's FHIR and import routes and the command line do. {@link org.tripart.interop.Interop}
 * and the exporters' registry sit on top of the format packages, which share this package's types.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.dataset}, {@code org.tripart.instrument}, {@code
 * org.tripart.interop.fhir}, {@code org.tripart.interop.redcap}, {@code org.tripart.interop.stats},
 * {@code org.tripart.interop.xlsform}.
 */
package org.tripart.interop;
