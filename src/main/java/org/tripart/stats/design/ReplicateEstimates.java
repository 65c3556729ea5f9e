package org.tripart.stats.design;

import java.util.BitSet;
import java.util.List;
import org.tripart.ErrorCode;

/**
 * Means, proportions and totals on a replicate design as R's {@code svymean.svyrep.design} and
 * {@code svytotal.svyrep.design} (survey 4.1.1): the estimate under the full-sample weights and
 * under each replicate's analysis weights, the variance by {@link ReplicateVariance}. A domain acts
 * as R's {@code subset}: rows outside it weigh 0 in every replicate. Rows whose value is NaN leave
 * the domain ({@code na.rm = TRUE}). Each estimate is one pass over the domain's rows with the
 * replicates innermost; proportions are summed in fixed blocks of 16,384 rows (on the common
 * fork-join pool when large) added in block order, so the numbers do not depend on the number of
 * cores. Stateless and thread-safe; inputs are read, never changed.
 */
public final class ReplicateEstimates {
  private ReplicateEstimates() {}

  /** {@code svymean(~y, subset(design, domain), na.rm = TRUE)}; domain null: all rows. */
  public static ReplicateEstimate mean(ReplicateDesign design, double[] y, BitSet domain) {
    return estimate(design, y, domain, true);
  }

  /** {@code svytotal(~y, subset(design, domain), na.rm = TRUE)}; domain null: all rows. */
  public static ReplicateEstimate total(ReplicateDesign design, double[] y, BitSet domain) {
    return estimate(design, y, domain, false);
  }

  /**
   * The proportion of each 0/1 indicator among the domain's rows (null: all rows), as {@code
   * svymean} of the indicator on {@code subset(design, domain)}, sharing the domain's denominators.
   *
   * @throws ReplicateInputException when no domain row has a positive full-sample weight
   */
  public static List<ReplicateEstimate> proportions(
      ReplicateDesign design, BitSet domain, List<BitSet> indicators) {
    double[][] theta = replicateProportions(design, domain, indicators);
    int k = design.replicates;
    ReplicateEstimate[] out = new ReplicateEstimate[theta.length];
    double[] t = new double[k];
    for (int i = 0; i < theta.length; i++) {
      System.arraycopy(theta[i], 0, t, 0, k);
      double p = theta[i][k];
      out[i] = new ReplicateEstimate(p, Math.sqrt(ReplicateVariance.variance(design, t, p)));
    }
    return List.of(out);
  }

  /**
   * Per indicator, the R replicates' proportions then the full-sample one (k + 1 values), from one
   * pass over the domain's rows.
   *
   * @throws ReplicateInputException when no domain row has a positive full-sample weight
   */
  static double[][] replicateProportions(
      ReplicateDesign design, BitSet domain, List<BitSet> indicators) {
    int n = design.size();
    int k = design.replicates;
    int m = indicators.size();
    long[] in = RowWords.of(domain, n);
    long[][] words = new long[m][];
    for (int i = 0; i < m; i++) {
      words[i] = RowWords.of(indicators.get(i), in, n);
    }
    int chunks = (in.length + CHUNK_WORDS - 1) / CHUNK_WORDS;
    double[][] parts = new double[chunks][];
    java.util.stream.IntStream range = java.util.stream.IntStream.range(0, chunks);
    if ((long) n * k * Math.max(1, m) > 20_000_000L) {
      range = range.parallel();
    }
    range.forEach(c -> parts[c] = chunk(design, in, words, c));
    double[] sums = new double[(m + 1) * (k + 1)];
    for (double[] part : parts) {
      for (int i = 0; i < sums.length; i++) {
        sums[i] += part[i];
      }
    }
    int stride = k + 1;
    double fullDen = sums[m * stride + k];
    if (!(fullDen > 0)) {
      throw empty();
    }
    double[][] out = new double[m][k + 1];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < k; j++) {
        out[i][j] = sums[i * stride + j] / sums[m * stride + j];
      }
      out[i][k] = sums[i * stride + k] / fullDen;
    }
    return out;
  }

  private static final int CHUNK_WORDS = 256;

  /**
   * The sums of one fixed block of rows: per indicator (and last, the domain) the R replicate sums
   * then the full-sample sum; rows outer, replicates inner, so each row's weights are read once.
   */
  private static double[] chunk(ReplicateDesign design, long[] in, long[][] words, int c) {
    int k = design.replicates;
    int m = words.length;
    int stride = k + 1;
    double[] s = new double[(m + 1) * stride];
    double[] a = design.analysis;
    double[] w = design.weights;
    int from = c * CHUNK_WORDS;
    int to = Math.min(in.length, from + CHUNK_WORDS);
    for (int b = from; b < to; b++) {
      addRows(in[b], b, a, w, k, s, m * stride);
      for (int i = 0; i < m; i++) {
        long[] wi = words[i];
        if (b < wi.length && wi[b] != 0) {
          addRows(wi[b], b, a, w, k, s, i * stride);
        }
      }
    }
    return s;
  }

  private static void addRows(long word, int b, double[] a, double[] w, int k, double[] s, int at) {
    for (long x = word; x != 0; x &= x - 1) {
      int r = (b << 6) | Long.numberOfTrailingZeros(x);
      int o = r * k;
      for (int j = 0; j < k; j++) {
        s[at + j] += a[o + j];
      }
      s[at + k] += w[r];
    }
  }

  private static ReplicateEstimate estimate(
      ReplicateDesign design, double[] y, BitSet domain, boolean mean) {
    int n = design.size();
    if (y.length != n) {
      throw ReplicateDesignBuilder.fail(
          ErrorCode.REPLICATE_ESTIMATE, "values", y.length + " values for a design of " + n);
    }
    int k = design.replicates;
    double[] a = design.analysis;
    double[] w = design.weights;
    double[] num = new double[k];
    double[] den = new double[k];
    double fullNum = 0;
    double fullDen = 0;
    for (int r = first(domain, 0); r >= 0 && r < n; r = next(domain, r)) {
      double v = y[r];
      if (Double.isNaN(v)) {
        continue;
      }
      fullNum += w[r] * v;
      fullDen += w[r];
      int o = r * k;
      for (int j = 0; j < k; j++) {
        double x = a[o + j];
        num[j] += x * v;
        den[j] += x;
      }
    }
    if (mean && !(fullDen > 0)) {
      throw empty();
    }
    double[] theta = new double[k];
    for (int j = 0; j < k; j++) {
      theta[j] = mean ? num[j] / den[j] : num[j];
    }
    double est = mean ? fullNum / fullDen : fullNum;
    return new ReplicateEstimate(est, Math.sqrt(ReplicateVariance.variance(design, theta, est)));
  }

  private static ReplicateInputException empty() {
    return ReplicateDesignBuilder.fail(
        ErrorCode.REPLICATE_ESTIMATE, "domain", "no rows with a positive weight to estimate from");
  }

  private static int first(BitSet domain, int from) {
    return domain == null ? from : domain.nextSetBit(from);
  }

  private static int next(BitSet domain, int r) {
    return domain == null ? r + 1 : domain.nextSetBit(r + 1);
  }
}
