package org.tripart.stats.design;

/**
 * A design-based total, as R's {@code svytotal(~y, design, deff = TRUE)} reports it.
 *
 * @param estimate the weighted total over the domain, {@code sum w y}
 * @param standardError Taylor-linearization SE under the design
 * @param designEffect R's deff: the variance over {@code svyvar(y) W^2 (W - n) / (W n)}; NaN when
 *     the weights sum to less than n or there is one row
 * @param rows rows of the domain that entered (answered, non-zero weight)
 * @param weightSum W, the estimated population size of the domain
 */
public record TotalEstimate(
    double estimate, double standardError, double designEffect, int rows, double weightSum) {}
