package org.tripart.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tripart.analysis.DesignAnalysis;
import org.tripart.analysis.DesignEstimate;
import org.tripart.analysis.DesignItemResult;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.DesignSetup;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.InferenceOptions;
import org.tripart.dataset.InferringCsvReader;
import org.tripart.stats.design.CiMethod;

/**
 * A benchmark, not a test: writes a SYNTHETIC survey (40 single-choice items of 4 codes, 20
 * multiple-choice items of 5 options, a stratified cluster design with weights, some item
 * non-response), runs R's survey package on it ({@code src/test/r/benchmark-design.R}) and Tripart
 * on the same file, checks that all 260 proportions and SEs agree, and prints both times, their
 * ratio and Tripart's peak heap. Run from the repository root:
 *
 * <pre>java -cp target/tripart.jar org.tripart.bench.DesignComparison 100000 [seed]</pre>
 *
 * Needs {@code Rscript} with the survey package. Writes only to a temporary folder it deletes.
 */
public final class DesignComparison {
  static final int SINGLES = 40;
  static final int MULTIS = 20;
  static final int CODES = 4;
  static final int OPTIONS = 5;

  private DesignComparison() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    boolean withR = !(args.length > 2 && args[2].equals("tripart-only"));
    run(n, seed, withR, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(int n, long seed, boolean withR, PrintStream out)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("tripart-design-bench");
    Path csv = dir.resolve("design-SYNTHETIC.csv");
    Path rOut = dir.resolve("r.csv");
    try {
      write(csv, n, seed);
      out.printf(Locale.ROOT, "SYNTHETIC data: %d respondents, %s%n", n, csv);
      long r0 = System.nanoTime();
      Process p =
          !withR
              ? null
              : new ProcessBuilder(
                      "Rscript", "src/test/r/benchmark-design.R", csv.toString(), rOut.toString())
                  .inheritIO()
                  .start();
      if (p != null && p.waitFor() != 0) {
        throw new IllegalStateException("Rscript failed");
      }
      double rWall = (System.nanoTime() - r0) / 1e9;
      Map<String, double[]> r = withR ? readR(rOut) : null;
      resetPeaks();
      long t0 = System.nanoTime();
      Dataset data =
          InferringCsvReader.read(
                  csv,
                  new InferenceOptions(Set.of("w"), Set.of("cluster"), Set.of(), Set.of(), 20),
                  CsvDatasetReader.Options.defaults())
              .dataset();
      long t1 = System.nanoTime();
      DesignPlan plan =
          DesignPlan.builder()
              .weights("w")
              .strata("stratum")
              .clusters(List.of("cluster"))
              .ciMethod(CiMethod.MEAN)
              .build();
      List<DesignItemResult> results =
          DesignAnalysis.run(data, DesignSetup.prepare(data, plan, k -> k), plan);
      long t2 = System.nanoTime();
      double best = (t2 - t1) / 1e9;
      for (int i = 0; i < 3; i++) {
        long s0 = System.nanoTime();
        DesignAnalysis.run(data, DesignSetup.prepare(data, plan, k -> k), plan);
        best = Math.min(best, (System.nanoTime() - s0) / 1e9);
      }
      double jRead = (t1 - t0) / 1e9;
      double jEst = (t2 - t1) / 1e9;
      out.printf(
          Locale.ROOT,
          "Tripart:   read (infer + load) %.2f s, design + 260 estimates %.3f s first run,"
              + " %.3f s best of 3 more%n",
          jRead,
          jEst,
          best);
      out.printf(Locale.ROOT, "Tripart peak heap: %.0f MiB%n", peakHeap() / 1048576.0);
      if (r == null) {
        return;
      }
      double maxEst = 0;
      double maxSe = 0;
      int compared = 0;
      for (DesignItemResult res : results) {
        for (DesignEstimate e : res.estimates()) {
          double[] expected = r.get(e.item() + "=" + e.option());
          if (expected == null) {
            throw new IllegalStateException("R has no " + e.item() + "=" + e.option());
          }
          maxEst = Math.max(maxEst, Math.abs(e.estimate() - expected[0]) / Math.abs(expected[0]));
          maxSe = Math.max(maxSe, Math.abs(e.standardError() - expected[1]) / expected[1]);
          compared++;
        }
      }
      double rRead = r.get("_read_seconds")[0];
      double rEst = r.get("_estimate_seconds")[0];
      out.printf(Locale.ROOT, "compared %d proportions (R has %d)%n", compared, r.size() - 2);
      out.printf(Locale.ROOT, "max relative difference: estimates %.3g, SEs %.3g%n", maxEst, maxSe);
      out.printf(
          Locale.ROOT,
          "R survey:  read %.2f s, design + 260 svymean %.2f s (Rscript wall %.1f s)%n",
          rRead,
          rEst,
          rWall);
      out.printf(
          Locale.ROOT,
          "ratio (estimation, R / Tripart): %.0f first run, %.0f best; including reading: %.1f%n",
          rEst / jEst,
          rEst / best,
          (rRead + rEst) / (jRead + jEst));
      if (compared != 260 || maxEst > 1e-9 || maxSe > 1e-6) {
        out.println("DISAGREEMENT: the numbers differ more than 1e-9 (estimates) / 1e-6 (SEs)");
      }
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(rOut);
      Files.deleteIfExists(dir);
    }
  }

