package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hand-run timing (not a test) of what a replicate analysis adds beyond the proportions of
 * ReplicateBenchmark: {@code degf} of the whole design and of domains (95% of the rows: the whole
 * cross-product less the rows outside; 40%: summed afresh), an item of ten options with logit
 * intervals in one pass, and BRR made from a design of 200 pairs. Run with {@code java -Xmx2g -cp
 * target/classes:target/test-classes org.tripart.stats.design.ReplicateDomainBenchmark [rows]}.
 */
public final class ReplicateDomainBenchmark {
  private ReplicateDomainBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int reps = 80;
    SplittableRandom rnd = new SplittableRandom(7);
    double[] w = new double[n];
    double[][] cols = new double[reps][n];
    double[] f = {1 - Math.sqrt(2) / 2, 1 + Math.sqrt(2) / 2, 1};
    for (int r = 0; r < n; r++) {
      w[r] = 50 + rnd.nextDouble() * 100;
      for (int j = 0; j < reps; j++) {
        cols[j][r] = w[r] * f[rnd.nextInt(3)];
      }
    }
    long t = System.nanoTime();
    ReplicateDesign d =
        ReplicateDesign.builder(w, cols, null).type(ReplicateType.SUCCESSIVE_DIFFERENCE).build();
    cols = null;
    t = report("build (checks, copy)", t);
    int df = d.degreesOfFreedom();
    t = report("degf of all rows = " + df, t);
    ReplicateRank.gram(d.analysis, n, reps, null);
    t = report("cross-product of all rows again (warm)", t);
    BitSet most = new BitSet(n);
    BitSet part = new BitSet(n);
    for (int r = 0; r < n; r++) {
      double u = rnd.nextDouble();
      if (u < 0.95) {
        most.set(r);
      }
      if (u < 0.4) {
        part.set(r);
      }
    }
    df = d.degreesOfFreedom(most);
    t = report("degf of a 95% domain = " + df, t);
    df = d.degreesOfFreedom(part);
    t = report("degf of a 40% domain = " + df, t);
    List<BitSet> options = new ArrayList<>();
    for (int o = 0; o < 10; o++) {
      options.add(new BitSet(n));
    }
    for (int r = most.nextSetBit(0); r >= 0; r = most.nextSetBit(r + 1)) {
      options.get(rnd.nextInt(10)).set(r);
    }
    ReplicateProportionIntervals.item(d, most, options, CiMethod.LOGIT, 0.95, df);
    t = report("an item of 10 options, logit intervals", t);
    int pairs = 200;
    int[] strata = new int[n];
    int[] psu = new int[n];
    String[] labels = new String[n];
    for (int r = 0; r < n; r++) {
      psu[r] = rnd.nextInt(2 * pairs);
      strata[r] = psu[r] / 2;
      labels[r] = "s" + strata[r];
    }
    SurveyDesign sd = SurveyDesign.builder(w).strata(strata).clusters(psu).build();
    t = System.nanoTime();
    ReplicateDesign brr = ReplicateConversion.brr(sd, labels, false);
    t = report("BRR of " + pairs + " pairs: " + brr.replicates() + " replicates", t);
    Runtime rt = Runtime.getRuntime();
    System.out.printf("heap used %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  private static long report(String what, long since) {
    long now = System.nanoTime();
    System.out.printf("%-45s %8.3f s%n", what, (now - since) / 1e9);
    return now;
  }
}
