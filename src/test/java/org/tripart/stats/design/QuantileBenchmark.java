package org.tripart.stats.design;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Prints how long design-based quantiles take over a million rows of a stratified cluster design
 * (31 strata, 2,135 clusters): 20 numeric items (10 integer-valued, 10 continuous, 5% missing), p =
 * 0.1, 0.25, 0.5, 0.75, 0.9, R's defaults (qrule math, Woodruff mean interval), then the beta, hf7
 * and score variants on fewer items, and the replicate quantile interval on a JK1-style design of
 * 40 replicates. Run by hand: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.tripart.stats.design.QuantileBenchmark [rows]}. Not a test.
 */
final class QuantileBenchmark {
  private static final double[] P = {0.1, 0.25, 0.5, 0.75, 0.9};

  private QuantileBenchmark() {}

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
    SurveyDesign design = SurveyDesign.builder(w).strata(strata).clusters(clusters).build();
    double[][] items = new double[20][n];
    for (int i = 0; i < 20; i++) {
      for (int r = 0; r < n; r++) {
        double v =
            i < 10
                ? Math.rint(Math.exp(4 + rnd.nextGaussian() * (0.3 + 0.05 * i)))
                : rnd.nextGaussian() * (1 + i) + 50;
        items[i][r] = rnd.nextDouble() < 0.05 ? Double.NaN : v;
      }
    }
    for (int round = 0; round < 3; round++) {
      time(
          "20 items x 5 quantiles, math + mean (R's defaults)",
          () -> run(design, items, 20, QuantileRule.MATH, QuantileInterval.MEAN));
    }
    time(
        "20 items x 5, hf7 + mean",
        () -> run(design, items, 20, QuantileRule.HF7, QuantileInterval.MEAN));
    time(
        "20 items x 5, math + beta",
        () -> run(design, items, 20, QuantileRule.MATH, QuantileInterval.BETA));
    time(
        "2 items x 5, math + score",
        () -> run(design, items, 2, QuantileRule.MATH, QuantileInterval.SCORE));
    ReplicateDesign jk = jackknife(design, 40, clusters, rnd);
    time(
        "replicates (40): 20 items x 5, mean interval",
        () -> runReplicate(jk, items, QuantileInterval.MEAN));
    time(
        "replicates (40): 20 items x 5, quantile interval",
        () -> runReplicate(jk, items, QuantileInterval.QUANTILE));
  }

  private static double run(
      SurveyDesign d, double[][] items, int count, QuantileRule rule, QuantileInterval interval) {
    double check = 0;
    for (int i = 0; i < count; i++) {
      List<QuantileEstimate> q = Quantiles.of(d, "x" + i, items[i], null, P, rule, interval, 0.95);
      for (QuantileEstimate e : q) {
        check += e.estimate() + e.standardError();
      }
    }
    return check;
  }

  private static double runReplicate(ReplicateDesign d, double[][] items, QuantileInterval it) {
    double check = 0;
    for (int i = 0; i < items.length; i++) {
      for (QuantileEstimate e :
          ReplicateQuantiles.of(d, "x" + i, items[i], null, P, QuantileRule.MATH, it, 0.95)) {
        check += e.estimate() + e.standardError();
      }
    }
    return check;
  }

  /** 40 delete-a-group jackknife replicates of the clusters, as replicate weight columns. */
  private static ReplicateDesign jackknife(
      SurveyDesign d, int reps, int[] clusters, SplittableRandom rnd) {
    int n = d.size();
    double[] w = d.weights();
    double[][] cols = new double[reps][n];
    for (int j = 0; j < reps; j++) {
      for (int r = 0; r < n; r++) {
        cols[j][r] = clusters[r] % reps == j ? 0 : w[r] * reps / (reps - 1.0);
      }
    }
    return ReplicateDesign.builder(w, cols, null).type(ReplicateType.JK1).build();
  }

  private static void time(String what, java.util.function.DoubleSupplier work) {
    long s = System.nanoTime();
    double check = work.getAsDouble();
    System.out.printf("%-52s %8.1f ms (check %.6f)%n", what, (System.nanoTime() - s) / 1e6, check);
  }
}
