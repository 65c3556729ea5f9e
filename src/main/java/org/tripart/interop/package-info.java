/**
 * Importing and exporting other tools' formats: REDCap, XLSForm, FHIR SDC, SPSS, Stata and R. One
 * package per format under this one maps that format, and only there; the rest of Tripart knows
 * nothing of them. May use {@code instrument}, {@code dataset} and {@code capture}; nothing in
 * {@code stats}, {@code store} or {@code web} imports from here except the server's FHIR and import
 * routes.
 */
package org.tripart.interop;
