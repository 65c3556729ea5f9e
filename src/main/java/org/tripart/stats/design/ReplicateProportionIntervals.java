package org.tripart.stats.design;

import java.util.BitSet;
import java.util.List;
import org.tripart.ErrorCode;

/**
 * Confidence intervals for a proportion on a replicate design as R's {@code svyciprop} (survey
 * 4.1.1) gives them there, with t quantiles on {@code degf(subset(design, domain))}: MEAN (Wald on
 * the proportion), XLOGIT (Wald on log(p/(1-p)) by the delta method) and LOGIT (the intercept-only
 * {@code svyglm(y ~ 1, family = quasibinomial)}, whose fit under each replicate's weights is
 * exactly logit of the replicate's proportion, so its SE is {@code svrVar} of those logits).
 * Stateless and thread-safe.
 */
public final class ReplicateProportionIntervals {
  private ReplicateProportionIntervals() {}

  /**
   * @param domain rows of the subpopulation, null for all
   * @throws ReplicateInputException for a method other than MEAN, XLOGIT, LOGIT, or a bad level
   */
  public static ProportionInterval of(
      ReplicateDesign design, BitSet indicator, BitSet domain, CiMethod method, double level) {
    if (!(level > 0 && level < 1)) {
      throw ReplicateDesignBuilder.fail(
          ErrorCode.REPLICATE_ESTIMATE, "level", "a confidence level must lie between 0 and 1");
    }
    ReplicateEstimate m = ReplicateEstimates.proportions(design, domain, List.of(indicator)).get(0);
    int df = design.degreesOfFreedom(domain);
    double q = ProportionIntervals.tQuantile(1 - (1 - level) / 2, df);
    double p = m.estimate();
    double se = m.standardError();
    double lower;
    double upper;
    switch (method) {
      case MEAN -> {
        lower = p - q * se;
        upper = p + q * se;
      }
      case XLOGIT -> {
        double l = Math.log(p / (1 - p));
        double s = se / (p * (1 - p));
        lower = ProportionIntervals.expit(l - q * s);
        upper = ProportionIntervals.expit(l + q * s);
      }
      case LOGIT -> {
        double l = Math.log(p / (1 - p));
        double[] theta = replicateLogits(design, indicator, domain, l);
        double s = Math.sqrt(ReplicateVariance.variance(design, theta, l));
        lower = ProportionIntervals.expit(l - q * s);
        upper = ProportionIntervals.expit(l + q * s);
      }
      default ->
          throw ReplicateDesignBuilder.fail(
              ErrorCode.REPLICATE_ESTIMATE,
              "svyciprop method " + method,
              "not available on replicate designs here; use MEAN, XLOGIT or LOGIT");
    }
    return new ProportionInterval(p, se, lower, upper, method, level, df);
  }

  /**
   * The intervals of every option of an item at once, from one pass over the domain's rows: as
   * {@link #of} for each indicator, the LOGIT SE from the logits of the same replicate proportions.
   * A proportion of 0 or 1 has NaN limits under XLOGIT and LOGIT (its logit is infinite).
   *
   * @param df {@code degf(subset(design, domain))}, as {@link ReplicateDesign#degreesOfFreedom(
   *     BitSet)} gives it (passed in so that items sharing a domain share it)
   * @throws ReplicateInputException for a method other than MEAN, XLOGIT, LOGIT, a bad level, or a
   *     domain with no positive weight
   */
  public static List<ProportionInterval> item(
      ReplicateDesign design,
      BitSet domain,
      List<BitSet> indicators,
      CiMethod method,
      double level,
      int df) {
    check(method, level);
    return intervals(
        design,
        ReplicateEstimates.replicateProportions(design, domain, indicators),
        method,
        level,
        df);
  }

  /**
   * As {@link #item} for many items (or domains) at once, from ONE pass over the rows for all of
   * them; each group's intervals are exactly those of its own {@link #item} call.
   *
   * @param domains each group's domain (null: all rows)
   * @param indicators each group's indicators
   * @param df each group's {@code degf(subset(design, domain))}
   * @return per group its intervals, null for a group whose domain has no positive weight
   * @throws ReplicateInputException for a method other than MEAN, XLOGIT, LOGIT or a bad level
   */
  public static List<List<ProportionInterval>> items(
      ReplicateDesign design,
      List<BitSet> domains,
      List<List<BitSet>> indicators,
      CiMethod method,
      double level,
      int[] df) {
    check(method, level);
    double[][][] theta = ReplicateEstimates.replicateProportions(design, domains, indicators);
    List<List<ProportionInterval>> out = new java.util.ArrayList<>(theta.length);
    for (int g = 0; g < theta.length; g++) {
      out.add(theta[g] == null ? null : intervals(design, theta[g], method, level, df[g]));
    }
    return out;
  }

