package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.tripart.ErrorCode;

/**
 * Quantiles on a replicate-weight design, as R survey 4.1.1's {@code svyquantile(~x, subset(design,
 * domain), quantiles, alpha = 1 - level, ci = TRUE, na.rm = TRUE, interval.type, qrule)} on a
 * {@code svyrep.design} ({@code svyquantile.svyrep.design}). The quantile is {@code qrule(x,
 * weights(design, "sampling"), p)} over the domain's answering rows.
 *
 * <ul>
 *   <li>MEAN ({@code woodruffCI}): {@code m = svymean(x <= qhat)} with its replicate SE, {@code m
 *       +- t se} on {@code degf} of the domain's rows, read back through the rule. R passes no
 *       method to {@code woodruffCI} here, so BETA, XLOGIT and ASIN are the MEAN interval.
 *   <li>QUANTILE ({@code repCI}): the rule under each replicate's analysis weights (rows of weight
 *       zero dropped), {@code v = svrVar(replicates, scale, rscales, mse, coef = qhat)} (replicates
 *       that give NaN are left out, as R's {@code na.omit}), {@code qhat +- t sqrt(v)}.
 * </ul>
 *
 * The SE is R's {@code diff(ci) / (2 qt(1 - alpha/2, df))}. The item is sorted once for all
 * replicates; replicate weights are gathered eight columns (one cache line of a row) at a time so
 * each replicate's rule reads contiguous arrays. Stateless and thread-safe; inputs are read, never
 * changed; a null domain means every row, no other argument may be null.
 */
public final class ReplicateQuantiles {
  private static final int BLOCK = 8;

  private ReplicateQuantiles() {}

  /**
   * One estimate per probability, in their order.
   *
   * @param item the item's name, for messages
   * @param values one value per row of the design, NaN where the item was not answered
   * @param domain the domain's rows, null for all rows
   * @throws DesignInputException as {@link Quantiles#of}; {@code QUANTILE_METHOD} for SCORE, which
   *     R offers only on Taylor designs
   */
  public static List<QuantileEstimate> of(
      ReplicateDesign design,
      String item,
      double[] values,
      BitSet domain,
      double[] probabilities,
      QuantileRule rule,
      QuantileInterval interval,
      double level) {
    Quantiles.check(item, values.length, design.size(), probabilities, level);
    if (interval == QuantileInterval.SCORE) {
      throw new DesignInputException(
          ErrorCode.QUANTILE_METHOD,
          item,
          "interval type 'score' needs a Taylor design; a replicate design takes mean or"
              + " quantile");
    }
    Sample s = Sample.of(values, design.weights, domain, item);
    QuantileFunction f = QuantileFunction.of(rule, s.x, s.w, s.x.length, item);
    int df = design.degreesOfFreedom(s.subset);
    double crit = WoodruffLimits.t(1 - (1 - level) / 2, df);
    int k = probabilities.length;
    double[] qhat = new double[k];
    for (int i = 0; i < k; i++) {
      qhat[i] = f.at(probabilities[i]);
    }
    double[][] ci =
        interval == QuantileInterval.QUANTILE
            ? replicateLimits(design, s, probabilities, qhat, rule, crit, item)
            : meanLimits(design, s, values, qhat, df, level, f);
    List<QuantileEstimate> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      double lower = Double.isNaN(qhat[i]) ? Double.NaN : ci[0][i];
      double upper = Double.isNaN(qhat[i]) ? Double.NaN : ci[1][i];
      out.add(
          new QuantileEstimate(
              probabilities[i],
              qhat[i],
              lower,
              upper,
              (upper - lower) / (2 * crit),
              df,
              s.x.length));
    }
    return out;
  }

  private static double[][] meanLimits(
      ReplicateDesign design,
      Sample s,
      double[] values,
      double[] qhat,
      int df,
      double level,
      QuantileFunction f) {
    int k = qhat.length;
    List<BitSet> below = new ArrayList<>(k);
    for (double q : qhat) {
      BitSet b = new BitSet(values.length);
      for (int r : s.subsetRows) {
        if (values[r] <= q) {
          b.set(r);
        }
      }
      below.add(b);
    }
    List<ReplicateEstimate> m = ReplicateEstimates.proportions(design, s.subset, below);
    double[][] out = new double[2][k];
    for (int i = 0; i < k; i++) {
      ReplicateEstimate e = m.get(i);
      double se = e.standardError();
      double[] p =
          WoodruffLimits.of(
              QuantileInterval.MEAN, e.estimate(), se * se, df, level, s.subsetRows.length);
      out[0][i] = Double.isNaN(p[0]) || p[0] < 0 ? Double.NaN : f.at(p[0]);
      out[1][i] = Double.isNaN(p[1]) || p[1] > 1 ? Double.NaN : f.at(p[1]);
    }
    return out;
  }

  private static double[][] replicateLimits(
      ReplicateDesign design,
      Sample s,
      double[] probabilities,
      double[] qhat,
      QuantileRule rule,
      double crit,
      String item) {
    int reps = design.replicates;
    int k = probabilities.length;
    int n = s.order.length;
    double[] thetas = new double[reps * k];
    double[][] x = new double[BLOCK][n];
    double[][] w = new double[BLOCK][n];
    int[] len = new int[BLOCK];
    double[] a = design.analysis;
    for (int j0 = 0; j0 < reps; j0 += BLOCK) {
      int width = Math.min(BLOCK, reps - j0);
      java.util.Arrays.fill(len, 0);
      for (int r : s.order) {
        int o = r * reps + j0;
        double v = s.valueOf(r);
        for (int b = 0; b < width; b++) {
          double wr = a[o + b];
          if (wr != 0) {
            x[b][len[b]] = v;
            w[b][len[b]++] = wr;
          }
        }
      }
      for (int b = 0; b < width; b++) {
        if (len[b] == 0) {
          for (int i = 0; i < k; i++) {
            thetas[(j0 + b) * k + i] = Double.NaN;
          }
          continue;
        }
        QuantileFunction fj = QuantileFunction.of(rule, x[b], w[b], len[b], item);
        for (int i = 0; i < k; i++) {
          thetas[(j0 + b) * k + i] = fj.at(probabilities[i]);
        }
      }
    }
    double[][] out = new double[2][k];
    for (int i = 0; i < k; i++) {
      double half = Math.sqrt(variance(design, thetas, k, i, qhat[i], item)) * crit;
      out[0][i] = qhat[i] - half;
      out[1][i] = qhat[i] + half;
    }
    return out;
  }

  /**
   * R's {@code svrVar} of one estimate's replicates, without those that are NaN ({@code na.omit}).
   */
  private static double variance(
      ReplicateDesign design, double[] thetas, int k, int i, double full, String item) {
    int reps = design.replicates;
    double centre = full;
    if (!design.mse) {
      double sum = 0;
      int used = 0;
      for (int j = 0; j < reps; j++) {
        double t = thetas[j * k + i];
        if (!Double.isNaN(t) && design.rscales[j] > 0) {
          sum += t;
          used++;
        }
      }
      centre = sum / used;
    }
    double v = 0;
    int kept = 0;
    for (int j = 0; j < reps; j++) {
      double t = thetas[j * k + i];
      if (!Double.isNaN(t)) {
        double d = t - centre;
        v += d * d * design.rscales[j];
        kept++;
      }
    }
    if (kept == 0 && !Double.isNaN(full)) {
      throw new DesignInputException(
          ErrorCode.QUANTILE_METHOD,
          item,
          "every replicate's quantile is undefined (R: all replicates contained NAs)");
    }
    return v * design.scale;
  }
}
