package org.tripart.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What the side-by-side benchmarks with R share: running an R script (under {@code /usr/bin/time}
 * when it is there, for R's peak resident memory), reading the CSV it writes, this JVM's peak heap
 * and peak resident memory, the machine's load average, and relative differences. Static helpers;
 * not thread-safe where they reset the JVM's peak counters.
 */
final class SideBySide {
  private SideBySide() {}

  /**
   * An Rscript run.
   *
   * @param wallSeconds the run's elapsed time, start of Rscript included
   * @param peakRssKb R's peak resident memory in KiB, -1 when {@code /usr/bin/time} is missing
   */
  record RRun(double wallSeconds, long peakRssKb) {}

  /**
   * Runs {@code Rscript script args...} from the working directory, its output passed through.
   *
   * @throws IllegalStateException when Rscript fails
   */
  static RRun runR(Path work, String script, String... args)
      throws IOException, InterruptedException {
    Path time = Path.of("/usr/bin/time");
    Path rss = work.resolve("r-rss.txt");
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(time)) {
      command.addAll(List.of(time.toString(), "-f", "%M", "-o", rss.toString()));
    }
    command.add("Rscript");
    command.add(script);
    command.addAll(List.of(args));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("Rscript " + script + " failed");
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    long kb = -1;
    if (Files.exists(rss)) {
      List<String> lines = Files.readAllLines(rss);
      kb = Long.parseLong(lines.get(lines.size() - 1).strip());
      Files.delete(rss);
    }
    return new RRun(wall, kb);
  }

  /** The rows of a CSV with a header, each as column name to text, in file order. */
  static List<Map<String, String>> readCsv(Path file) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file)) {
      for (CSVRecord rec :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        out.add(new LinkedHashMap<>(rec.toMap()));
      }
    }
    return out;
  }

  /** {@code |a - b| / |b|}, 0 when both are equal (zeros included), infinite for a NaN. */
  static double relative(double a, double b) {
    if (a == b) {
      return 0;
    }
    double d = Math.abs(a - b) / Math.abs(b);
    return Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
  }

  /** Collects garbage and resets the heap pools' peak counters. */
  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The heap pools' peak use since {@link #resetPeaks()}, in bytes. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** This process's peak resident memory (VmHWM) in KiB, -1 where /proc does not tell. */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them, or "unknown". */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** Prints the machine's load average with a label. */
  static void printLoad(PrintStream out, String when) {
    out.printf(Locale.ROOT, "load average (1, 5, 15 min) %s: %s%n", when, loadAverage());
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
  }

  static String kib(long kb) {
    return kb < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MiB", kb / 1024.0);
  }
}
