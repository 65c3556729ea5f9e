package org.tripart.stats.model;

import java.util.List;

/**
 * A fitted design-based proportional-odds model, as R's {@code svyolr}: {@code logit P(Y <= j) =
 * zeta_j - x beta}. {@code covariance} is row-major over the coefficients then the cut points.
 * {@code degreesOfFreedom} is svyolr's {@code df.residual}: the design's degrees of freedom minus
 * the coefficients. Immutable (the covariance array is copied on the way in and out).
 */
public record OrdinalFit(
    List<OrdinalTerm> coefficients,
    List<OrdinalTerm> cutPoints,
    double[] covariance,
    double deviance,
    int degreesOfFreedom,
    int rowsUsed,
    int rowsDropped,
    int iterations) {
  public OrdinalFit {
    coefficients = List.copyOf(coefficients);
    cutPoints = List.copyOf(cutPoints);
    covariance = covariance.clone();
  }

  @Override
  public double[] covariance() {
    return covariance.clone();
  }
}
