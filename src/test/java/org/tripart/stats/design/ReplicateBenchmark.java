package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hand-run timing (not a test): 260 proportions under 80 successive-difference replicates for
 * 1,000,000 synthetic rows. Run with {@code java -Xmx2g -cp target/classes:target/test-classes
 * org.tripart.stats.design.ReplicateBenchmark [rows]}; R's side: src/test/r/benchmark-replicate.R.
 */
public final class ReplicateBenchmark {
  private ReplicateBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int reps = 80;
    SplittableRandom rnd = new SplittableRandom(11);
    double[] w = new double[n];
    double[] analysis = new double[n * reps];
    double[] f = {1 - Math.sqrt(2) / 2, 1 + Math.sqrt(2) / 2, 1};
    for (int r = 0; r < n; r++) {
      w[r] = 50 + rnd.nextDouble() * 100;
      for (int j = 0; j < reps; j++) {
        analysis[r * reps + j] = w[r] * f[rnd.nextInt(3)];
      }
    }
    double[] rscales = new double[reps];
    java.util.Arrays.fill(rscales, 1);
    ReplicateDesign d =
        new ReplicateDesign(
            w,
            reps,
            analysis,
            ReplicateType.SUCCESSIVE_DIFFERENCE,
            4.0 / reps,
            rscales,
            Double.NaN,
            false,
            true);
    List<BitSet> indicators = new ArrayList<>();
    for (int i = 0; i < 260; i++) {
      BitSet b = new BitSet(n);
      double p = 0.05 + 0.9 * (i % 26) / 26.0;
      for (int r = 0; r < n; r++) {
        if (rnd.nextDouble() < p) {
          b.set(r);
        }
      }
      indicators.add(b);
    }
    for (int run = 0; run < 2; run++) {
      long t0 = System.nanoTime();
      List<ReplicateEstimate> out = ReplicateEstimates.proportions(d, null, indicators);
      long t1 = System.nanoTime();
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          "run %d: 260 proportions x 80 replicates x %d rows: %.2f s (first %.6f se %.6g), heap used"
              + " %d MiB%n",
          run,
          n,
          (t1 - t0) / 1e9,
          out.get(0).estimate(),
          out.get(0).standardError(),
          (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
  }
}
