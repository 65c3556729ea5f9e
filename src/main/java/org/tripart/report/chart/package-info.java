/**
 * Figures of the publication export: bar charts of proportions with their intervals, drawn as SVG
 * and PNG.
 *
 * <p>Uses {@code org.tripart.disclosure}, {@code org.tripart.instrument}, {@code
 * org.tripart.report.publish}, {@code org.tripart.stats}.
 */
package org.tripart.report.chart;
