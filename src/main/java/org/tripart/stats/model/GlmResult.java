package org.tripart.stats.model;

import java.util.List;

/**
 * A fitted design-based GLM as R's {@code svyglm} and {@code summary.svyglm} report it: the
 * coefficient table, the sandwich covariance ({@code vcov}, p-by-p row-major), the residual df
 * ({@code degf(design) + 1 - p}), the dispersion ({@code svyvar} of the Pearson residuals), the
 * deviance (under the normalised weights), R's iteration count, the rows fitted and the domain rows
 * dropped for a missing value. Immutable; the covariance array is owned by the record.
 */
public record GlmResult(
    Family family,
    List<GlmCoefficient> coefficients,
    double[] covariance,
    int residualDf,
    double dispersion,
    double deviance,
    int iterations,
    int rows,
    int droppedRows) {
  public GlmResult {
    coefficients = List.copyOf(coefficients);
  }

  /** The covariance of coefficients i and j. */
  public double covariance(int i, int j) {
    return covariance[i * coefficients.size() + j];
  }
}
