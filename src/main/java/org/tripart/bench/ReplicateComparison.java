package org.tripart.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.InferenceOptions;
import org.tripart.dataset.InferringCsvReader;
import org.tripart.dataset.MultiColumn;
import org.tripart.instrument.Item;
import org.tripart.stats.design.DatasetDesigns;
import org.tripart.stats.design.ReplicateDesign;
import org.tripart.stats.design.ReplicateEstimate;
import org.tripart.stats.design.ReplicateEstimates;
import org.tripart.stats.design.ReplicateType;

/**
 * A benchmark, not a test (issue 11, "Speed, side by side" (b)): writes a SYNTHETIC survey (the 40
 * single-choice items of 4 codes and 20 multiple-choice items of 5 options of {@link
 * DesignComparison}, 5% and 3% item non-response) with full-sample weights and 80 successive
 * difference replicate weights as the ACS ships them (whole numbers: the weight times 1 -
 * 1/sqrt(2), 1 + 1/sqrt(2) or 1, drawn per cluster of 20 respondents and replicate, rounded),
 * estimates all 260 proportions with R's {@code svrepdesign(type = "successive-difference", mse =
 * TRUE)} and {@code svymean} ({@code src/test/r/benchmark-sdr.R}) and with Tripart's {@link
 * ReplicateEstimates} on the same file, compares every estimate and SE, and prints both times,
 * their ratio, both peak memories and the load average. Run from the repository root:
 *
 * <pre>
 * java -Xmx6g -cp target/tripart.jar org.tripart.bench.ReplicateComparison 1000000 [seed]
 *   [tripart-only]
 * java -cp target/tripart.jar org.tripart.bench.ReplicateComparison 1000000 1 write OUT.csv
 * </pre>
 *
 * The second form only writes the file, for timing {@code ./tripart analyze --repweights
 * "repw[0-9]+" --type successive-difference --mse --weights w} on it. Needs {@code Rscript} with
 * the survey package. The first form writes only to a temporary folder it deletes.
 */
public final class ReplicateComparison {
  static final int REPLICATES = 80;
  private static final int CLUSTER = 20;

