/**
 * Publication output: tables in the layouts journals use (estimates with intervals, gtsummary's
 * regression table), with disclosure control applied, and their DOCX and XLSX exports.
 *
 * <p>Uses {@code org.tripart.analysis}, {@code org.tripart.dataset}, {@code
 * org.tripart.disclosure}, {@code org.tripart.instrument}, {@code org.tripart.network}, {@code
 * org.tripart.report}, {@code org.tripart.stats}, {@code org.tripart.stats.model}.
 */
package org.tripart.report.publish;
