package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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
    double[] logit =
        method == CiMethod.LOGIT && !design.isCalibrated()
            ? InterceptLogit.fit(design, domain, List.of(indicator))[0]
            : null;
    return interval(design, indicator, domain, method, level, m, df, logit);
  }

  /**
   * The proportion of each indicator's rows (the options of one item, say) among {@code domain}
   * rows (null: all rows), as {@link #of(SurveyDesign, BitSet, BitSet, CiMethod, double)} gives
   * them one by one, sharing the passes over the domain.
   */
  public static List<ProportionInterval> of(
      SurveyDesign design, List<BitSet> indicators, BitSet domain, CiMethod method, double level) {
    if (!(level > 0 && level < 1)) {
      throw new DesignInputException("level", "a confidence level must lie between 0 and 1");
    }
    List<MeanEstimate> ms = DesignEstimates.proportions(design, domain, indicators);
    int df = DesignEstimates.degreesOfFreedom(design, domain);
    return of(design, indicators, domain, method, level, ms, df);
  }

  /**
   * The proportions of the options (one indicator each) among {@code domain} rows (null: all rows),
   * the domain's degrees of freedom and, for {@code method} LOGIT on an uncalibrated design, every
   * option's interval, with one pass over the domain and one over each option's rows shared by all
   * three: the same numbers as {@link DesignEstimates#proportions}, {@link
   * DesignEstimates#degreesOfFreedom} and {@link #of(SurveyDesign, List, BitSet, CiMethod,
   * double)}.
   *
   * @throws DesignInputException when no domain row has a positive weight, or for a bad level
   */
  public static ItemProportions item(
      SurveyDesign design, BitSet domain, List<BitSet> indicators, CiMethod method, double level) {
    if (!(level > 0 && level < 1)) {
      throw new DesignInputException("level", "a confidence level must lie between 0 and 1");
    }
    if (design.isCalibrated()) {
      return new ItemProportions(
          DesignEstimates.proportions(design, domain, indicators),
          DesignEstimates.degreesOfFreedom(design, domain),
          null);
    }
    boolean logit = method == CiMethod.LOGIT;
    ItemSums sums =
        ItemSums.of(design, domain, indicators, logit, logit ? design.weightLevels() : null);
    List<MeanEstimate> ms = sums.estimates();
    int df = sums.degreesOfFreedom;
    if (!logit) {
      return new ItemProportions(ms, df, null);
    }
    double[][] fits = InterceptLogit.fit(sums);
    List<ProportionInterval> out = new ArrayList<>(indicators.size());
    for (int k = 0; k < indicators.size(); k++) {
      out.add(interval(design, indicators.get(k), domain, method, level, ms.get(k), df, fits[k]));
    }
    return new ItemProportions(ms, df, out);
  }

  /**
   * As {@link #of(SurveyDesign, List, BitSet, CiMethod, double)} for a caller that already has the
   * proportions and the domain's degrees of freedom.
   *
   * @param estimates {@code DesignEstimates.proportions(design, domain, indicators)}
   * @param df {@code DesignEstimates.degreesOfFreedom(design, domain)}
   */
  public static List<ProportionInterval> of(
      SurveyDesign design,
      List<BitSet> indicators,
      BitSet domain,
      CiMethod method,
      double level,
      List<MeanEstimate> estimates,
      int df) {
    if (!(level > 0 && level < 1)) {
      throw new DesignInputException("level", "a confidence level must lie between 0 and 1");
    }
    List<MeanEstimate> ms = estimates;
    double[][] logit =
        method == CiMethod.LOGIT && !design.isCalibrated()
            ? InterceptLogit.fit(design, domain, indicators)
            : null;
    List<ProportionInterval> out = new ArrayList<>(indicators.size());
    for (int k = 0; k < indicators.size(); k++) {
      out.add(
          interval(
              design,
              indicators.get(k),
              domain,
              method,
              level,
              ms.get(k),
              df,
              logit == null ? null : logit[k]));
    }
    return out;
  }

  /** {@code fitted}: {coefficient, variance} of the intercept-only fit, or null to fit it here. */
  private static ProportionInterval interval(
      SurveyDesign design,
      BitSet indicator,
      BitSet domain,
      CiMethod method,
      double level,
      MeanEstimate m,
      int df,
      double[] fitted) {
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
          double[] fit = fitted;
          if (fit == null) {
            LogitFit f = LogitFit.of(design, indicator, domain);
            fit = new double[] {f.coefficient, f.variance};
          }
          double q = tQuantile(1 - alpha / 2, df);
          double seLogit = Math.sqrt(fit[1]);
          lower = expit(fit[0] - q * seLogit);
          upper = expit(fit[0] + q * seLogit);
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