  private ReplicateComparison() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    String mode = args.length > 2 ? args[2] : "";
    if (mode.equals("write")) {
      write(Path.of(args[3]), n, seed);
      return;
    }
    boolean withR = !mode.equals("tripart-only");
    run(n, seed, withR, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(int n, long seed, boolean withR, PrintStream out)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("tripart-sdr-bench");
    Path csv = dir.resolve("sdr-SYNTHETIC.csv");
    Path rOut = dir.resolve("r.csv");
    try {
      write(csv, n, seed);
      out.printf(
          Locale.ROOT,
          "SYNTHETIC data: %d respondents, %d replicate weights, %.0f MB, %s%n",
          n,
          REPLICATES,
          Files.size(csv) / 1e6,
          csv);
      Map<String, double[]> r = null;
      SideBySide.RRun rRun = null;
      if (withR) {
        SideBySide.printLoad(out, "before R");
        rRun = SideBySide.runR(dir, "src/test/r/benchmark-sdr.R", csv.toString(), rOut.toString());
        SideBySide.printLoad(out, "after R");
        r = readR(rOut);
      }
      SideBySide.printLoad(out, "before Tripart");
      SideBySide.resetPeaks();
      long t0 = System.nanoTime();
      Set<String> numbers = new HashSet<>();
      numbers.add("w");
      for (int k = 1; k <= REPLICATES; k++) {
        numbers.add("repw" + k);
      }
      Dataset data =
          InferringCsvReader.read(
                  csv,
                  new InferenceOptions(numbers, Set.of("cluster"), Set.of(), Set.of(), 20),
                  CsvDatasetReader.Options.defaults())
              .dataset();
      long t1 = System.nanoTime();
      ReplicateDesign design = design(data);
      long t2 = System.nanoTime();
      Map<String, ReplicateEstimate> estimates = estimates(data, design);
      long t3 = System.nanoTime();
      double best = (t3 - t2) / 1e9;
      for (int i = 0; i < 2; i++) {
        long s0 = System.nanoTime();
        estimates(data, design);
        best = Math.min(best, (System.nanoTime() - s0) / 1e9);
      }
      SideBySide.printLoad(out, "after Tripart");
      double jRead = (t1 - t0) / 1e9;
      double jDesign = (t2 - t1) / 1e9;
      double jEst = (t3 - t2) / 1e9;
      out.printf(
          Locale.ROOT,
          "Tripart:  read (infer + load) %.2f s, replicate design %.2f s, %d proportions x %d"
              + " replicates %.3f s first run, %.3f s best of 2 more%n",
          jRead,
          jDesign,
          estimates.size(),
          REPLICATES,
          jEst,
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
      for (Map.Entry<String, ReplicateEstimate> e : estimates.entrySet()) {
        double[] expected = r.get(e.getKey());
        if (expected == null) {
          throw new IllegalStateException("R has no " + e.getKey());
        }
        maxEst = Math.max(maxEst, SideBySide.relative(e.getValue().estimate(), expected[0]));
        maxSe = Math.max(maxSe, SideBySide.relative(e.getValue().standardError(), expected[1]));
      }
      double rRead = r.get("_read_seconds")[0];
      double rEst = r.get("_estimate_seconds")[0];
      out.printf(
          Locale.ROOT, "compared %d proportions (R has %d)%n", estimates.size(), r.size() - 2);
      out.printf(Locale.ROOT, "max relative difference: estimates %.3g, SEs %.3g%n", maxEst, maxSe);
      out.printf(
          Locale.ROOT,
          "R survey: read.csv %.2f s, svrepdesign + 60 svymean (260 proportions) %.2f s (Rscript"
              + " wall %.1f s, peak RSS %s)%n",
          rRead,
          rEst,
          rRun.wallSeconds(),
          SideBySide.kib(rRun.peakRssKb()));
      out.printf(
          Locale.ROOT,
          "ratio R / Tripart: estimation %.0f first run, %.0f best; including reading %.1f%n",
          rEst / (jDesign + jEst),
          rEst / (jDesign + best),
          (rRead + rEst) / (jRead + jDesign + jEst));
      if (estimates.size() != r.size() - 2 || maxEst > 1e-9 || maxSe > 1e-6) {
        out.println("DISAGREEMENT: the numbers differ more than 1e-9 (estimates) / 1e-6 (SEs)");
      }
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(rOut);
      Files.deleteIfExists(dir);
    }
  }

  /** The full-sample weights w and columns repw1..repw80 as an ACS-style SDR design. */
  static ReplicateDesign design(Dataset data) {
    double[] w = DatasetDesigns.numbers(data, "w");
    String[] names = new String[REPLICATES];
    for (int k = 0; k < REPLICATES; k++) {
      names[k] = "repw" + (k + 1);
    }
    return ReplicateDesign.builder(
            w,
            REPLICATES,
            (into, k) ->
                System.arraycopy(DatasetDesigns.numbers(data, names[k]), 0, into, 0, into.length),
            names)
        .type(ReplicateType.SUCCESSIVE_DIFFERENCE)
        .mse(true)
        .build();
  }

  /**
   * Every option's proportion among the item's respondents, keyed item=code, items in order: one
   * {@link ReplicateEstimates#proportions(ReplicateDesign, List, List)} for all items (one pass
   * over the rows x replicates), as {@code tripart analyze} does.
   */
  static Map<String, ReplicateEstimate> estimates(Dataset data, ReplicateDesign design) {
    Map<String, ReplicateEstimate> out = new java.util.LinkedHashMap<>();
    int n = data.size();
    List<Item> items = new ArrayList<>();
    List<BitSet> domains = new ArrayList<>();
    List<List<BitSet>> indicators = new ArrayList<>();
    for (Item item : data.instrument().items()) {
      BitSet domain = new BitSet(n);
      List<BitSet> ind = new ArrayList<>();
      if (data.column(item.id()) instanceof CodedColumn coded && item.id().startsWith("q")) {
        for (int o = 0; o < item.options().size(); o++) {
          ind.add(new BitSet(n));
        }
        for (int r = 0; r < n; r++) {
          if (coded.answered(r)) {
            domain.set(r);
            ind.get(coded.code(r)).set(r);
          }
        }
      } else if (data.column(item.id()) instanceof MultiColumn multi) {
        domain = multi.answeredRows();
        for (int o = 0; o < item.options().size(); o++) {
          ind.add(multi.selectedRows(o));
        }
      } else {
        continue;
      }
      items.add(item);
      domains.add(domain);
      indicators.add(ind);
    }
    List<List<ReplicateEstimate>> e = ReplicateEstimates.proportions(design, domains, indicators);
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      for (int o = 0; o < e.get(i).size(); o++) {
        out.put(item.id() + "=" + item.options().get(o).code(), e.get(i).get(o));
      }
    }
    return out;
  }

