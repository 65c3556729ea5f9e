package org.tripart.stats.model;

import java.util.List;
import java.util.SplittableRandom;
import org.tripart.stats.design.SurveyDesign;

/**
 * Prints how long a design-based proportional-odds fit takes (3 covariates, 5 levels, 31 strata,
 * 2,135 clusters) for 100,000 and 1,000,000 rows, or the row counts given. Run by hand: {@code java
 * -cp target/classes:target/test-classes:$(cat cp.txt) org.tripart.stats.model.OrdinalBenchmark}.
 * Not a test.
 */
final class OrdinalBenchmark {
  private OrdinalBenchmark() {}

  public static void main(String[] args) {
    int[] sizes = args.length > 0 ? new int[args.length] : new int[] {100_000, 1_000_000};
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i]);
    }
    for (int n : sizes) {
      SplittableRandom rnd = new SplittableRandom(7);
      double[] w = new double[n];
      int[] strata = new int[n];
      int[] clusters = new int[n];
      double[] x = new double[n * 3];
      int[] y = new int[n];
      for (int r = 0; r < n; r++) {
        clusters[r] = rnd.nextInt(2135);
        strata[r] = clusters[r] % 31;
        w[r] = 1 + rnd.nextDouble() * 9;
        x[r * 3] = rnd.nextGaussian();
        x[r * 3 + 1] = rnd.nextDouble() * 10;
        x[r * 3 + 2] = rnd.nextInt(2);
        double eta = 0.8 * x[r * 3] - 0.1 * x[r * 3 + 1] + 0.5 * x[r * 3 + 2];
        double u = rnd.nextDouble();
        double latent = eta + Math.log(u / (1 - u));
        y[r] = latent < -1.5 ? 0 : latent < -0.5 ? 1 : latent < 0.5 ? 2 : latent < 1.5 ? 3 : 4;
      }
      SurveyDesign design = SurveyDesign.builder(w).strata(strata).clusters(clusters).build();
      List<String> levels = List.of("1", "2", "3", "4", "5");
      List<String> cols = List.of("a", "b", "c");
      for (int run = 0; run < 3; run++) {
        long t0 = System.nanoTime();
        OrdinalFit fit = OrdinalRegression.fit(design, y, levels, x, cols, null, 0.95);
        long t1 = System.nanoTime();
        System.out.printf(
            "rows %,d run %d: %.1f ms, %d Newton iterations, beta_a %.6f (se %.6f)%n",
            n,
            run,
            (t1 - t0) / 1e6,
            fit.iterations(),
            fit.coefficients().get(0).estimate(),
            fit.coefficients().get(0).standardError());
      }
    }
  }
}
