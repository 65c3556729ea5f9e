package org.tripart.stats.design;

import java.util.BitSet;
import java.util.List;

/**
 * The intercept-only quasibinomial {@code svyglm} of {@code svyciprop(method = "logit")} for
 * several 0/1 indicators over one domain of an uncalibrated design, giving the same coefficient and
 * sandwich variance as {@link LogitFit} without its five passes over the rows per indicator.
 *
 * <p>Why this is the same fit: with one column of ones, every IRLS step after the first depends on
 * the rows only through two sums (the weighted count chosen and the weight total), which {@link
 * LogitFit} already uses; only the first step, from R's per-row start values {@code (w y + 0.5) /
 * (w + 1)}, needs the rows, and there a row's contribution is a function of its weight alone with
 * the sign of {@code 2y - 1}. So the start sums are one pass over the domain shared by all
 * indicators of the item plus one sum over each indicator's chosen rows, and the iterations are
 * repeated exactly as R's {@code glm.fit} runs them, stopping at the same step. The closed form
 * {@code logit(p)} is where they converge, but R stops at a relative deviance change below 1e-8,
 * which can leave the coefficient 1e-8 short of it; repeating the steps keeps Tripart's numbers R's
 * to the last digits. The sandwich variance's influence {@code w (y - mu) / (W mu (1 - mu))} sums
 * per sampling unit to {@code (sum w y - mu sum w) / (W mu (1 - mu))}, so it comes from the
 * per-unit sums of weight and chosen weight, as the proportion's own variance does. Stateless;
 * thread-safe.
 */
final class InterceptLogit {
  private InterceptLogit() {}

  /**
   * {coefficient, variance} per indicator, among the rows of {@code domain} (null: all rows).
   *
   * @throws IllegalArgumentException for a calibrated design (use {@link LogitFit})
   */
  static double[][] fit(SurveyDesign design, BitSet domain, List<BitSet> indicators) {
    return fit(design, domain, indicators, design.weightLevels());
  }

  /**
   * As {@link #fit(SurveyDesign, BitSet, List)}; {@code levels} null computes every row's terms.
   */
  static double[][] fit(
      SurveyDesign design, BitSet domain, List<BitSet> indicators, WeightLevels levels) {
    if (design.isCalibrated()) {
      throw new IllegalArgumentException("calibrated designs need LogitFit");
    }
    int n = design.size();
    double[] w = design.weights;
    int[] unit = Variance.units(design);
    double[] sw = new double[Variance.unitCount(design)];
    boolean[] present = new boolean[design.psuCount];
    long[] in = RowWords.of(domain, n);
    int rows = 0;
    double weightSum = 0;
    for (int i = 0; i < in.length; i++) {
      for (long word = in[i]; word != 0; word &= word - 1) {
        int r = (i << 6) | Long.numberOfTrailingZeros(word);
        rows++;
        weightSum += w[r];
        sw[unit[r]] += w[r];
        present[design.psu[r]] = true;
      }
    }
    double meanWeight = weightSum / rows;
    // Per row, R's start (y = 1: s = (wp + 0.5) / (wp + 1), eta = log(s / (1 - s)); y = 0 mirrors
    // it): working weight wp s (1 - s), working weight times working response +-a, deviance
    // -2 wp log s for either y. These depend on the row's weight alone: with few distinct weights
    // they are worked out once per weight and looked up, the same doubles summed in the same order.
    StartTerms start = levels == null ? null : StartTerms.of(levels.values, meanWeight);
    double[] a = start == null ? new double[n] : null;
    double workingWeights = 0;
    double sumA = 0;
    double devStart = 0;
    for (int i = 0; i < in.length; i++) {
      for (long word = in[i]; word != 0; word &= word - 1) {
        int r = (i << 6) | Long.numberOfTrailingZeros(word);
        if (start != null) {
          int l = levels.level[r];
          devStart -= start.deviance[l];
          if (start.positive[l]) {
            workingWeights += start.workingWeight[l];
            sumA += start.a[l];
          }
          continue;
        }
        double wp = w[r] / meanWeight;
        double s = (wp + 0.5) / (wp + 1);
        devStart -= 2 * wp * Math.log(s);
        if (wp > 0) {
          double[] t = StartTerms.terms(wp, s);
          a[r] = t[1];
          workingWeights += t[0];
          sumA += a[r];
        }
      }
    }
    double[][] out = new double[indicators.size()][];
    double[] swy = new double[sw.length];
    for (int k = 0; k < out.length; k++) {
      long[] chosen = RowWords.of(indicators.get(k), in, n);
      java.util.Arrays.fill(swy, 0);
      double chosenWeight = 0;
      double chosenA = 0;
      for (int i = 0; i < chosen.length; i++) {
        for (long word = chosen[i]; word != 0; word &= word - 1) {
          int r = (i << 6) | Long.numberOfTrailingZeros(word);
          swy[unit[r]] += w[r];
          chosenWeight += w[r];
          chosenA += start == null ? a[r] : start.a[levels.level[r]];
        }
      }
      // The normalized weights sum to the rows; R's sums (in long double) get these to the last
      // digit, where adding up a million normalized weights in double can lose four.
      double total = rows;
      double selected = chosenWeight / meanWeight;
      double eta = (2 * chosenA - sumA) / workingWeights;
      double devOld = devStart;
      for (int iteration = 1; iteration < 25; iteration++) {
        double m = ProportionIntervals.expit(eta);
        double dev = LogitFit.deviance(eta, selected, total);
        if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < 1e-8) {
          break;
        }
        devOld = dev;
        double muEta = m * (1 - m);
        eta = eta + (selected - total * m) / (total * muEta);
      }
      double mu = ProportionIntervals.expit(eta);
      double scale = weightSum * mu * (1 - mu);
      double[] t = new double[sw.length];
      for (int u = 0; u < t.length; u++) {
        t[u] = (swy[u] - mu * sw[u]) / scale;
      }
      out[k] = new double[] {eta, Variance.of(design, t, 1, present)[0]};
    }
    return out;
  }

  /** R's start terms per distinct weight ({@code a} is 0 where the weight is not positive). */
  private static final class StartTerms {
    final double[] deviance;
    final double[] workingWeight;
    final double[] a;
    final boolean[] positive;

    private StartTerms(int n) {
      deviance = new double[n];
      workingWeight = new double[n];
      a = new double[n];
      positive = new boolean[n];
    }

    static StartTerms of(double[] weights, double meanWeight) {
      StartTerms out = new StartTerms(weights.length);
      for (int l = 0; l < weights.length; l++) {
        double wp = weights[l] / meanWeight;
        double s = (wp + 0.5) / (wp + 1);
        out.deviance[l] = 2 * wp * Math.log(s);
        if (wp > 0) {
          double[] t = terms(wp, s);
          out.positive[l] = true;
          out.workingWeight[l] = t[0];
          out.a[l] = t[1];
        }
      }
      return out;
    }

    /** {working weight, working weight times working response} at start {@code s}, y = 1. */
    static double[] terms(double wp, double s) {
      double eta = Math.log(s / (1 - s));
      double m = ProportionIntervals.expit(eta);
      double muEta = m * (1 - m);
      double ww = wp * muEta * muEta / (m * (1 - m));
      return new double[] {ww, ww * (eta + (1 - m) / muEta)};
    }
  }
}
