package org.tripart.stats.design;

/**
 * A design-based mean (a proportion when the variable is 0/1), as R's {@code svymean(~y, design,
 * deff = TRUE)} reports it.
 *
 * @param estimate the weighted mean over the domain
 * @param standardError Taylor-linearization SE under the design
 * @param designEffect R's deff: the variance over that of simple random sampling without
 *     replacement of the same number of rows, {@code svyvar * (N - n) / (N * n)}; NaN when the
 *     weights sum to less than n
 * @param rows rows of the domain that entered (answered, non-zero weight)
 * @param weightSum the estimated population size of the domain
 */
public record MeanEstimate(
    double estimate, double standardError, double designEffect, int rows, double weightSum) {

  /** The variance, the square of the standard error. */
  public double variance() {
    return standardError * standardError;
  }
}
