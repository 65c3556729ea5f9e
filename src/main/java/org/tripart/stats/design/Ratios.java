package org.tripart.stats.design;

import java.util.BitSet;
import org.tripart.ErrorCode;

/**
 * Design-based ratios of totals, as R's {@code svyratio.survey.design2(~y, ~x, design)} (survey
 * 4.1.1): {@code R = Y / X} with {@code Y = sum w y}, {@code X = sum w x} over the domain, and the
 * variance of the total of the linearised {@code z = w (y - R x) / X} by {@code svyrecvar} (with
 * the design's calibrations). A domain is R's {@code subset(design, ...)}; rows missing either
 * value leave it ({@code na.rm = TRUE}). Stateless and thread-safe; inputs are never changed.
 */
public final class Ratios {
  private Ratios() {}

  /**
   * {@code svyratio(~y, ~x, subset(design, domain), na.rm = TRUE)}.
   *
   * @param domain the rows of the domain, null for all rows
   * @throws DesignInputException {@code ESTIMAND_EMPTY_DOMAIN} when no row of the domain has both
   *     values and a positive weight, {@code RATIO_ZERO_DENOMINATOR} when X is 0
   */
  public static RatioEstimate ratio(
      SurveyDesign design,
      String numerator,
      double[] y,
      String denominator,
      double[] x,
      BitSet domain) {
    DesignEstimates.checkLength(design, y.length, numerator);
    DesignEstimates.checkLength(design, x.length, denominator);
    int n = design.size();
    double[] w = design.weights;
    boolean calibrated = design.isCalibrated();
    int[] unit = Variance.units(design);
    int units = Variance.unitCount(design);
    double[] ty = calibrated ? null : new double[units];
    double[] tx = calibrated ? null : new double[units];
    boolean[] in = calibrated ? new boolean[n] : null;
    boolean[] present = new boolean[design.psuCount];
    double sy = 0;
    double sx = 0;
    int rows = 0;
    for (int r = DesignEstimates.first(domain, 0);
        r >= 0 && r < n;
        r = DesignEstimates.next(domain, r)) {
      if (Double.isNaN(y[r]) || Double.isNaN(x[r])) {
        continue;
      }
      double wy = w[r] * y[r];
      double wx = w[r] * x[r];
      if (calibrated) {
        in[r] = true;
      } else {
        ty[unit[r]] += wy;
        tx[unit[r]] += wx;
        present[design.psu[r]] = true;
      }
      sy += wy;
      sx += wx;
      if (w[r] != 0) {
        rows++;
      }
    }
    String where = numerator + " / " + denominator;
    if (rows == 0) {
      throw new DesignInputException(
          ErrorCode.ESTIMAND_EMPTY_DOMAIN,
          where,
          "the domain has no row with both values and a positive weight");
    }
    if (sx == 0) {
      throw new DesignInputException(
          ErrorCode.RATIO_ZERO_DENOMINATOR,
          where,
          "the weighted total of " + denominator + " over the domain is 0");
    }
    double ratio = sy / sx;
    double variance;
    if (calibrated) {
      double[] z = new double[n];
      for (int r = 0; r < n; r++) {
        if (in[r]) {
          z[r] = w[r] * (y[r] - ratio * x[r]) / sx;
        }
      }
      Variance.calibrate(design, z, 1);
      double[] t = new double[units];
      for (int r = 0; r < n; r++) {
        t[unit[r]] += z[r];
      }
      variance = Variance.of(design, t, 1, null)[0];
    } else {
      double[] t = new double[units];
      for (int u = 0; u < units; u++) {
        t[u] = (ty[u] - ratio * tx[u]) / sx;
      }
      variance = Variance.of(design, t, 1, present)[0];
    }
    return new RatioEstimate(ratio, Math.sqrt(variance), sy, sx, rows);
  }
}
