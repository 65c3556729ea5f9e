/**
 * Answers written for SPSS, Stata and R, with variable labels, value labels and missing-data codes,
 * as REDCap's own exports for those packages are laid out. See {@code mapping.md}. Entry point:
 * {@link org.tripart.interop.stats.StatsExporters}.
 */
package org.tripart.interop.stats;
