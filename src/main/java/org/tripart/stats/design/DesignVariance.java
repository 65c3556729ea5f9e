package org.tripart.stats.design;

import java.util.BitSet;

/**
 * The design variance matrix of several totals at once, for estimators outside this package (such
 * as design-based regression): R's {@code svyrecvar(z, design$cluster, design$strata, design$fpc,
 * postStrata = design$postStrata)} on the design R's {@code subset(design, domain)} gives. Rows
 * outside the domain count as zero. Uncalibrated designs drop them (PSUs and strata without domain
 * rows are left out, the PSU counts of the whole design are kept); calibrated designs keep every
 * row, with the calibrations' residuals applied, as {@code [.survey.design2} and {@code svyrecvar}
 * do. Stateless and thread-safe; the arrays passed in are never changed.
 */
public final class DesignVariance {
  private DesignVariance() {}

  /**
   * The k-by-k variance matrix (row-major) of the totals of a row-level influence matrix.
   *
   * @param z influence of every row, {@code z[row * k + j]}, for all rows of the design
   * @param k number of totals (columns of {@code z})
   * @param domain rows of the subpopulation, or null for every row
   * @throws DesignInputException when {@code z} does not have {@code k} values per row, or a
   *     stratum has one PSU under {@link LonelyPsu#FAIL}
   */
  public static double[] of(SurveyDesign design, double[] z, int k, BitSet domain) {
    int n = design.size();
    if (k < 1 || z.length != (long) n * k) {
      throw new DesignInputException(
          "influence", z.length + " values for " + n + " rows of " + k + " columns");
    }
    int[] unit = Variance.units(design);
    double[] t = new double[Variance.unitCount(design) * k];
    if (design.isCalibrated()) {
      double[] zc = new double[z.length];
      for (int r = DesignEstimates.first(domain, 0);
          r >= 0 && r < n;
          r = DesignEstimates.next(domain, r)) {
        System.arraycopy(z, r * k, zc, r * k, k);
      }
      Variance.calibrate(design, zc, k);
      for (int r = 0; r < n; r++) {
        int base = unit[r] * k;
        for (int j = 0; j < k; j++) {
          t[base + j] += zc[r * k + j];
        }
      }
      return Variance.of(design, t, k, null);
    }
    for (int r = DesignEstimates.first(domain, 0);
        r >= 0 && r < n;
        r = DesignEstimates.next(domain, r)) {
      int base = unit[r] * k;
      for (int j = 0; j < k; j++) {
        t[base + j] += z[r * k + j];
      }
    }
    return Variance.of(design, t, k, present(design, domain));
  }

  /**
   * The same matrix from totals already summed per sampling unit (see {@link #unitOfRows}), which
   * saves holding a row-level matrix: only for uncalibrated designs, whose variance needs nothing
   * row by row.
   *
   * @param unitTotals {@code [unit * k + j]}, summed over the domain's rows only
   * @param domain rows of the subpopulation (which PSUs and strata are present), or null
   * @throws DesignInputException when the design is calibrated or the totals' length is wrong
   */
  public static double[] ofUnitTotals(
      SurveyDesign design, double[] unitTotals, int k, BitSet domain) {
    if (design.isCalibrated()) {
      throw new DesignInputException(
          "influence", "a calibrated design needs the row-level influence, not unit totals");
    }
    if (k < 1 || unitTotals.length != (long) Variance.unitCount(design) * k) {
      throw new DesignInputException(
          "influence",
          unitTotals.length + " totals for " + Variance.unitCount(design) + " units of " + k);
    }
    return Variance.of(design, unitTotals.clone(), k, present(design, domain));
  }

  /**
   * The sampling unit each row's influence is totalled in (second-stage cluster when that stage
   * counts, else PSU), a fresh copy.
   */
  public static int[] unitOfRows(SurveyDesign design) {
    return Variance.units(design).clone();
  }

  /** The number of sampling units {@link #unitOfRows} ranges over. */
  public static int unitCount(SurveyDesign design) {
    return Variance.unitCount(design);
  }

  private static boolean[] present(SurveyDesign design, BitSet domain) {
    if (domain == null) {
      return null;
    }
    boolean[] present = new boolean[design.psuCount];
    int n = design.size();
    for (int r = domain.nextSetBit(0); r >= 0 && r < n; r = domain.nextSetBit(r + 1)) {
      present[design.psu[r]] = true;
    }
    return present;
  }
}
