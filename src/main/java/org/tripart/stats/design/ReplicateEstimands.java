package org.tripart.stats.design;

import java.util.BitSet;
import org.tripart.ErrorCode;

/**
 * Totals, means with their design effects, and ratios on a replicate-weight design, as R survey
 * 4.1.1's {@code svytotal.svyrep.design(deff = TRUE)}, {@code svymean.svyrep.design(deff = TRUE)}
 * and {@code svyratio.svyrep.design} on {@code subset(design, rows)} with {@code na.rm = TRUE}: the
 * full-sample estimate under the sampling weights, the same estimate under every replicate's
 * analysis weights, and {@code svrVar} of those replicates ({@link ReplicateVariance}).
 *
 * <ul>
 *   <li>total {@code sum w y}, replicate r {@code sum a_r y};
 *   <li>mean {@code sum w y / sum w}, replicate r {@code sum a_r y / sum a_r};
 *   <li>ratio {@code sum w y / sum w x}, replicate r {@code sum a_r y / sum a_r x} (R divides the
 *       replicates' means, which is the same);
 *   <li>deff: the variance over R's {@code vsrs}: {@code svyvar(y) N^2 / n (N - n) / N} for a
 *       total, {@code svyvar(y) / n (N - n) / N} for a mean, where n counts the subset's rows (zero
 *       weights included, as R's {@code length(pweights)}), N their weights' sum and {@code svyvar
 *       = n / (n - 1) sum w (y - ybar)^2 / sum w}.
 * </ul>
 *
 * A domain is R's {@code subset}: rows outside it and rows whose value is NaN leave it. Each
 * estimate is one pass over the domain's rows with the replicates innermost. Stateless and
 * thread-safe; inputs are read, never changed; a null domain means every row.
 */
public final class ReplicateEstimands {
  private ReplicateEstimands() {}

  /**
   * {@code svytotal(~y, subset(design, domain), deff = TRUE, na.rm = TRUE)}.
   *
   * @param item the item's name, for messages
   * @throws DesignInputException {@code ESTIMAND_EMPTY_DOMAIN} when no row of the domain has a
   *     value and a positive weight
   */
  public static TotalEstimate total(
      ReplicateDesign design, String item, double[] y, BitSet domain) {
    Pass p = pass(design, item, y, null, domain);
    double v = ReplicateVariance.variance(design, p.replicateNumerators, p.numerator);
    double vsrs = p.svyvar(y) * p.weightSum * p.weightSum / p.subsetRows;
    vsrs *= (p.weightSum - p.subsetRows) / p.weightSum;
    return new TotalEstimate(p.numerator, Math.sqrt(v), v / vsrs, p.rows, p.weightSum);
  }

  /**
   * {@code svymean(~y, subset(design, domain), deff = TRUE, na.rm = TRUE)}.
   *
   * @throws DesignInputException {@code ESTIMAND_EMPTY_DOMAIN} as {@link #total}
   */
  public static MeanEstimate mean(ReplicateDesign design, String item, double[] y, BitSet domain) {
    Pass p = pass(design, item, y, null, domain);
    int k = design.replicates;
    double[] theta = new double[k];
    for (int j = 0; j < k; j++) {
      theta[j] = p.replicateNumerators[j] / p.replicateWeightSums[j];
    }
    double mean = p.numerator / p.weightSum;
    double v = ReplicateVariance.variance(design, theta, mean);
    double vsrs = p.svyvar(y) / p.subsetRows * (p.weightSum - p.subsetRows) / p.weightSum;
    return new MeanEstimate(mean, Math.sqrt(v), v / vsrs, p.rows, p.weightSum);
  }

