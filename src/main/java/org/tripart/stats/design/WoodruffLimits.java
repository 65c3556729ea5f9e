package org.tripart.stats.design;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The interval for the distribution function at a quantile that R survey 4.1.1's {@code
 * survey:::woodruffCI} forms from {@code m <- svymean(x <= qhat, design)} before reading it back
 * through the quantile rule. With a = (1 - level)/2 and t(.) Student's t quantile on the design
 * degrees of freedom ({@code confint(m, level, df)}):
 *
 * <ul>
 *   <li>MEAN: {@code m + se t(a)}, {@code m + se t(1 - a)};
 *   <li>XLOGIT: the same on {@code log(m / (1 - m))} with the delta-method SE ({@code
 *       svycontrast}'s derivative), back by {@code exp(eta) / (1 + exp(eta))};
 *   <li>ASIN: the same on {@code asin(sqrt(m))}, back by {@code sin(.)^2};
 *   <li>BETA: {@code n.eff = m (1 - m) / var}, times {@code (t_(rows-1)(alpha/2) /
 *       t_df(alpha/2))^2}, then {@code qbeta(alpha/2, n.eff m, n.eff (1 - m) + 1)} and {@code
 *       qbeta(1 - alpha/2, n.eff m + 1, n.eff (1 - m))}.
 * </ul>
 *
 * Stateless; thread-safe.
 */
final class WoodruffLimits {
  private WoodruffLimits() {}

  /**
   * {@code {lower, upper}} for the distribution function.
   *
   * @param m the estimated share of weight at or below the quantile
   * @param variance its design variance
   * @param rows {@code nrow(design)}, for BETA
   */
  static double[] of(
      QuantileInterval method, double m, double variance, int df, double level, int rows) {
    double a = (1 - level) / 2;
    double alpha = 1 - level;
    double se = Math.sqrt(variance);
    switch (method) {
      case MEAN:
        return new double[] {m + se * t(a, df), m + se * t(1 - a, df)};
      case XLOGIT:
        {
          double e1 = 1 - m;
          double e2 = m / e1;
          double eta = Math.log(e2);
          double grad = (1 / e1 + m / (e1 * e1)) / e2;
          double s = Math.sqrt(grad * variance * grad);
          return new double[] {expit(eta + s * t(a, df)), expit(eta + s * t(1 - a, df))};
        }
      case ASIN:
        {
          double e1 = Math.sqrt(m);
          double eta = Math.asin(e1);
          double grad = 0.5 * Math.pow(m, -0.5) / Math.sqrt(1 - e1 * e1);
          double s = Math.sqrt(grad * variance * grad);
          double lo = Math.sin(eta + s * t(a, df));
          double hi = Math.sin(eta + s * t(1 - a, df));
          return new double[] {lo * lo, hi * hi};
        }
      case BETA:
        {
          double ratio = t(alpha / 2, rows - 1) / t(alpha / 2, df);
          double nEff = m * (1 - m) / variance * (ratio * ratio);
          return new double[] {
            qbeta(alpha / 2, nEff * m, nEff * (1 - m) + 1),
            qbeta(1 - alpha / 2, nEff * m + 1, nEff * (1 - m))
          };
        }
      default:
        throw new IllegalStateException(method.name());
    }
  }

  /** Student's t quantile, NaN for no degrees of freedom (R's {@code qt(p, 0)}). */
  static double t(double p, int df) {
    return ProportionIntervals.tQuantile(p, df);
  }

  /** survey's {@code expit}: {@code exp(eta) / (1 + exp(eta))}. */
  static double expit(double eta) {
    double e = Math.exp(eta);
    return e / (1 + e);
  }

  /**
   * R's {@code qbeta(p, a, b)} including its limits: NaN for a NaN or negative shape, a point mass
   * at 0 when {@code a} is 0 or negligible beside {@code b}, at 1 when {@code b} is, both (0.5 at p
   * = 1/2) when both are 0, and 0.5 when both are infinite.
   */
  static double qbeta(double p, double a, double b) {
    if (Double.isNaN(p) || Double.isNaN(a) || Double.isNaN(b) || a < 0 || b < 0) {
      return Double.NaN;
    }
    if (a == 0 || b == 0 || Double.isInfinite(a) || Double.isInfinite(b)) {
      if (a == 0 && b == 0) {
        return p < 0.5 ? 0 : p > 0.5 ? 1 : 0.5;
      }
      if (a == 0 || a / b == 0) {
        return 0;
      }
      if (b == 0 || b / a == 0) {
        return 1;
      }
      return 0.5;
    }
    return new BetaDistribution(null, a, b, ProportionIntervals.ACCURACY)
        .inverseCumulativeProbability(p);
  }
}
