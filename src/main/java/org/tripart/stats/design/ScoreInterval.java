package org.tripart.stats.design;

import org.tripart.ErrorCode;

/**
 * The score interval of a quantile, R survey 4.1.1's {@code survey:::ffullerCI}: with {@code
 * U(theta) = (x > theta) - (1 - p)} and {@code s(theta) = svymean(U) / SE(svymean(U))}, the roots
 * of {@code s(theta) - t(1 - alpha/2)} and {@code s(theta) - t(alpha/2)} found by R's {@code
 * uniroot} (Brent's zeroin, {@link Zeroin}) between {@code min(x) + IQR(x)/100} and {@code max(x) -
 * IQR(x)/100} with {@code tol = 1 / (100 sqrt(nrow(design)))}, each turned into a limit by the rule
 * at the unweighted share of rows at or below it, {@code qrule(x, w, mean(x <= root))}.
 *
 * <p>R's {@code x} here is the item over every row of the design R holds: for an uncalibrated
 * design the domain's answering rows (weight zero included), for a calibrated one every row, the
 * unanswered ones as 0 ({@code na.rm} zeroes them). Stateless; thread-safe.
 */
final class ScoreInterval {
  private ScoreInterval() {}

  /** {@code {lower, upper}} for probability {@code p}. */
  static double[] of(
      SurveyDesign design,
      Sample s,
      double[] values,
      double p,
      int df,
      double level,
      QuantileRule rule,
      String item) {
    double[] xs = rValues(design, s, values);
    int n = xs.length;
    double iqr = type7(xs, 0.75) - type7(xs, 0.25);
    double lowerT = xs[0] + iqr / 100;
    double upperT = xs[n - 1] - iqr / 100;
    double tol = 1 / (100 * Math.sqrt(n));
    double alpha = 1 - level;
    Score score = new Score(design, s, values, p);
    double qlow =
        root(score, lowerT, upperT, WoodruffLimits.t(1 - alpha / 2, df), tol, item, "lower");
    double qup = root(score, lowerT, upperT, WoodruffLimits.t(alpha / 2, df), tol, item, "upper");
    QuantileFunction f = QuantileFunction.of(rule, s.x, s.w, s.x.length, item);
    return new double[] {f.at(share(xs, qlow)), f.at(share(xs, qup))};
  }

  private static double root(
      Score score, double lower, double upper, double limit, double tol, String item, String end) {
    if (!(lower < upper)) {
      throw new DesignInputException(
          ErrorCode.QUANTILE_SCORE_ROOT,
          item,
          "the score interval's search range is empty (min + IQR/100 = "
              + lower
              + " is not below max - IQR/100 = "
              + upper
              + "); use the mean interval");
    }
    double fl = score.at(lower) - limit;
    double fu = score.at(upper) - limit;
    if (Double.isNaN(fl) || Double.isNaN(fu) || !(Math.signum(fl) * Math.signum(fu) <= 0)) {
      throw new DesignInputException(
          ErrorCode.QUANTILE_SCORE_ROOT,
          item,
          "the score test for the "
              + end
              + " limit has no root between "
              + lower
              + " and "
              + upper
              + " (R's uniroot fails here too); use the mean interval");
    }
    return Zeroin.root(t -> finite(score.at(t) - limit), lower, upper, fl, fu, tol, 1000);
  }

  /** R's {@code fcn2}: an infinite or NaN value becomes the largest double of its sign. */
  private static double finite(double v) {
    if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
      return Double.MAX_VALUE;
    }
    return v == Double.NEGATIVE_INFINITY ? -Double.MAX_VALUE : v;
  }

  /** The design's x as R holds it, sorted. */
  private static double[] rValues(SurveyDesign design, Sample s, double[] values) {
    if (!design.isCalibrated()) {
      double[] xs = new double[s.order.length];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = values[s.order[i]];
      }
      return xs;
    }
    double[] xs = new double[values.length];
    for (int r = 0; r < xs.length; r++) {
      xs[r] = Double.isNaN(values[r]) ? 0 : values[r];
    }
    java.util.Arrays.sort(xs);
    return xs;
  }

  /** R's {@code quantile(x, q, type = 7)} of sorted values. */
  static double type7(double[] sorted, double q) {
    int n = sorted.length;
    double index = 1 + Math.max(n - 1, 0) * q;
    int lo = (int) Math.floor(index);
    int hi = (int) Math.ceil(index);
    double qs = sorted[lo - 1];
    if (index > lo && sorted[hi - 1] != qs) {
      double h = index - lo;
      qs = (1 - h) * qs + h * sorted[hi - 1];
    }
    return qs;
  }

  private static double share(double[] sorted, double theta) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= theta) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return (double) lo / sorted.length;
  }

  /**
   * {@code svymean(U(theta), design) / SE}: for an uncalibrated design from the weights above theta
   * per sampling unit (a pass over those rows of the sorted sample), for a calibrated one from the
   * row-level influence (a pass over the design).
   */
  private static final class Score {
    private final SurveyDesign design;
    private final Sample s;
    private final double[] values;
    private final double off;
    private final double total;
    private final int[] unit;
    private final double[] sw;
    private final boolean[] present;

    Score(SurveyDesign design, Sample s, double[] values, double p) {
      this.design = design;
      this.s = s;
      this.values = values;
      this.off = 1 - p;
      double t = 0;
      for (int r : s.subsetRows) {
        t += s.weights[r];
      }
      total = t;
      if (design.isCalibrated()) {
        unit = null;
        sw = null;
        present = null;
        return;
      }
      unit = Variance.units(design);
      sw = new double[Variance.unitCount(design)];
      present = new boolean[design.psuCount];
      for (int r : s.subsetRows) {
        sw[unit[r]] += s.weights[r];
        present[design.psu[r]] = true;
      }
    }

    double at(double theta) {
      return unit == null ? calibrated(theta) : uncalibrated(theta);
    }

    private double uncalibrated(double theta) {
      int len = s.x.length;
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (s.x[mid] <= theta) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      double[] cw = new double[sw.length];
      double above = 0;
      for (int j = lo; j < len; j++) {
        cw[unit[s.rows[j]]] += s.w[j];
        above += s.w[j];
      }
      double mean = above / total - off;
      double shift = off + mean;
      for (int u = 0; u < cw.length; u++) {
        cw[u] = (cw[u] - shift * sw[u]) / total;
      }
      return mean / Math.sqrt(Variance.of(design, cw, 1, present)[0]);
    }

    private double calibrated(double theta) {
      double[] w = s.weights;
      double hi = 0;
      double lo = 0;
      for (int r : s.subsetRows) {
        double u = ((values[r] > theta ? 1 : 0) - off) * w[r] / total;
        double t = hi + u;
        double bb = t - hi;
        lo += (hi - (t - bb)) + (u - bb);
        hi = t;
      }
      double mean = hi + lo;
      double[] z = new double[design.size()];
      for (int r : s.subsetRows) {
        z[r] = (((values[r] > theta ? 1 : 0) - off) - mean) * w[r] / total;
      }
      double variance = DesignEstimates.influenceVariance(design, z, s.subset);
      return mean / Math.sqrt(variance);
    }
  }
}