  /** Writes the SYNTHETIC file: DesignComparison's columns, then repw1..repw80. */
  static void write(Path csv, int n, long seed) throws IOException {
    Random rnd = new Random(seed);
    double[] factors = {1 - Math.sqrt(0.5), 1 + Math.sqrt(0.5), 1};
    int[] choice = new int[REPLICATES];
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      StringBuilder h = new StringBuilder("record_id,stratum,cluster,w");
      for (int q = 1; q <= DesignComparison.SINGLES; q++) {
        h.append(",q").append(q);
      }
      for (int m = 1; m <= DesignComparison.MULTIS; m++) {
        for (int o = 0; o < DesignComparison.OPTIONS; o++) {
          h.append(",m").append(m).append("___").append((char) ('a' + o));
        }
      }
      for (int k = 1; k <= REPLICATES; k++) {
        h.append(",repw").append(k);
      }
      w.write(h.append('\n').toString());
      double[] shift = new double[DesignComparison.SINGLES + DesignComparison.MULTIS];
      StringBuilder line = new StringBuilder();
      for (int r = 0; r < n; r++) {
        int cluster = r / CLUSTER;
        int stratum = cluster % 10;
        if (r % CLUSTER == 0) {
          for (int k = 0; k < shift.length; k++) {
            shift[k] = rnd.nextGaussian() * 0.4;
          }
          for (int k = 0; k < REPLICATES; k++) {
            choice[k] = rnd.nextInt(factors.length);
          }
        }
        int weight = 10 + stratum * 5 + rnd.nextInt(5);
        line.setLength(0);
        line.append("SYNTHETIC-").append(r + 1).append(',').append(stratum + 1);
        line.append(",c").append(cluster + 1).append(',').append(weight);
        for (int q = 0; q < DesignComparison.SINGLES; q++) {
          line.append(',');
          if (rnd.nextDouble() >= 0.05) {
            double u = 1 / (1 + Math.exp(-(rnd.nextGaussian() + shift[q])));
            line.append(
                1 + Math.min(DesignComparison.CODES - 1, (int) (u * DesignComparison.CODES)));
          }
        }
        for (int m = 0; m < DesignComparison.MULTIS; m++) {
          boolean blank = rnd.nextDouble() < 0.03;
          for (int o = 0; o < DesignComparison.OPTIONS; o++) {
            line.append(',');
            if (!blank) {
              double pr = 1 / (1 + Math.exp(-(shift[DesignComparison.SINGLES + m] - 0.3 * o)));
              line.append(rnd.nextDouble() < pr ? '1' : '0');
            }
          }
        }
        for (int k = 0; k < REPLICATES; k++) {
          line.append(',').append(Math.round(weight * factors[choice[k]]));
        }
        w.write(line.append('\n').toString());
      }
    }
  }

  private static Map<String, double[]> readR(Path file) throws IOException {
    Map<String, double[]> out = new HashMap<>();
    for (Map<String, String> row : SideBySide.readCsv(file)) {
      String se = row.get("se");
      out.put(
          row.get("name"),
          new double[] {
            Double.parseDouble(row.get("estimate")),
            se == null || se.isEmpty() ? Double.NaN : Double.parseDouble(se)
          });
    }
    return out;
  }
}
