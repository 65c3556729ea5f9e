package org.tripart.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.CsvDatasetWriter;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.stats.CrossTabs;
import org.tripart.stats.Frequencies;

/**
 * Measures the path from a CSV export to a full set of tables: writes a synthetic CSV (ids {@code
 * SYNTHETIC-...}) to a temporary file, then reports its size, the load time (best of 3), the time
 * to compute frequencies with 95% Wilson intervals of every item split by the stratifier (best of 5
 * after warm-up) and the peak heap of each phase (sum of the heap pools' peaks, reset before the
 * phase). A command, not a test: prints figures and asserts nothing. Deletes its temporary file.
 * Not thread-safe (resets JVM-wide peak counters).
 */
public final class FrequencyBenchmark {
  private static final int LOADS = 3;
  private static final int WARM_UPS = 2;
  private static final int COMPUTES = 5;

  private FrequencyBenchmark() {}

  /**
   * Runs the benchmark and prints a table to {@code out}.
   *
   * @param items the number of items: two thirds single-choice, one third multiple-choice, 5
   *     options each, the first a 3-option stratifier
   * @throws TripartException (TRP-0103) when the temporary file cannot be written
   */
  public static void run(int respondents, int items, long seed, PrintStream out) {
    Instrument instrument = SyntheticSurvey.instrument(items);
    List<String> tabulated = new ArrayList<>();
    for (Item item : instrument.items()) {
      if (!item.id().equals(SyntheticSurvey.STRATIFIER)) {
        tabulated.add(item.id());
      }
    }
    Path file;
    try {
      file = Files.createTempFile("tripart-bench-", ".csv");
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, null, "cannot create a temporary file: " + e, e);
    }
    try {
      out.printf(
          Locale.ROOT,
          "FrequencyBenchmark: %,d respondents, %d items, seed %d (SYNTHETIC data)%n",
          respondents,
          instrument.items().size(),
          seed);
      out.printf(Locale.ROOT, "%-44s %12s %14s%n", "phase", "time", "peak heap");
      resetPeaks();
      long t0 = System.nanoTime();
      CsvDatasetWriter.write(SyntheticSurvey.responses(instrument, respondents, seed), file);
      row(out, "generate and write CSV", System.nanoTime() - t0, peakHeap());
      out.printf(Locale.ROOT, "%-44s %12s%n", "CSV file size", megabytes(Files.size(file)));

      CsvDatasetReader.Options options =
          CsvDatasetReader.Options.defaults()
              .withProvenance("benchmark CSV, seed " + seed)
              .withWarnings(w -> {});
      Dataset data = null;
      long best = Long.MAX_VALUE;
      long peak = 0;
      for (int i = 0; i < LOADS; i++) {
        data = null;
        resetPeaks();
        long t = System.nanoTime();
        data = CsvDatasetReader.read(instrument, file, options);
        best = Math.min(best, System.nanoTime() - t);
        peak = Math.max(peak, peakHeap());
      }
      row(out, "load CSV (best of " + LOADS + ")", best, peak);
      out.printf(Locale.ROOT, "%-44s %12s%n", "  provenance", data.provenance());

      long crossTabs = time(data, tabulated, true);
      row(out, "cross-tabs by stratum, 95% Wilson (best of 5)", crossTabs, peakHeap());
      long frequencies = time(data, tabulated, false);
      row(out, "frequencies, all rows (best of 5)", frequencies, peakHeap());
      out.println("(peak heap of the table phases includes the loaded dataset)");
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, file.toString(), "cannot be read: " + e, e);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        out.println("could not delete " + file + ": " + e.getMessage());
      }
    }
  }

  private static long time(Dataset data, List<String> items, boolean byStratum) {
    long best = Long.MAX_VALUE;
    int tables = 0;
    for (int i = 0; i < WARM_UPS + COMPUTES; i++) {
      if (i == WARM_UPS) {
        resetPeaks();
      }
      long t = System.nanoTime();
      for (String item : items) {
        Object table =
            byStratum
                ? CrossTabs.of(data, item, SyntheticSurvey.STRATIFIER, 0.95)
                : Frequencies.of(data, item);
        tables += table == null ? 0 : 1;
      }
      if (i >= WARM_UPS) {
        best = Math.min(best, System.nanoTime() - t);
      }
    }
    return tables > 0 ? best : -1;
  }

  private static void row(PrintStream out, String phase, long nanos, long heapBytes) {
    out.printf(Locale.ROOT, "%-44s %10.3f s %14s%n", phase, nanos / 1e9, megabytes(heapBytes));
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
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

  /** {@code --respondents N --items K --seed S}; defaults 1,000,000, 60 and 1. */
  public static void main(String[] args) {
    int respondents = 1_000_000;
    int items = 60;
    long seed = 1;
    try {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--respondents" -> respondents = positive(args[i], value);
          case "--items" -> items = positive(args[i], value);
          case "--seed" -> seed = Long.parseLong(required(args[i], value));
          default -> throw usage("unknown option '" + args[i] + "'");
        }
        i++;
      }
      run(respondents, items, seed, System.out);
    } catch (NumberFormatException e) {
      fail(usage("not a number: " + e.getMessage()));
    } catch (TripartException e) {
      fail(e);
    }
  }

  private static int positive(String option, String value) {
    int n = Integer.parseInt(required(option, value));
    if (n < 1) {
      throw usage(option + " must be at least 1");
    }
    return n;
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw usage(option + " needs a value");
    }
    return value;
  }

  private static TripartException usage(String problem) {
    return new TripartException(
        ErrorCode.USAGE,
        "FrequencyBenchmark",
        problem + "; usage: --respondents N --items K --seed S");
  }

  private static void fail(TripartException e) {
    System.err.println(e.getMessage());
    System.exit(2);
  }
}
