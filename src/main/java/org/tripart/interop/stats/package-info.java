/**
 * Answers written for SPSS, Stata and R, with variable labels, value labels and missing-data codes,
 * as REDCap's own exports for those packages are laid out. See {@code mapping.md}. Entry point:
 * {@link org.tripart.interop.stats.StatsExporters}.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.dataset}, {@code org.tripart.instrument}, {@code
 * org.tripart.interop}.
 */
package org.tripart.interop.stats;
