package org.tripart.stats.design;

import org.tripart.ErrorCode;

/**
 * One {@link QuantileRule} applied to one weighted sample whose values are already in R's {@code
 * order(x)} (ascending, ties in row order) with rows of weight zero dropped: R survey 4.1.1's
 * {@code qrule_*(x, w, p)} for any p, with what does not depend on p worked out once. The rules
 * that pick a value go through R's {@code survey:::qs} (cumulative weights, the last position whose
 * share is at most p); the interpolating ones through R's {@code approx(pk, x, p, rule = 2)}.
 *
 * <p>R sums weights ({@code sum}, {@code cumsum}, {@code mean}) in an 80-bit long double; here the
 * sums are carried in two doubles (Knuth's two-sum) and rounded once, which gives R's doubles
 * whenever R's long double sum is exact (as for weights of similar size over fewer than about two
 * thousand rows) and otherwise differs from it by at most a unit in the last place. Immutable and
 * thread-safe once made.
 */
final class QuantileFunction {
  private final QuantileRule rule;
  private final double[] x;
  private final double[] cumw;
  private final double total;
  private final boolean monotone;
  private final double[] px;
  private final double[] py;

  private QuantileFunction(
      QuantileRule rule,
      double[] x,
      double[] cumw,
      double total,
      boolean monotone,
      double[] px,
      double[] py) {
    this.rule = rule;
    this.x = x;
    this.cumw = cumw;
    this.total = total;
    this.monotone = monotone;
    this.px = px;
    this.py = py;
  }

  /**
   * The rule on the first {@code n} values and weights (sorted, no zero weight, not changed).
   *
   * @param item the item's name, for messages
   * @throws DesignInputException {@code QUANTILE_METHOD} when an interpolating rule has one row
   *     (R's {@code approx} needs two)
   */
  static QuantileFunction of(QuantileRule rule, double[] x, double[] w, int n, String item) {
    if (rule == QuantileRule.HF3) {
      return collapsed(x, w, n);
    }
    double[] cumw = cumsum(w, n);
    double total = cumw[n - 1];
    boolean monotone = true;
    for (int i = 0; i < n; i++) {
      monotone &= w[i] > 0;
    }
    if (!rule.interpolates() && rule != QuantileRule.SHAHVAISH) {
      return new QuantileFunction(rule, x, cumw, total, monotone, null, null);
    }
    if (rule.interpolates() && n < 2) {
      throw new DesignInputException(
          ErrorCode.QUANTILE_METHOD,
          item,
          "quantile rule "
              + rule.rName()
              + " interpolates between values and needs at least two rows with a positive weight;"
              + " the domain has one");
    }
    double[] pk = positions(rule, w, cumw, n);
    double[][] xy = Approx.regularize(pk, x, n);
    return new QuantileFunction(rule, x, cumw, total, monotone, xy[0], xy[1]);
  }

  private static QuantileFunction collapsed(double[] x, double[] w, int n) {
    int m = 0;
    double[] ux = new double[n];
    double[] uw = new double[n];
    for (int i = 0; i < n; i++) {
      if (m > 0 && x[i] == ux[m - 1]) {
        uw[m - 1] += w[i];
      } else {
        ux[m] = x[i];
        uw[m] = w[i];
        m++;
      }
    }
    double[] cumw = cumsum(uw, m);
    boolean monotone = true;
    for (int i = 0; i < m; i++) {
      monotone &= uw[i] > 0;
    }
    return new QuantileFunction(
        QuantileRule.HF3, java.util.Arrays.copyOf(ux, m), cumw, cumw[m - 1], monotone, null, null);
  }