  private static void check(CiMethod method, double level) {
    if (!(level > 0 && level < 1)) {
      throw ReplicateDesignBuilder.fail(
          ErrorCode.REPLICATE_ESTIMATE, "level", "a confidence level must lie between 0 and 1");
    }
    if (method != CiMethod.MEAN && method != CiMethod.XLOGIT && method != CiMethod.LOGIT) {
      throw ReplicateDesignBuilder.fail(
          ErrorCode.REPLICATE_ESTIMATE,
          "svyciprop method " + method,
          "not available on replicate designs here; use MEAN, XLOGIT or LOGIT");
    }
  }

  private static List<ProportionInterval> intervals(
      ReplicateDesign design, double[][] theta, CiMethod method, double level, int df) {
    int k = design.replicates;
    double q = ProportionIntervals.tQuantile(1 - (1 - level) / 2, df);
    List<ProportionInterval> out = new java.util.ArrayList<>(theta.length);
    double[] t = new double[k];
    for (double[] th : theta) {
      double p = th[k];
      System.arraycopy(th, 0, t, 0, k);
      double se = Math.sqrt(ReplicateVariance.variance(design, t, p));
      double lower;
      double upper;
      if (method == CiMethod.MEAN) {
        lower = p - q * se;
        upper = p + q * se;
      } else if (!(p > 0 && p < 1)) {
        lower = Double.NaN;
        upper = Double.NaN;
      } else {
        double l = Math.log(p / (1 - p));
        double s;
        if (method == CiMethod.XLOGIT) {
          s = se / (p * (1 - p));
        } else {
          for (int j = 0; j < k; j++) {
            t[j] = replicateLogit(th[j], l);
          }
          s = Math.sqrt(ReplicateVariance.variance(design, t, l));
        }
        lower = ProportionIntervals.expit(l - q * s);
        upper = ProportionIntervals.expit(l + q * s);
      }
      out.add(new ProportionInterval(p, se, lower, upper, method, level, df));
    }
    return out;
  }

  private static double[] replicateLogits(
      ReplicateDesign design, BitSet indicator, BitSet domain, double start) {
    int n = design.size();
    int k = design.replicates;
    double[] num = new double[k];
    double[] den = new double[k];
    double[] a = design.analysis;
    for (int r = domain == null ? 0 : domain.nextSetBit(0);
        r >= 0 && r < n;
        r = domain == null ? r + 1 : domain.nextSetBit(r + 1)) {
      boolean yes = indicator.get(r);
      int o = r * k;
      for (int j = 0; j < k; j++) {
        den[j] += a[o + j];
        if (yes) {
          num[j] += a[o + j];
        }
      }
    }
    double[] theta = new double[k];
    for (int j = 0; j < k; j++) {
      double pj = num[j] / den[j];
      theta[j] = replicateLogit(pj, start);
    }
    return theta;
  }

  /**
   * The coefficient of {@code svyglm(y ~ 1, family = quasibinomial)} refitted under a replicate
   * whose proportion is {@code p}: logit(p) inside (0, 1); at 0 or 1, where the maximum is at
   * infinity, what R's {@code glm.fit(start = full-sample coefficient)} stops at: IRLS steps eta +=
   * (p - mu) / mu.eta with R's clamped {@code binomial()} link until |dev - devold| / (|dev| + 0.1)
   * < 1e-8, at most 25 (about -23 or 23); NaN for a replicate without weight in the domain.
   */
  static double replicateLogit(double p, double start) {
    if (p > 0 && p < 1) {
      return Math.log(p / (1 - p));
    }
    if (p != 0 && p != 1) {
      return Double.NaN;
    }
    double eta = start;
    double mu = linkInverse(eta);
    double devold = deviance(p, mu);
    for (int iteration = 1; iteration <= 25; iteration++) {
      eta += (p - mu) / muEta(eta);
      mu = linkInverse(eta);
      double dev = deviance(p, mu);
      if (Math.abs(dev - devold) / (Math.abs(dev) + 0.1) < 1e-8) {
        break;
      }
      devold = dev;
    }
    return eta;
  }

  private static final double EPS = Math.ulp(1.0);

  /** R's {@code binomial()$linkinv} (C {@code logit_linkinv}, clamped beyond |eta| = 30). */
  private static double linkInverse(double eta) {
    double t = eta < -30 ? EPS : eta > 30 ? 1 / EPS : Math.exp(eta);
    return t / (1 + t);
  }

  /** R's {@code binomial()$mu.eta}. */
  private static double muEta(double eta) {
    if (eta > 30 || eta < -30) {
      return EPS;
    }
    double opexp = 1 + Math.exp(eta);
    return Math.exp(eta) / (opexp * opexp);
  }

  /** R's binomial deviance of a 0/1 outcome y at mu, weights summing to 1. */
  private static double deviance(double y, double mu) {
    return y == 0 ? 2 * Math.log(1 / (1 - mu)) : 2 * Math.log(1 / mu);
  }
}
