package org.tripart.bench;

import static org.tripart.bench.NetworkBenchmarkReport.ROW;
import static org.tripart.bench.NetworkBenchmarkReport.machine;
import static org.tripart.bench.NetworkBenchmarkReport.megabytes;
import static org.tripart.bench.NetworkBenchmarkReport.row;
import static org.tripart.bench.NetworkBenchmarkReport.seconds;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.Coreness;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.bench.PhaseTimes.Clock;
import org.tripart.network.Network;
import org.tripart.network.NetworkBuilder;
import org.tripart.network.NetworkFormats;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.NodeMetrics;
import org.tripart.network.Tie;

/**
 * Measures the collaboration-network analysis on a SYNTHETIC network ({@link
 * NetworkBenchmarkData}): building the {@link Network}, every measure of {@link NetworkMetrics}
 * (exact betweenness included) and writing GraphML to a temporary file, as one pipeline and, in
 * separate runs, the parts of the metrics that the public API reaches (the shortest-path sweep,
 * JGraphT's graph view, k-cores and components; the rest by difference); then sampled betweenness
 * for several pivot counts, timed and compared with the exact values ({@link BetweennessError}).
 * Each phase runs {@code warmUps + repetitions} times and prints its first run (for the pipeline: a
 * cold JVM), the median and minimum of the timed runs, the median CPU time of the whole process and
 * of the collectors, and the peak heap. A command, not a test: prints figures and asserts nothing.
 * Deletes its temporary file. Not thread-safe (resets JVM-wide peak counters).
 */
public final class NetworkBenchmark {
  /**
   * What to measure.
   *
   * @param pivots the pivot counts of sampled betweenness, each at least 1
   * @param warmUps runs of each phase before the timed ones (at least 0)
   * @param repetitions timed runs of each phase (at least 1)
   */
  public record Settings(
      int organisations,
      int respondents,
      long seed,
      int threads,
      List<Integer> pivots,
      int warmUps,
      int repetitions) {
    /**
     * @throws TripartException TRP-0500 when a count is out of range
     */
    public Settings {
      pivots = List.copyOf(pivots);
      String problem =
          organisations < 3
              ? "--organisations must be at least 3"
              : respondents < 1
                  ? "--respondents must be at least 1"
                  : threads < 1
                      ? "--threads must be at least 1"
                      : pivots.isEmpty() || pivots.stream().anyMatch(p -> p < 1)
                          ? "--pivots must be counts of at least 1"
                          : warmUps < 0 || repetitions < 1
                              ? "--warm-ups must be at least 0 and --repetitions at least 1"
                              : null;
      if (problem != null) {
        throw new TripartException(ErrorCode.USAGE, "benchmark --network", problem);
      }
    }

    /** 10,000 organisations, 100,000 respondents, seed 1, 2 threads, pivots 100, 500, 1000. */
    public static Settings defaults() {
      return new Settings(10_000, 100_000, 1, 2, List.of(100, 500, 1000), 1, 3);
    }
  }

  private NetworkBenchmark() {}