  /**
   * {@code svyratio(~y, ~x, subset(design, domain), na.rm = TRUE)}; rows missing either value leave
   * the domain.
   *
   * @throws DesignInputException {@code ESTIMAND_EMPTY_DOMAIN} when no row of the domain has both
   *     values and a positive weight, {@code RATIO_ZERO_DENOMINATOR} when the full-sample total of
   *     x is 0
   */
  public static RatioEstimate ratio(
      ReplicateDesign design,
      String numerator,
      double[] y,
      String denominator,
      double[] x,
      BitSet domain) {
    String where = numerator + " / " + denominator;
    checkLength(design.size(), x.length, denominator);
    Pass p = pass(design, where, y, x, domain);
    if (p.denominator == 0) {
      throw new DesignInputException(
          ErrorCode.RATIO_ZERO_DENOMINATOR,
          where,
          "the weighted total of " + denominator + " over the domain is 0");
    }
    int k = design.replicates;
    double[] theta = new double[k];
    for (int j = 0; j < k; j++) {
      theta[j] = p.replicateNumerators[j] / p.replicateDenominators[j];
    }
    double ratio = p.numerator / p.denominator;
    double v = ReplicateVariance.variance(design, theta, ratio);
    return new RatioEstimate(ratio, Math.sqrt(v), p.numerator, p.denominator, p.rows);
  }

  static void checkLength(int rows, int length, String what) {
    if (length != rows) {
      throw new DesignInputException(what, length + " values for a design of " + rows + " rows");
    }
  }

  /** The sums of one pass over the subset's rows. */
  private static final class Pass {
    final double[] replicateNumerators;
    final double[] replicateDenominators;
    final double[] replicateWeightSums;
    final BitSet subset;
    final double[] weights;
    double numerator;
    double denominator;
    double weightSum;
    int rows;
    int subsetRows;

    Pass(int k, int n, boolean ratio, double[] weights) {
      this.weights = weights;
      replicateNumerators = new double[k];
      replicateDenominators = ratio ? new double[k] : null;
      replicateWeightSums = new double[k];
      subset = new BitSet(n);
    }

    /** R's {@code svyvar} of y over the subset, under the sampling weights. */
    double svyvar(double[] y) {
      double mean = numerator / weightSum;
      double ss = 0;
      for (int r = subset.nextSetBit(0); r >= 0; r = subset.nextSetBit(r + 1)) {
        double d = y[r] - mean;
        ss += weights[r] * d * d;
      }
      return subsetRows / (subsetRows - 1.0) * ss / weightSum;
    }
  }

  private static Pass pass(
      ReplicateDesign design, String item, double[] y, double[] x, BitSet domain) {
    int n = design.size();
    checkLength(n, y.length, item);
    int k = design.replicates;
    double[] a = design.analysis;
    double[] w = design.weights;
    Pass p = new Pass(k, n, x != null, w);
    double[] num = p.replicateNumerators;
    double[] den = p.replicateDenominators;
    double[] sum = p.replicateWeightSums;
    for (int r = domain == null ? 0 : domain.nextSetBit(0);
        r >= 0 && r < n;
        r = domain == null ? r + 1 : domain.nextSetBit(r + 1)) {
      double v = y[r];
      double u = x == null ? 0 : x[r];
      if (Double.isNaN(v) || Double.isNaN(u)) {
        continue;
      }
      p.subset.set(r);
      p.subsetRows++;
      p.numerator += w[r] * v;
      p.denominator += w[r] * u;
      p.weightSum += w[r];
      if (w[r] != 0) {
        p.rows++;
      }
      int o = r * k;
      if (den == null) {
        for (int j = 0; j < k; j++) {
          double ar = a[o + j];
          num[j] += ar * v;
          sum[j] += ar;
        }
      } else {
        for (int j = 0; j < k; j++) {
          double ar = a[o + j];
          num[j] += ar * v;
          den[j] += ar * u;
        }
      }
    }
    if (p.rows == 0 || !(p.weightSum > 0)) {
      throw new DesignInputException(
          ErrorCode.ESTIMAND_EMPTY_DOMAIN,
          item,
          x == null
              ? "the domain has no row with a value and a positive weight"
              : "the domain has no row with both values and a positive weight");
    }
    return p;
  }
}
