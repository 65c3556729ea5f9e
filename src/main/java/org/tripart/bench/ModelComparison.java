package org.tripart.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.ModelRun;
import org.tripart.analysis.ModelSpec;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.InferenceOptions;
import org.tripart.dataset.InferringCsvReader;
import org.tripart.stats.model.GlmCoefficient;

/**
 * A benchmark, not a test (issue 11, "Speed, side by side" (a)): writes a SYNTHETIC survey with a
 * 0/1 outcome and ten covariates (six single-choice items of 5 codes, one of 13, three numbers: 40
 * coefficients with the intercept) under a stratified cluster design (20 strata, clusters of 25
 * respondents, weights 10-59, 2-3% item non-response), fits R's {@code svyglm(family =
 * quasibinomial())} on it ({@code src/test/r/benchmark-model.R}) and Tripart's {@link ModelRun} on
 * the same file as {@code tripart model} reads it, compares every estimate, SE and p-value, and
 * prints both times, their ratio, both peak memories and the load average. Run from the repository
 * root:
 *
 * <pre>
 * java -cp target/tripart.jar org.tripart.bench.ModelComparison 100000 [seed] [tripart-only]
 * java -cp target/tripart.jar org.tripart.bench.ModelComparison 1000000 1 write OUT.csv
 * </pre>
 *
 * The second form only writes the file, for timing {@code ./tripart model} on it. Needs {@code
 * Rscript} with the survey package. Writes only to a temporary folder it deletes.
 */
public final class ModelComparison {
  static final int FIVE_CODE_ITEMS = 6;
  static final int WIDE_CODES = 13;
  static final List<String> COVARIATES =
      List.of("a1", "a2", "a3", "a4", "a5", "a6", "b", "x1", "x2", "x3");

