package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Prints how long 260 design-based proportions take over a million rows (31 strata, 2,135 clusters,
 * 26 items of 10 options, each item's domain its respondents). Run by hand: {@code java -cp
 * target/classes:target/test-classes org.tripart.stats.design.DesignBenchmark}. Not a test.
 */
final class DesignBenchmark {
  private DesignBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    SplittableRandom rnd = new SplittableRandom(42);
    double[] w = new double[n];
    int[] strata = new int[n];
    int[] clusters = new int[n];
    for (int r = 0; r < n; r++) {
      clusters[r] = rnd.nextInt(2135);
      strata[r] = clusters[r] % 31;
      w[r] = 1 + rnd.nextDouble() * 9;
    }
    long t0 = System.nanoTime();
    SurveyDesign design = SurveyDesign.builder(w).strata(strata).clusters(clusters).build();
    long t1 = System.nanoTime();
    List<BitSet> domains = new ArrayList<>();
    List<List<BitSet>> options = new ArrayList<>();
    for (int item = 0; item < 26; item++) {
      BitSet answered = new BitSet(n);
      List<BitSet> opts = new ArrayList<>();
      for (int o = 0; o < 10; o++) {
        opts.add(new BitSet(n));
      }
      for (int r = 0; r < n; r++) {
        if (rnd.nextDouble() < 0.95) {
          answered.set(r);
          opts.get(rnd.nextInt(10)).set(r);
        }
      }
      domains.add(answered);
      options.add(opts);
    }
    for (int round = 0; round < 5; round++) {
      long s = System.nanoTime();
      double check = 0;
      for (int item = 0; item < 26; item++) {
        for (MeanEstimate m :
            DesignEstimates.proportions(design, domains.get(item), options.get(item))) {
          check += m.standardError();
        }
      }
      long e = System.nanoTime();
      System.out.printf(
          "round %d: 260 proportions with SE and deff over %,d rows in %.1f ms (check %.6f)%n",
          round, n, (e - s) / 1e6, check);
    }
    System.out.printf("design index built once in %.1f ms%n", (t1 - t0) / 1e6);
  }
}
