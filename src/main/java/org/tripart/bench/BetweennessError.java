package org.tripart.bench;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How far sampled betweenness is from exact betweenness, node by node. Immutable.
 *
 * @param meanRelative the mean of |sampled - exact| / exact over the nodes whose exact betweenness
 *     is above 0; NaN when there are none
 * @param maxRelative the largest of those relative errors; NaN when there are none
 * @param spearmanTop the Spearman rank correlation (average ranks for ties) of exact and sampled
 *     betweenness over the {@code top} nodes of highest exact betweenness; NaN when fewer than two
 *     nodes or no spread
 * @param topShare the share of the {@code shortlist} nodes of highest exact betweenness that are
 *     also among the {@code shortlist} of highest sampled betweenness
 */
record BetweennessError(
    double meanRelative, double maxRelative, double spearmanTop, double topShare) {
  /**
   * Compares the two arrays, indexed by node; ties in the rankings go to the earlier node.
   *
   * @throws IllegalArgumentException when the arrays differ in length
   */
  static BetweennessError of(double[] exact, double[] sampled, int top, int shortlist) {
    if (exact.length != sampled.length) {
      throw new IllegalArgumentException(
          "exact and sampled differ in length: " + exact.length + " and " + sampled.length);
    }
    double sum = 0;
    double max = Double.NaN;
    int counted = 0;
    for (int v = 0; v < exact.length; v++) {
      if (exact[v] > 0) {
        double e = Math.abs(sampled[v] - exact[v]) / exact[v];
        sum += e;
        max = counted == 0 ? e : Math.max(max, e);
        counted++;
      }
    }
    int[] byExact = ranking(exact);
    int k = Math.min(top, exact.length);
    double[] x = new double[k];
    double[] y = new double[k];
    for (int i = 0; i < k; i++) {
      x[i] = exact[byExact[i]];
      y[i] = sampled[byExact[i]];
    }
    int s = Math.min(shortlist, exact.length);
    int[] bySampled = ranking(sampled);
    boolean[] inSampled = new boolean[exact.length];
    for (int i = 0; i < s; i++) {
      inSampled[bySampled[i]] = true;
    }
    int found = 0;
    for (int i = 0; i < s; i++) {
      found += inSampled[byExact[i]] ? 1 : 0;
    }
    return new BetweennessError(
        counted == 0 ? Double.NaN : sum / counted,
        max,
        pearson(ranks(x), ranks(y)),
        s == 0 ? Double.NaN : (double) found / s);
  }

  /** Node indexes from the highest value down, ties to the lower index. */
  private static int[] ranking(double[] values) {
    return IntStream.range(0, values.length)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer v) -> -values[v]).thenComparingInt(v -> v))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** Ranks from 1 (smallest), tied values sharing the mean of their ranks. */
  static double[] ranks(double[] values) {
    Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] rank = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double mean = (i + j) / 2.0 + 1;
      for (int t = i; t <= j; t++) {
        rank[order[t]] = mean;
      }
      i = j + 1;
    }
    return rank;
  }

  private static double pearson(double[] x, double[] y) {
    int n = x.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }
}
