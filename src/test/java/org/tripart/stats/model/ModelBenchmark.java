package org.tripart.stats.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tripart.stats.design.SurveyDesign;

/**
 * Hand-run benchmark (not a test): a quasibinomial svyglm with 40 coefficients on synthetic rows
 * under a stratified cluster design (20 strata, 25 rows per cluster). Args: row counts (default
 * 100000 1000000).
 */
public final class ModelBenchmark {
  private ModelBenchmark() {}

  public static void main(String[] args) {
    String[] sizes = args.length == 0 ? new String[] {"100000", "1000000"} : args;
    for (String s : sizes) {
      run(Integer.parseInt(s));
    }
  }

  private static void run(int n) {
    int p = 40;
    SplittableRandom rnd = new SplittableRandom(11);
    double[] x = new double[n * p];
    double[] y = new double[n];
    double[] w = new double[n];
    int[] strata = new int[n];
    int[] clusters = new int[n];
    for (int r = 0; r < n; r++) {
      x[r * p] = 1;
      double eta = -0.3;
      for (int j = 1; j < p; j++) {
        double v = rnd.nextGaussian();
        x[r * p + j] = v;
        eta += 0.05 * v * ((j % 3) - 1);
      }
      y[r] = rnd.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
      w[r] = 1 + rnd.nextDouble() * 4;
      clusters[r] = r / 25;
      strata[r] = (r / 25) % 20;
    }
    List<String> names = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      names.add(j == 0 ? "(Intercept)" : "x" + j);
    }
    SurveyDesign d = SurveyDesign.builder(w).strata(strata).clusters(clusters).build();
    ModelMatrix m = new ModelMatrix(x, n, names);
    for (int rep = 0; rep < 3; rep++) {
      long t0 = System.nanoTime();
      GlmResult g = SurveyGlm.fit(d, m, y, Family.QUASIBINOMIAL, null);
      long t1 = System.nanoTime();
      System.out.printf(
          "rows=%d p=%d iterations=%d time=%.3f s b1=%.6f se1=%.6f%n",
          n,
          p,
          g.iterations(),
          (t1 - t0) / 1e9,
          g.coefficients().get(1).estimate(),
          g.coefficients().get(1).standardError());
    }
  }
}
