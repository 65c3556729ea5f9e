package org.tripart.stats.design;

/**
 * The estimated distribution function at each quantile and its design variance: R survey 4.1.1's
 * {@code svymean(x <= qhat, design)} on the domain's answering rows, {@code m = sum w I / sum w}
 * with influence {@code w (I - m) / sum w} and variance by {@code svyrecvar} (with the design's
 * calibrations). Uncalibrated designs take all quantiles in one sweep over the sorted rows, summing
 * the indicator's weight per sampling unit; calibrated designs one pass over the design each.
 * Stateless; thread-safe.
 */
final class CdfVariance {
  private CdfVariance() {}

  /** {@code {m, variance}} (each one value per quantile, in the order of {@code qhat}). */
  static double[][] of(SurveyDesign design, Sample s, double[] values, double[] qhat) {
    int k = qhat.length;
    double[] m = new double[k];
    double[] v = new double[k];
    double[] w = s.weights;
    if (design.isCalibrated()) {
      int n = design.size();
      for (int i = 0; i < k; i++) {
        double total = 0;
        double chosen = 0;
        for (int r : s.subsetRows) {
          total += w[r];
          if (values[r] <= qhat[i]) {
            chosen += w[r];
          }
        }
        double mean = chosen / total;
        double[] z = new double[n];
        for (int r : s.subsetRows) {
          z[r] = w[r] * ((values[r] <= qhat[i] ? 1 : 0) - mean) / total;
        }
        m[i] = mean;
        v[i] = DesignEstimates.influenceVariance(design, z, s.subset);
      }
      return new double[][] {m, v};
    }
    int[] unit = Variance.units(design);
    int units = Variance.unitCount(design);
    double[] sw = new double[units];
    boolean[] present = new boolean[design.psuCount];
    double total = 0;
    for (int r : s.subsetRows) {
      sw[unit[r]] += w[r];
      total += w[r];
      present[design.psu[r]] = true;
    }
    int[] byValue = new int[k];
    for (int i = 0; i < k; i++) {
      byValue[i] = i;
    }
    byValue = StableOrder.of(qhat, byValue, k);
    double[] cw = new double[units];
    double chosen = 0;
    int j = 0;
    int len = s.x.length;
    double[] t = new double[units];
    for (int i : byValue) {
      while (j < len && s.x[j] <= qhat[i]) {
        cw[unit[s.rows[j]]] += s.w[j];
        chosen += s.w[j];
        j++;
      }
      double mean = chosen / total;
      for (int u = 0; u < units; u++) {
        t[u] = (cw[u] - mean * sw[u]) / total;
      }
      m[i] = mean;
      v[i] = Variance.of(design, t, 1, present)[0];
    }
    return new double[][] {m, v};
  }
}
