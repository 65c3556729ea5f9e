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
    return fit(ItemSums.of(design, domain, indicators, true, levels));
  }

  /** {coefficient, variance} per option of sums made with their start sums. */
  static double[][] fit(ItemSums sums) {
    Start start = sums.start;
    double meanWeight = sums.total / sums.rows;
    double[][] out = new double[sums.swy.length][];
    for (int k = 0; k < out.length; k++) {
      // The normalized weights sum to the rows; R's sums (in long double) get these to the last
      // digit, where adding up a million normalized weights in double can lose four.
      double total = sums.rows;
      double selected = sums.chosenWeight[k] / meanWeight;
      double eta = (2 * sums.chosenA[k] - start.sumA) / start.workingWeights;
      double devOld = start.deviance;
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
      double scale = sums.total * mu * (1 - mu);
      double[] swy = sums.swy[k];
      double[] t = new double[sums.sw.length];
      for (int u = 0; u < t.length; u++) {
        t[u] = (swy[u] - mu * sums.sw[u]) / scale;
      }
      out[k] = new double[] {eta, Variance.of(sums.design, t, 1, sums.present)[0]};
    }
    return out;
  }

  /**
   * R's start sums over the rows in {@code in} ({@code rows} of them, weights adding up to {@code
   * weightSum}). Per row, R's start (y = 1: s = (wp + 0.5) / (wp + 1), eta = log(s / (1 - s)); y =
   * 0 mirrors it) gives working weight wp s (1 - s), working weight times working response +-a, and
   * deviance -2 wp log s for either y. These depend on the row's weight alone: with {@code levels}
   * they are worked out once per distinct weight and looked up, the same doubles added in the same
   * order.
   */
  static Start start(
      SurveyDesign design, long[] in, int rows, double weightSum, WeightLevels levels) {
    double[] w = design.weights;
    double meanWeight = weightSum / rows;
    Start out = new Start(levels, w.length, meanWeight);
    double workingWeights = 0;
    double sumA = 0;
    double devStart = 0;
    for (int i = 0; i < in.length; i++) {
      for (long word = in[i]; word != 0; word &= word - 1) {
        int r = (i << 6) | Long.numberOfTrailingZeros(word);
        if (levels != null) {
          int l = levels.level[r];
          devStart -= out.levelDeviance[l];
          if (out.positive[l]) {
            workingWeights += out.levelWorkingWeight[l];
            sumA += out.levelA[l];
          }
          continue;
        }
        double wp = w[r] / meanWeight;
        double s = (wp + 0.5) / (wp + 1);
        devStart -= 2 * wp * Math.log(s);
        if (wp > 0) {
          double[] t = terms(wp, s);
          out.rowA[r] = t[1];
          workingWeights += t[0];
          sumA += out.rowA[r];
        }
      }
    }
    out.workingWeights = workingWeights;
    out.sumA = sumA;
    out.deviance = devStart;
    return out;
  }

  /** {working weight, working weight times working response} at start {@code s}, y = 1. */
  private static double[] terms(double wp, double s) {
    double eta = Math.log(s / (1 - s));
    double m = ProportionIntervals.expit(eta);
    double muEta = m * (1 - m);
    double ww = wp * muEta * muEta / (m * (1 - m));
    return new double[] {ww, ww * (eta + (1 - m) / muEta)};
  }

  /**
   * R's start sums over a domain and each row's term {@code a} (0 where the weight is not
   * positive), per row or per distinct weight. Not thread-safe while made; read-only after.
   */
  static final class Start {
    private final WeightLevels levels;
    private final double[] rowA;
    private final double[] levelDeviance;
    private final double[] levelWorkingWeight;
    private final double[] levelA;
    private final boolean[] positive;
    double workingWeights;
    double sumA;
    double deviance;

    private Start(WeightLevels levels, int n, double meanWeight) {
      this.levels = levels;
      if (levels == null) {
        rowA = new double[n];
        levelDeviance = null;
        levelWorkingWeight = null;
        levelA = null;
        positive = null;
        return;
      }
      rowA = null;
      int k = levels.values.length;
      levelDeviance = new double[k];
      levelWorkingWeight = new double[k];
      levelA = new double[k];
      positive = new boolean[k];
      for (int l = 0; l < k; l++) {
        double wp = levels.values[l] / meanWeight;
        double s = (wp + 0.5) / (wp + 1);
        levelDeviance[l] = 2 * wp * Math.log(s);
        if (wp > 0) {
          double[] t = terms(wp, s);
          positive[l] = true;
          levelWorkingWeight[l] = t[0];
          levelA[l] = t[1];
        }
      }
    }

    /** The term {@code a} of row {@code r}. */
    double a(int r) {
      return levels == null ? rowA[r] : levelA[levels.level[r]];
    }
  }
}