  /**
   * Runs the benchmark and prints its figures to {@code out}.
   *
   * @throws TripartException TRP-0103 when the temporary GraphML file cannot be written
   */
  public static void run(Settings s, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "NetworkBenchmark: %,d organisations, %,d respondents, seed %d, %d threads;"
            + " %d warm-up + %d timed runs of each phase (SYNTHETIC data)%n",
        s.organisations(),
        s.respondents(),
        s.seed(),
        s.threads(),
        s.warmUps(),
        s.repetitions());
    out.println(machine());
    Clock g0 = Clock.now();
    NetworkBenchmarkData.Inputs in =
        NetworkBenchmarkData.generate(s.organisations(), s.respondents(), s.seed());
    Clock g1 = Clock.now();
    PhaseTimes.resetPeaks();
    out.printf(
        Locale.ROOT,
        "generate inputs: %s; %,d nominations, %,d free-text partners; %s in the heap%n",
        seconds(g0.until(g1)[0]),
        in.nominations().size(),
        in.unmatched().size(),
        megabytes(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()));
    PhaseTimes analysis = new PhaseTimes();
    PhaseTimes metrics = new PhaseTimes();
    double[] exact = pipeline(s, in, analysis, metrics, out);
    Network net = parts(s, in, exact, metrics, out);
    sampled(s, net, exact, out);
    out.printf(
        Locale.ROOT,
        "aim: whole analysis under 10 s; median %s (%s); load average at the end %.2f%n",
        seconds(analysis.median(s.warmUps())),
        analysis.median(s.warmUps()) < 10_000_000_000L ? "met" : "not met",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Build, metrics and GraphML, each run from the inputs; returns the exact betweenness. */
  private static double[] pipeline(
      Settings s,
      NetworkBenchmarkData.Inputs in,
      PhaseTimes analysis,
      PhaseTimes metrics,
      PrintStream out) {
    PhaseTimes build = new PhaseTimes();
    PhaseTimes graphml = new PhaseTimes();
    double[] exact = null;
    String description = null;
    long bytes;
    Path file;
    try {
      file = Files.createTempFile("tripart-network-", ".graphml");
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, null, "cannot create a temporary file: " + e, e);
    }
    try {
      for (int r = 0; r < s.warmUps() + s.repetitions(); r++) {
        Clock c0 = Clock.now();
        Network net = NetworkBuilder.build(in.organisations(), in.nominations(), in.unmatched());
        Clock c1 = Clock.now();
        NetworkMetrics m = NetworkMetrics.of(net, s.threads());
        Clock c2 = Clock.now();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          NetworkFormats.graphml(m, w);
        }
        Clock c3 = Clock.now();
        analysis.add(c0, c3);
        build.add(c0, c1);
        metrics.add(c1, c2);
        graphml.add(c2, c3);
        if (exact == null) {
          exact = m.nodes().stream().mapToDouble(NodeMetrics::betweenness).toArray();
          description = NetworkBenchmarkReport.describe(m);
        }
      }
      analysis.notePeakHeap();
      bytes = Files.size(file);
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, file.toString(), "cannot be written: " + e, e);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        out.println("could not delete " + file + ": " + e.getMessage());
      }
    }
    out.println(description);
    out.printf(
        Locale.ROOT,
        ROW,
        "phase (wall: first, median, min; medians of CPU, GC)",
        "first",
        "median",
        "min",
        "CPU",
        "GC",
        "peak heap");
    int skip = s.warmUps();
    row(out, "whole analysis: build + all metrics + GraphML", analysis, skip, analysis.peakHeap());
    row(out, "  build the Network (NetworkBuilder.build)", build, skip, -1);
    row(out, "  NetworkMetrics.of: all metrics, " + s.threads() + " threads", metrics, skip, -1);
    row(out, "  GraphML to a temporary file (" + megabytes(bytes) + ")", graphml, skip, -1);
    return exact;
  }

  /** The parts of the metrics the public API reaches; returns the last network built. */
  private static Network parts(
      Settings s,
      NetworkBenchmarkData.Inputs in,
      double[] exact,
      PhaseTimes metrics,
      PrintStream out) {
    PhaseTimes view = new PhaseTimes();
    PhaseTimes cores = new PhaseTimes();
    PhaseTimes components = new PhaseTimes();
    PhaseTimes sweep = new PhaseTimes();
    Network net = null;
    double difference = 0;
    PhaseTimes.resetPeaks();
    for (int r = 0; r < s.warmUps() + s.repetitions(); r++) {
      net = NetworkBuilder.build(in.organisations(), in.nominations(), in.unmatched());
      Clock c0 = Clock.now();
      Graph<String, Tie> g = net.asGraph();
      Clock c1 = Clock.now();
      new Coreness<>(g).getScores();
      Clock c2 = Clock.now();
      new ConnectivityInspector<>(g).connectedSets();
      Clock c3 = Clock.now();
      Map<String, Double> all = NetworkMetrics.sampledBetweenness(net, net.size(), 1, s.threads());
      Clock c4 = Clock.now();
      view.add(c0, c1);
      cores.add(c1, c2);
      components.add(c2, c3);
      sweep.add(c3, c4);
      double[] values = inNodeOrder(net, all);
      difference = Math.max(difference, BetweennessError.of(exact, values, 1, 1).maxRelative());
    }
    sweep.notePeakHeap();
    int skip = s.warmUps();
    out.println("parts of NetworkMetrics.of, in separate runs on a freshly built network:");
    row(out, "  shortest paths: exact betweenness, all sources", sweep, skip, sweep.peakHeap());
    row(out, "  JGraphT graph view (Network.asGraph, built on first use)", view, skip, -1);
    row(out, "  k-cores (JGraphT Coreness)", cores, skip, -1);
    row(out, "  components (JGraphT ConnectivityInspector)", components, skip, -1);
    long restCpu =
        metrics.medianCpu(skip)
            - sweep.medianCpu(skip)
            - view.medianCpu(skip)
            - cores.medianCpu(skip)
            - components.medianCpu(skip);
    out.printf(
        Locale.ROOT,
        "  the rest, by difference of median CPU times (closeness sums, brokerage, triads, mixing,"
            + " flows, node table): %s%n"
            + "  (the sweep's betweenness differs from NetworkMetrics' by at most %.1e relative:"
            + " the same sources in another order)%n",
        seconds(restCpu),
        difference);
    return net;
  }

  private static void sampled(Settings s, Network net, double[] exact, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%-10s %9s %9s %9s %14s %14s %15s %12s%n",
        "pivots",
        "first",
        "median",
        "min",
        "mean rel err",
        "max rel err",
        "Spearman top100",
        "top-20 found");
    for (int pivots : s.pivots()) {
      PhaseTimes t = new PhaseTimes();
      double mean = 0;
      double max = 0;
      double spearman = 0;
      double share = 0;
      for (int r = 0; r < s.warmUps() + s.repetitions(); r++) {
        Clock c0 = Clock.now();
        Map<String, Double> b =
            NetworkMetrics.sampledBetweenness(net, pivots, s.seed() + r, s.threads());
        t.add(c0, Clock.now());
        if (r >= s.warmUps()) {
          BetweennessError e = BetweennessError.of(exact, inNodeOrder(net, b), 100, 20);
          mean += e.meanRelative() / s.repetitions();
          max = Math.max(max, e.maxRelative());
          spearman += e.spearmanTop() / s.repetitions();
          share += e.topShare() / s.repetitions();
        }
      }
      out.printf(
          Locale.ROOT,
          "%-10d %9s %9s %9s %14.4f %14.2f %15.4f %11.0f%%%n",
          pivots,
          seconds(t.first()),
          seconds(t.median(s.warmUps())),
          seconds(t.min(s.warmUps())),
          mean,
          max,
          spearman,
          share * 100);
    }
    out.printf(
        Locale.ROOT,
        "(relative errors over the nodes with exact betweenness > 0, Spearman over the exact top"
            + " 100; seeds %d..%d, mean over the timed runs, max rel err the largest)%n",
        s.seed() + s.warmUps(),
        s.seed() + s.warmUps() + s.repetitions() - 1);
  }

  private static double[] inNodeOrder(Network net, Map<String, Double> values) {
    return net.organisations().stream().mapToDouble(o -> values.get(o.id())).toArray();
  }
}