  static void write(Path csv, int n, long seed) throws IOException {
    Random rnd = new Random(seed);
    int clusterSize = 20;
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      StringBuilder h = new StringBuilder("record_id,stratum,cluster,w");
      for (int q = 1; q <= SINGLES; q++) {
        h.append(",q").append(q);
      }
      for (int m = 1; m <= MULTIS; m++) {
        for (int o = 0; o < OPTIONS; o++) {
          h.append(",m").append(m).append("___").append((char) ('a' + o));
        }
      }
      w.write(h.append('\n').toString());
      double[] shift = new double[SINGLES + MULTIS];
      StringBuilder line = new StringBuilder();
      for (int r = 0; r < n; r++) {
        int cluster = r / clusterSize;
        int stratum = cluster % 10;
        if (r % clusterSize == 0) {
          for (int k = 0; k < shift.length; k++) {
            shift[k] = rnd.nextGaussian() * 0.4;
          }
        }
        line.setLength(0);
        line.append("SYNTHETIC-")
            .append(r + 1)
            .append(',')
            .append(stratum + 1)
            .append(",c")
            .append(cluster + 1);
        line.append(',').append(10 + stratum * 5 + rnd.nextInt(5));
        for (int q = 0; q < SINGLES; q++) {
          line.append(',');
          if (rnd.nextDouble() >= 0.05) {
            double u = 1 / (1 + Math.exp(-(rnd.nextGaussian() + shift[q])));
            line.append(1 + Math.min(CODES - 1, (int) (u * CODES)));
          }
        }
        for (int m = 0; m < MULTIS; m++) {
          boolean blank = rnd.nextDouble() < 0.03;
          for (int o = 0; o < OPTIONS; o++) {
            line.append(',');
            if (!blank) {
              double pr = 1 / (1 + Math.exp(-(shift[SINGLES + m] - 0.3 * o)));
              line.append(rnd.nextDouble() < pr ? '1' : '0');
            }
          }
        }
        w.write(line.append('\n').toString());
      }
    }
  }

  private static Map<String, double[]> readR(Path file) throws IOException {
    Map<String, double[]> out = new HashMap<>();
    try (Reader in = Files.newBufferedReader(file)) {
      for (CSVRecord rec :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        double se = rec.get("se").isEmpty() ? Double.NaN : Double.parseDouble(rec.get("se"));
        out.put(rec.get("name"), new double[] {Double.parseDouble(rec.get("estimate")), se});
      }
    }
    return out;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
