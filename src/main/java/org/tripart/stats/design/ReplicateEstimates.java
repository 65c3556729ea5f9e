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
 * replicates innermost, and the proportions of many domains (every item of an analysis) one pass
 * for all; proportions are summed row by row in fixed blocks of 16,384 rows (on the common
 * fork-join pool when large) added in block order, so the numbers do not depend on the number of
 * cores nor on which other domains share the pass. Stateless and thread-safe; inputs are read,
 * never changed.
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
   * As {@link #proportions(ReplicateDesign, BitSet, List)} for many domains at once (an item's
   * answered rows and its options, for every item), from ONE pass over the rows: each group's
   * numbers are exactly those of its own call.
   *
   * @param domains each group's domain (null: all rows)
   * @param indicators each group's 0/1 indicators, as many lists as domains
   * @throws ReplicateInputException naming the group (1-based) when its domain has no row with a
   *     positive full-sample weight
   */
  public static List<List<ReplicateEstimate>> proportions(
      ReplicateDesign design, List<BitSet> domains, List<List<BitSet>> indicators) {
    double[][][] theta = replicateProportions(design, domains, indicators);
    int k = design.replicates;
    List<List<ReplicateEstimate>> out = new java.util.ArrayList<>(theta.length);
    double[] t = new double[k];
    for (int g = 0; g < theta.length; g++) {
      if (theta[g] == null) {
        throw ReplicateDesignBuilder.fail(
            ErrorCode.REPLICATE_ESTIMATE,
            "domain " + (g + 1),
            "no rows with a positive weight to estimate from");
      }
      ReplicateEstimate[] e = new ReplicateEstimate[theta[g].length];
      for (int i = 0; i < e.length; i++) {
        System.arraycopy(theta[g][i], 0, t, 0, k);
        double p = theta[g][i][k];
        e[i] = new ReplicateEstimate(p, Math.sqrt(ReplicateVariance.variance(design, t, p)));
      }
      out.add(List.of(e));
    }
    return out;
  }

  /**
   * Per indicator, the R replicates' proportions then the full-sample one (k + 1 values), from one
   * pass over the domain's rows.
   *
   * @throws ReplicateInputException when no domain row has a positive full-sample weight
   */
  static double[][] replicateProportions(
      ReplicateDesign design, BitSet domain, List<BitSet> indicators) {
    double[][] out =
        replicateProportions(
            design, java.util.Collections.singletonList(domain), List.of(indicators))[0];
    if (out == null) {
      throw empty();
    }
    return out;
  }

  /**
   * Per group, per indicator, the R replicates' proportions then the full-sample one (k + 1
   * values); null for a group whose domain has no positive full-sample weight. One pass over the
   * rows for all groups: fixed blocks of {@value #CHUNK_WORDS} words of rows, each summed from zero
   * with rows ascending, the blocks' sums added in block order (so each group's sums are those of a
   * pass for it alone, whatever the number of cores).
   */
  static double[][][] replicateProportions(
      ReplicateDesign design, List<BitSet> domains, List<List<BitSet>> indicators) {
    int n = design.size();
    int k = design.replicates;
    int groups = domains.size();
    long[][] in = new long[groups][];
    long[][][] words = new long[groups][][];
    int[] at = new int[groups + 1];
    int maxWords = 0;
    long work = 0;
    for (int g = 0; g < groups; g++) {
      in[g] = RowWords.of(domains.get(g), n);
      List<BitSet> ind = indicators.get(g);
      words[g] = new long[ind.size()][];
      for (int i = 0; i < words[g].length; i++) {
        words[g][i] = RowWords.of(ind.get(i), in[g], n);
      }
      at[g + 1] = at[g] + (words[g].length + 1) * (k + 1);
      maxWords = Math.max(maxWords, in[g].length);
      work += (long) n * k * Math.max(1, words[g].length);
    }
    int chunks = (maxWords + CHUNK_WORDS - 1) / CHUNK_WORDS;
    double[] sums = new double[at[groups]];
    boolean parallel = work > 20_000_000L;
    for (int from = 0; from < chunks; from += WAVE) {
      int wave = Math.min(WAVE, chunks - from);
      double[][] parts = new double[wave][];
      int first = from;
      java.util.stream.IntStream range = java.util.stream.IntStream.range(0, wave);
      (parallel ? range.parallel() : range)
          .forEach(c -> parts[c] = chunk(design, in, words, at, first + c));
      for (double[] part : parts) {
        for (int i = 0; i < sums.length; i++) {
          sums[i] += part[i];
        }
      }
    }
    int stride = k + 1;
    double[][][] out = new double[groups][][];
    for (int g = 0; g < groups; g++) {
      int m = words[g].length;
      int base = at[g];
      int den = base + m * stride;
      double fullDen = sums[den + k];
      if (!(fullDen > 0)) {
        continue;
      }
      out[g] = new double[m][k + 1];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < k; j++) {
          out[g][i][j] = sums[base + i * stride + j] / sums[den + j];
        }
        out[g][i][k] = sums[base + i * stride + k] / fullDen;
      }
    }
    return out;
  }

  private static final int CHUNK_WORDS = 256;

  /**
   * Words of rows (256 rows, 160 KB of weights at 80 replicates) that every group adds in turn
   * while they stay in the core's cache, each group's sums staying in the nearest cache meanwhile.
   */
  private static final int BLOCK_WORDS = 4;

  /** Blocks of rows summed at the same time before their sums are added in order. */
  private static final int WAVE = 16;

  /**
   * The sums of one fixed block of rows: per group, per indicator (and last, the domain) the R
   * replicate sums then the full-sample sum; rows in small blocks, groups within a block, rows
   * ascending within a group, so that each row's weights are read from memory once for all groups.
   */
  private static double[] chunk(
      ReplicateDesign design, long[][] in, long[][][] words, int[] at, int c) {
    int k = design.replicates;
    int stride = k + 1;
    double[] s = new double[at[at.length - 1]];
    double[] a = design.analysis;
    double[] w = design.weights;
    int from = c * CHUNK_WORDS;
    for (int block = from; block < from + CHUNK_WORDS; block += BLOCK_WORDS) {
      for (int g = 0; g < in.length; g++) {
        long[] dg = in[g];
        long[][] wg = words[g];
        int m = wg.length;
        int end = Math.min(block + BLOCK_WORDS, dg.length);
        for (int b = block; b < end; b++) {
          if (dg[b] == 0) {
            continue;
          }
          addRows(dg[b], b, a, w, k, s, at[g] + m * stride);
          for (int i = 0; i < m; i++) {
            long[] wi = wg[i];
            if (b < wi.length && wi[b] != 0) {
              addRows(wi[b], b, a, w, k, s, at[g] + i * stride);
            }
          }
        }
      }
    }
    return s;
  }

  /**
   * Adds the rows of {@code word} to the sums at {@code at}, four rows at a time as {@code s = s +
   * a1 + a2 + a3 + a4} (Java adds left to right, so each sum takes the rows one by one in order, as
   * a row at a time would, while it is read and written once per four rows).
   */
  private static void addRows(long word, int b, double[] a, double[] w, int k, double[] s, int at) {
    long x = word;
    int base = b << 6;
    while (Long.bitCount(x) >= 4) {
      int r0 = base | Long.numberOfTrailingZeros(x);
      x &= x - 1;
      int r1 = base | Long.numberOfTrailingZeros(x);
      x &= x - 1;
      int r2 = base | Long.numberOfTrailingZeros(x);
      x &= x - 1;
      int r3 = base | Long.numberOfTrailingZeros(x);
      x &= x - 1;
      int o0 = r0 * k;
      int o1 = r1 * k;
      int o2 = r2 * k;
      int o3 = r3 * k;
      for (int j = 0; j < k; j++) {
        s[at + j] = s[at + j] + a[o0 + j] + a[o1 + j] + a[o2 + j] + a[o3 + j];
      }
      s[at + k] = s[at + k] + w[r0] + w[r1] + w[r2] + w[r3];
    }
    for (; x != 0; x &= x - 1) {
      int r = base | Long.numberOfTrailingZeros(x);
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
