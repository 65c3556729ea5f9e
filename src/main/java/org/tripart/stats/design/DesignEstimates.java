package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Design-based means and proportions with Taylor-linearization standard errors, matching R's {@code
 * svymean} on the same design. A domain (subpopulation) is a set of rows; like R's {@code
 * subset(design, ...)} it keeps the whole design (strata, PSU counts) and gives rows outside the
 * domain zero influence. Rows whose value is NaN (item non-response) leave the domain, as {@code
 * na.rm = TRUE}. Stateless and thread-safe; inputs are read, never changed.
 */
public final class DesignEstimates {
  private DesignEstimates() {}

  /** {@code svymean(~y, design, deff = TRUE, na.rm = TRUE)} over the rows of {@code domain}. */
  public static MeanEstimate mean(SurveyDesign design, double[] y, BitSet domain) {
    checkLength(design, y.length, "values");
    if (design.isCalibrated()) {
      return calibratedMean(design, y, domain);
    }
    int[] unit = Variance.units(design);
    double[] sw = new double[Variance.unitCount(design)];
    double[] swy = new double[sw.length];
    boolean[] present = new boolean[design.psuCount];
    double[] w = design.weights;
    double shift = Double.NaN;
    double total = 0;
    double totalY = 0;
    double totalYy = 0;
    int rows = 0;
    for (int r = first(domain, 0); r >= 0 && r < w.length; r = next(domain, r)) {
      double v = y[r];
      if (Double.isNaN(v)) {
        continue;
      }
      if (Double.isNaN(shift)) {
        shift = v;
      }
      v -= shift;
      int u = unit[r];
      double wr = w[r];
      sw[u] += wr;
      swy[u] += wr * v;
      total += wr;
      totalY += wr * v;
      totalYy += wr * v * v;
      present[design.psu[r]] = true;
      if (wr != 0) {
        rows++;
      }
    }
    return finish(design, sw, swy, present, total, totalY, totalYy, rows, shift);
  }

  /**
   * The proportion choosing each of several 0/1 indicators (the options of one item) among the rows
   * of {@code domain} (for example those who answered), sharing one pass over the domain.
   */
  public static List<MeanEstimate> proportions(
      SurveyDesign design, BitSet domain, List<BitSet> indicators) {
    List<MeanEstimate> out = new ArrayList<>(indicators.size());
    if (design.isCalibrated()) {
      double[] y = new double[design.size()];
      for (BitSet ind : indicators) {
        for (int r = 0; r < y.length; r++) {
          y[r] = ind.get(r) ? 1 : 0;
        }
        out.add(calibratedMean(design, y, domain));
      }
      return out;
    }
    return ItemSums.of(design, domain, indicators, false, null).estimates();
  }

  /** {@code svymean} of a 0/1 indicator over the rows of {@code domain} (null: all rows). */
  public static MeanEstimate proportion(SurveyDesign design, BitSet indicator, BitSet domain) {
    return proportions(design, domain, List.of(indicator)).get(0);
  }

  /** R's {@code degf(subset(design, domain))}: PSUs minus strata among the domain's rows. */
  public static int degreesOfFreedom(SurveyDesign design, BitSet domain) {
    boolean[] psu = new boolean[design.psuCount];
    boolean[] stratum = new boolean[design.strataCount];
    int psus = 0;
    int strata = 0;
    long[] in = RowWords.of(domain, design.size());
    for (int i = 0; i < in.length; i++) {
      for (long word = in[i]; word != 0; word &= word - 1) {
        int r = (i << 6) | Long.numberOfTrailingZeros(word);
        if (design.weights[r] == 0) {
          continue;
        }
        if (!psu[design.psu[r]]) {
          psu[design.psu[r]] = true;
          psus++;
        }
        if (!stratum[design.stratum[r]]) {
          stratum[design.stratum[r]] = true;
          strata++;
        }
      }
    }
    return psus - strata;
  }

  static MeanEstimate finish(
      SurveyDesign design,
      double[] sw,
      double[] swy,
      boolean[] present,
      double total,
      double totalY,
      double totalYy,
      int rows,
      double shift) {
    if (rows == 0 || total <= 0) {
      throw new DesignInputException("domain", "no rows with a positive weight to estimate from");
    }
    double mean = totalY / total;
    double[] t = new double[sw.length];
    for (int u = 0; u < t.length; u++) {
      t[u] = (swy[u] - mean * sw[u]) / total;
    }
    double variance = Variance.of(design, t, 1, present)[0];
    double svyvar = (totalYy - totalY * mean) / total * rows / (rows - 1.0);
    double deff = total < rows ? Double.NaN : variance / (svyvar * (total - rows) / (total * rows));
    return new MeanEstimate(mean + shift, Math.sqrt(variance), deff, rows, total);
  }

  static MeanEstimate calibratedMean(SurveyDesign design, double[] y, BitSet domain) {
    int n = design.size();
    double[] w = design.weights;
    double total = 0;
    double totalY = 0;
    int rows = 0;
    boolean[] in = new boolean[n];
    for (int r = first(domain, 0); r >= 0 && r < n; r = next(domain, r)) {
      if (Double.isNaN(y[r])) {
        continue;
      }
      in[r] = true;
      total += w[r];
      totalY += w[r] * y[r];
      if (w[r] != 0) {
        rows++;
      }
    }
    if (rows == 0 || total <= 0) {
      throw new DesignInputException("domain", "no rows with a positive weight to estimate from");
    }
    double mean = totalY / total;
    double[] z = new double[n];
    double ss = 0;
    for (int r = 0; r < n; r++) {
      if (in[r]) {
        double d = y[r] - mean;
        z[r] = w[r] * d / total;
        ss += w[r] * d * d;
      }
    }
    double variance = influenceVariance(design, z, domain);
    double svyvar = ss / total * rows / (rows - 1.0);
    double deff = total < rows ? Double.NaN : variance / (svyvar * (total - rows) / (total * rows));
    return new MeanEstimate(mean, Math.sqrt(variance), deff, rows, total);
  }

  /**
   * The variance of a total whose row-level influence is {@code z} (zero outside the domain; the
   * array is changed when the design is calibrated). Uncalibrated: PSUs and strata without domain
   * rows are left out as R's {@code subset} drops them; calibrated: all are kept, as R does.
   */
  static double influenceVariance(SurveyDesign design, double[] z, BitSet domain) {
    int n = design.size();
    int[] unit = Variance.units(design);
    double[] t = new double[Variance.unitCount(design)];
    if (design.isCalibrated()) {
      Variance.calibrate(design, z, 1);
      for (int r = 0; r < n; r++) {
        t[unit[r]] += z[r];
      }
      return Variance.of(design, t, 1, null)[0];
    }
    boolean[] present = new boolean[design.psuCount];
    for (int r = first(domain, 0); r >= 0 && r < n; r = next(domain, r)) {
      t[unit[r]] += z[r];
      present[design.psu[r]] = true;
    }
    return Variance.of(design, t, 1, present)[0];
  }

  static int first(BitSet domain, int from) {
    return domain == null ? from : domain.nextSetBit(from);
  }

  static int next(BitSet domain, int r) {
    return domain == null ? r + 1 : domain.nextSetBit(r + 1);
  }

  static void checkLength(SurveyDesign design, int length, String what) {
    if (length != design.size()) {
      throw new DesignInputException(
          what, length + " values for a design of " + design.size() + " rows");
    }
  }
}