  private static double[] positions(QuantileRule rule, double[] w, double[] cumw, int n) {
    double[] pk = new double[n];
    double cn = cumw[n - 1];
    double wn = w[n - 1];
    switch (rule) {
      case HF5:
        for (int k = 0; k < n; k++) {
          pk[k] = (cumw[k] - w[k] / 2) / cn;
        }
        break;
      case HF6:
        for (int k = 0; k < n; k++) {
          pk[k] = cumw[k] / (cn + wn);
        }
        break;
      case HF7:
        for (int k = 0; k < n; k++) {
          pk[k] = (k == 0 ? 0 : cumw[k - 1]) / cumw[n - 2];
        }
        break;
      case HF8:
        for (int k = 0; k < n; k++) {
          double before = k == 0 ? 0 : cumw[k - 1];
          pk[k] = (before * 1 / 3 + cumw[k] * 2 / 3) / (cn + wn / 3);
        }
        break;
      case HF9:
        for (int k = 0; k < n; k++) {
          double before = k == 0 ? 0 : cumw[k - 1];
          pk[k] = (before * 3 / 8 + cumw[k] * 5 / 8) / (cn + wn / 4);
        }
        break;
      case SHAHVAISH:
        {
          double mean = mean(w, n);
          double[] wbar = new double[n];
          for (int k = 0; k < n; k++) {
            wbar[k] = w[k] / mean;
          }
          double[] s = cumsum(wbar, n);
          for (int k = 0; k < n; k++) {
            pk[k] = (s[k] + 0.5 - w[k] / 2) / (n + 1);
          }
          break;
        }
      default:
        throw new IllegalStateException(rule.name());
    }
    return pk;
  }

  /** {@code qrule(x, w, p)}; NaN for a NaN p. */
  double at(double p) {
    if (Double.isNaN(p)) {
      return Double.NaN;
    }
    if (px != null) {
      return Approx.at(px, py, p, rule != QuantileRule.SHAHVAISH);
    }
    int m = cumw.length;
    double target = p * total;
    int pos = last(target, m);
    int next = pos == m - 1 ? pos : pos + 1;
    double qlow = x[pos];
    double qup = x[next];
    double wlow = p - cumw[pos] / total;
    switch (rule) {
      case MATH:
      case HF1:
        return wlow == 0 ? qlow : qup;
      case SCHOOL:
      case HF2:
        return wlow == 0 ? (qlow + qup) / 2 : qup;
      case HF3:
        return wlow == 0 && (pos + 1) % 2 == 0 ? qlow : qup;
      case HF4:
        {
          double wup = cumw[next] / total - p;
          double gamma = wlow / (wup + wlow);
          return qlow * (1 - gamma) + qup * gamma;
        }
      default:
        throw new IllegalStateException(rule.name());
    }
  }

  /** R's {@code last(cumw <= target)}: the last such position (0-based), 0 when there is none. */
  private int last(double target, int m) {
    if (!monotone) {
      for (int i = m - 1; i >= 0; i--) {
        if (cumw[i] <= target) {
          return i;
        }
      }
      return 0;
    }
    int lo = 0;
    int hi = m;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumw[mid] <= target) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? 0 : lo - 1;
  }

  /** R's {@code cumsum} of the first n values, summed in two doubles as R sums in long double. */
  static double[] cumsum(double[] v, int n) {
    double[] out = new double[n];
    double hi = 0;
    double lo = 0;
    for (int i = 0; i < n; i++) {
      double a = v[i];
      double s = hi + a;
      double bb = s - hi;
      double err = (hi - (s - bb)) + (a - bb);
      hi = s;
      lo += err;
      double t = hi + lo;
      lo -= t - hi;
      hi = t;
      out[i] = hi;
    }
    return out;
  }

  /**
   * R's {@code mean} of the first n values: the long double sum over n, then the long double sum of
   * the deviations from it over n added.
   */
  static double mean(double[] v, int n) {
    double[] c = cumsum(v, n);
    double s = c[n - 1] / n;
    double hi = 0;
    double lo = 0;
    for (int i = 0; i < n; i++) {
      double a = v[i] - s;
      double t = hi + a;
      double bb = t - hi;
      lo += (hi - (t - bb)) + (a - bb);
      hi = t;
    }
    return s + (hi + lo) / n;
  }
}
