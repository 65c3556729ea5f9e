package org.tripart.stats.design;

import java.util.BitSet;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Confidence intervals for a design-based proportion by the methods of R's {@code svyciprop}
 * (survey 4.1.1), using the design degrees of freedom of the domain, as {@code degf(design)}.
 * Stateless and thread-safe.
 */
public final class ProportionIntervals {
  static final double ACCURACY = 1e-15;

  private ProportionIntervals() {}

  /**
   * The proportion of {@code indicator} rows among {@code domain} rows (null: all rows).
   *
   * @param level the confidence level, for example 0.95
   */
  public static ProportionInterval of(
      SurveyDesign design, BitSet indicator, BitSet domain, CiMethod method, double level) {
    if (!(level > 0 && level < 1)) {
      throw new DesignInputException("level", "a confidence level must lie between 0 and 1");
    }
    MeanEstimate m = DesignEstimates.proportion(design, indicator, domain);
    int df = DesignEstimates.degreesOfFreedom(design, domain);
    double p = m.estimate();
    double se = m.standardError();
    double alpha = 1 - level;
    double lower;
    double upper;
    switch (method) {
      case MEAN:
        {
          double q = tQuantile(1 - alpha / 2, df);
          lower = p - q * se;
          upper = p + q * se;
          break;
        }
      case LOGIT:
        {
          LogitFit fit = LogitFit.of(design, indicator, domain);
          double q = tQuantile(1 - alpha / 2, df);
          double seLogit = Math.sqrt(fit.variance);
          lower = expit(fit.coefficient - q * seLogit);
          upper = expit(fit.coefficient + q * seLogit);
          break;
        }
      case XLOGIT:
        {
          double q = tQuantile(1 - alpha / 2, df);
          double logit = Math.log(p / (1 - p));
          double seLogit = se / (p * (1 - p));
          lower = expit(logit - q * seLogit);
          upper = expit(logit + q * seLogit);
          break;
        }
      case BETA:
        {
          int rows = design.isCalibrated() ? design.size() : domainRows(design, domain);
          double ratio = tQuantile(alpha / 2, rows - 1) / tQuantile(alpha / 2, df);
          double nEff = p * (1 - p) / m.variance() * ratio * ratio;
          lower = betaQuantile(alpha / 2, nEff * p, nEff * (1 - p) + 1);
          upper = betaQuantile(1 - alpha / 2, nEff * p + 1, nEff * (1 - p));
          break;
        }
      case LIKELIHOOD:
        {
          double[] ci =
              LikelihoodInterval.of(
                  design, indicator, domain, LogitFit.of(design, indicator, domain), df, level);
          lower = ci[0];
          upper = ci[1];
          break;
        }
      default:
        throw new IllegalStateException(method.name());
    }
    return new ProportionInterval(p, se, lower, upper, method, level, df);
  }

  static int domainRows(SurveyDesign design, BitSet domain) {
    return domain == null ? design.size() : domain.cardinality();
  }

  static double tQuantile(double probability, double df) {
    if (df <= 0) {
      return Double.NaN;
    }
    return new TDistribution(null, df, ACCURACY).inverseCumulativeProbability(probability);
  }

  static double betaQuantile(double probability, double a, double b) {
    if (a <= 0) {
      return 0;
    }
    if (b <= 0) {
      return 1;
    }
    return new BetaDistribution(null, a, b, ACCURACY).inverseCumulativeProbability(probability);
  }

  static double expit(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
