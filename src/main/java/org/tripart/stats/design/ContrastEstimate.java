package org.tripart.stats.design;

/**
 * A linear contrast of domain estimates, as R's {@code svycontrast(svyby(..., covmat = TRUE),
 * contrasts)} gives it (estimate and SE), with the t test a user of R computes from it: {@code t =
 * estimate / SE}, two-sided {@code p = 2 pt(-|t|, degf(design))}.
 *
 * @param estimate {@code sum c_j theta_j}
 * @param standardError {@code sqrt(c' V c)}
 * @param degreesOfFreedom {@code degf(design)}
 * @param statistic t
 * @param pValue two-sided p of t on {@code degreesOfFreedom} (NaN when df is 0)
 */
public record ContrastEstimate(
    double estimate, double standardError, int degreesOfFreedom, double statistic, double pValue) {}