  private ModelComparison() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    String mode = args.length > 2 ? args[2] : "both";
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (mode.equals("write")) {
      write(Path.of(args[3]), n, seed);
      out.println("SYNTHETIC data written to " + args[3]);
      out.println(
          "./tripart model --responses "
              + args[3]
              + " --outcome y=1 --covariates "
              + String.join(",", COVARIATES)
              + " --family binomial --weights w --strata stratum --cluster cluster --format csv");
      return;
    }
    run(n, seed, !mode.equals("tripart-only"), out);
  }

  static void run(int n, long seed, boolean withR, PrintStream out)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("tripart-model-bench");
    Path csv = dir.resolve("model-SYNTHETIC.csv");
    Path rOut = dir.resolve("r.csv");
    try {
      write(csv, n, seed);
      out.printf(
          Locale.ROOT,
          "SYNTHETIC data: %d respondents, %.0f MB, %s%n",
          n,
          Files.size(csv) / 1e6,
          csv);
      Map<String, double[]> r = null;
      SideBySide.RRun rRun = null;
      if (withR) {
        SideBySide.printLoad(out, "before R");
        rRun =
            SideBySide.runR(dir, "src/test/r/benchmark-model.R", csv.toString(), rOut.toString());
        SideBySide.printLoad(out, "after R");
        r = readR(rOut);
      }
      SideBySide.printLoad(out, "before Tripart");
      SideBySide.resetPeaks();
      long t0 = System.nanoTime();
      Dataset data =
          InferringCsvReader.read(
                  csv,
                  new InferenceOptions(Set.of("w"), Set.of("cluster"), Set.of(), Set.of(), 20),
                  CsvDatasetReader.Options.defaults())
              .dataset();
      long t1 = System.nanoTime();
      DesignPlan plan =
          DesignPlan.builder().weights("w").strata("stratum").clusters(List.of("cluster")).build();
      ModelSpec spec =
          new ModelSpec("y", "1", COVARIATES, ModelSpec.ModelFamily.BINOMIAL, Map.of());
      ModelRun.Glm fit = (ModelRun.Glm) ModelRun.run(data, plan, spec, k -> k);
      long t2 = System.nanoTime();
      double best = (t2 - t1) / 1e9;
      for (int i = 0; i < 5; i++) {
        long s0 = System.nanoTime();
        ModelRun.run(data, plan, spec, k -> k);
        best = Math.min(best, (System.nanoTime() - s0) / 1e9);
      }
      SideBySide.printLoad(out, "after Tripart");
      double jRead = (t1 - t0) / 1e9;
      double jFit = (t2 - t1) / 1e9;
      List<GlmCoefficient> coefs = fit.fit().coefficients();
      out.printf(
          Locale.ROOT,
          "Tripart:  read (infer + load) %.2f s, design + model frame + svyglm (%d coefficients,"
              + " %d rows fitted, %d dropped, %d iterations) %.3f s first run, %.3f s best of 5"
              + " more%n",
          jRead,
          coefs.size(),
          fit.fit().rows(),
          fit.fit().droppedRows(),
          fit.fit().iterations(),
          jFit,
          best);
      out.printf(
          Locale.ROOT,
          "Tripart peak heap %s, peak RSS of this JVM %s%n",
          SideBySide.mib(SideBySide.peakHeap()),
          SideBySide.kib(SideBySide.peakRssKb()));
      if (r == null) {
        return;
      }
      double maxEst = 0;
      double maxSe = 0;
      double maxP = 0;
      String worstP = "";
      for (GlmCoefficient c : coefs) {
        double[] expected = r.get(c.term());
        if (expected == null) {
          throw new IllegalStateException("R has no coefficient " + c.term());
        }
        maxEst = Math.max(maxEst, SideBySide.relative(c.estimate(), expected[0]));
        maxSe = Math.max(maxSe, SideBySide.relative(c.standardError(), expected[1]));
        double dp =
            c.p() < Double.MIN_NORMAL && expected[2] < Double.MIN_NORMAL
                ? 0
                : SideBySide.relative(c.p(), expected[2]);
        if (dp > maxP) {
          maxP = dp;
          worstP =
              String.format(
                  Locale.ROOT,
                  " (%s: t %.17g, p %.17g, R %.17g)",
                  c.term(),
                  c.t(),
                  c.p(),
                  expected[2]);
        }
      }
      double rRead = r.get("_read_seconds")[0];
      double rFit = r.get("_fit_seconds")[0];
      out.printf(Locale.ROOT, "compared %d coefficients (R has %d)%n", coefs.size(), r.size() - 2);
      out.printf(
          Locale.ROOT,
          "max relative difference: estimates %.3g, SEs %.3g, p-values %.3g%s (p-values both below"
              + " 2.2e-308, where doubles keep few digits, count as equal)%n",
          maxEst,
          maxSe,
          maxP,
          worstP);
      out.printf(
          Locale.ROOT,
          "R survey: read.csv %.2f s, svydesign + svyglm + summary %.2f s (Rscript wall %.1f s,"
              + " peak RSS %s)%n",
          rRead,
          rFit,
          rRun.wallSeconds(),
          SideBySide.kib(rRun.peakRssKb()));
      out.printf(
          Locale.ROOT,
          "ratio R / Tripart: fit %.0f first run, %.0f best; including reading %.1f%n",
          rFit / jFit,
          rFit / best,
          (rRead + rFit) / (jRead + jFit));
      if (coefs.size() != r.size() - 2 || maxEst > 1e-9 || maxSe > 1e-6 || maxP > 1e-6) {
        out.println(
            "DISAGREEMENT: the numbers differ more than 1e-9 (estimates) / 1e-6 (SEs, p-values)");
      }
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(rOut);
      Files.deleteIfExists(dir);
    }
  }

  /** Writes the SYNTHETIC file: record_id, stratum, cluster, w, y, a1..a6, b, x1, x2, x3. */
  static void write(Path csv, int n, long seed) throws IOException {
    Random rnd = new Random(seed);
    int clusterSize = 25;
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("record_id,stratum,cluster,w,y," + String.join(",", COVARIATES) + "\n");
      double shift = 0;
      StringBuilder line = new StringBuilder();
      int[] codes = new int[FIVE_CODE_ITEMS];
      for (int r = 0; r < n; r++) {
        int cluster = r / clusterSize;
        int stratum = cluster % 20;
        if (r % clusterSize == 0) {
          shift = rnd.nextGaussian() * 0.5;
        }
        double eta = -0.4 + shift + 0.05 * stratum;
        line.setLength(0);
        line.append("SYNTHETIC-").append(r + 1).append(',').append(stratum + 1);
        line.append(",c")
            .append(cluster + 1)
            .append(',')
            .append(10 + stratum * 2 + rnd.nextInt(12));
        for (int k = 0; k < FIVE_CODE_ITEMS; k++) {
          double u = 1 / (1 + Math.exp(-(rnd.nextGaussian() + shift * (k % 2 == 0 ? 1 : -1))));
          codes[k] = 1 + Math.min(4, (int) (u * 5));
          eta += 0.08 * (k + 1) * (codes[k] - 3) / FIVE_CODE_ITEMS;
        }
        int b = 1 + rnd.nextInt(WIDE_CODES);
        eta += 0.04 * (b - 7);
        double x1 = Math.round(rnd.nextGaussian() * 1000) / 1000.0;
        double x2 = rnd.nextInt(1001) / 100.0;
        int x3 = 18 + rnd.nextInt(63);
        eta += 0.3 * x1 - 0.05 * x2 + 0.01 * (x3 - 45);
        line.append(',');
        if (rnd.nextDouble() >= 0.03) {
          line.append(rnd.nextDouble() < 1 / (1 + Math.exp(-eta)) ? '1' : '2');
        }
        for (int k = 0; k < FIVE_CODE_ITEMS; k++) {
          line.append(',');
          if (k != 0 || rnd.nextDouble() >= 0.02) {
            line.append(codes[k]);
          }
        }
        line.append(',').append(b).append(',');
        if (rnd.nextDouble() >= 0.02) {
          line.append(thousandths(Math.round(x1 * 1000)));
        }
        line.append(',').append(thousandths(Math.round(x2 * 1000))).append(',').append(x3);
        w.write(line.append('\n').toString());
      }
    }
  }

  private static String thousandths(long v) {
    String sign = v < 0 ? "-" : "";
    long a = Math.abs(v);
    return String.format(Locale.ROOT, "%s%d.%03d", sign, a / 1000, a % 1000);
  }

  private static Map<String, double[]> readR(Path file) throws IOException {
    Map<String, double[]> out = new HashMap<>();
    for (Map<String, String> row : SideBySide.readCsv(file)) {
      out.put(
          row.get("term"),
          new double[] {
            number(row.get("estimate")), number(row.get("se")), number(row.get("p_value"))
          });
    }
    return out;
  }

  private static double number(String s) {
    return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }
}
