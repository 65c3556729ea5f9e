/**
 * Design-based estimation equal to R's survey package: Taylor-linearisation variance for stratified
 * multistage designs, proportions and their intervals, Rao-Scott tests, totals, ratios, domain
 * estimates and contrasts, calibration, and replicate-weight designs. See {@code
 * design-based-estimation.md}. Knows nothing of storage, the web or the command line.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.dataset}.
 */
package org.tripart.stats.design;
