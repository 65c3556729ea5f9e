package org.tripart.stats.design;

import java.util.BitSet;

/**
 * The design variance of the totals of a row-level influence matrix, as R's {@code
 * svyrecvar(inffun, design$cluster, design$strata, design$fpc, postStrata = design$postStrata)}
 * computes it for regression models: calibrations applied to the influence first, then the
 * multistage variance. Stateless; thread-safe; the input array is not changed.
 */
public final class InfluenceVariance {
  private InfluenceVariance() {}

  /**
   * The k-by-k covariance matrix (row-major) of the column totals of {@code z}.
   *
   * @param z influence of every design row, {@code z[row * k + j]}, zero outside the domain
   * @param domain the rows the model used (null: all); for an uncalibrated design, PSUs and strata
   *     without such rows are left out as R's {@code subset} drops them, for a calibrated design
   *     all are kept as R keeps them
   */
  public static double[] of(SurveyDesign design, double[] z, int k, BitSet domain) {
    int n = design.size();
    DesignEstimates.checkLength(design, z.length / k, "influence");
    int[] unit = Variance.units(design);
    double[] t = new double[Variance.unitCount(design) * k];
    if (design.isCalibrated()) {
      double[] c = z.clone();
      Variance.calibrate(design, c, k);
      for (int r = 0; r < n; r++) {
        for (int j = 0; j < k; j++) {
          t[unit[r] * k + j] += c[r * k + j];
        }
      }
      return Variance.of(design, t, k, null);
    }
    boolean[] present = new boolean[design.psuCount];
    for (int r = DesignEstimates.first(domain, 0);
        r >= 0 && r < n;
        r = DesignEstimates.next(domain, r)) {
      for (int j = 0; j < k; j++) {
        t[unit[r] * k + j] += z[r * k + j];
      }
      present[design.psu[r]] = true;
    }
    return Variance.of(design, t, k, present);
  }
}
