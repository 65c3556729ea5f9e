package org.tripart.stats.design;

import java.util.BitSet;
import org.tripart.ErrorCode;

/**
 * Design-based totals with Taylor-linearization standard errors, as R's {@code
 * svytotal.survey.design2} (survey 4.1.1): total {@code sum w y} over the domain, influence {@code
 * w y} inside the domain and 0 outside, variance by {@code svyrecvar} (with the calibrations of the
 * design). A domain is R's {@code subset(design, ...)}; rows whose value is NaN leave it ({@code
 * na.rm = TRUE}). Stateless and thread-safe; inputs are read, never changed.
 */
public final class Totals {
  private Totals() {}

  /**
   * {@code svytotal(~y, subset(design, domain), deff = TRUE, na.rm = TRUE)}.
   *
   * @param item the item's name, for messages
   * @param domain the rows of the domain, null for all rows
   * @throws DesignInputException {@code ESTIMAND_EMPTY_DOMAIN} when no row of the domain has a
   *     value and a positive weight
   */
  public static TotalEstimate total(SurveyDesign design, String item, double[] y, BitSet domain) {
    DesignEstimates.checkLength(design, y.length, item);
    int n = design.size();
    double[] w = design.weights;
    boolean calibrated = design.isCalibrated();
    int[] unit = Variance.units(design);
    double[] t = calibrated ? null : new double[Variance.unitCount(design)];
    double[] z = calibrated ? new double[n] : null;
    boolean[] present = new boolean[design.psuCount];
    double shift = Double.NaN;
    double total = 0;
    double sw = 0;
    double swv = 0;
    double swvv = 0;
    int rows = 0;
    for (int r = DesignEstimates.first(domain, 0);
        r >= 0 && r < n;
        r = DesignEstimates.next(domain, r)) {
      double v = y[r];
      if (Double.isNaN(v)) {
        continue;
      }
      double wr = w[r];
      double wy = wr * v;
      if (calibrated) {
        z[r] = wy;
      } else {
        t[unit[r]] += wy;
        present[design.psu[r]] = true;
      }
      total += wy;
      if (Double.isNaN(shift)) {
        shift = v;
      }
      double c = v - shift;
      sw += wr;
      swv += wr * c;
      swvv += wr * c * c;
      if (wr != 0) {
        rows++;
      }
    }
    if (rows == 0 || sw <= 0) {
      throw new DesignInputException(
          ErrorCode.ESTIMAND_EMPTY_DOMAIN,
          item,
          "the domain has no row with a value and a positive weight");
    }
    double variance;
    if (calibrated) {
      Variance.calibrate(design, z, 1);
      double[] tu = new double[Variance.unitCount(design)];
      for (int r = 0; r < n; r++) {
        tu[unit[r]] += z[r];
      }
      variance = Variance.of(design, tu, 1, null)[0];
    } else {
      variance = Variance.of(design, t, 1, present)[0];
    }
    double svyvar = (swvv - swv * swv / sw) / sw * rows / (rows - 1.0);
    double vsrs = svyvar * sw * sw * (sw - rows) / (sw * rows);
    double deff = sw < rows ? Double.NaN : variance / vsrs;
    return new TotalEstimate(total, Math.sqrt(variance), deff, rows, sw);
  }
}
