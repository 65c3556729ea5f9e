package org.tripart.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.tripart.TripartException;
import org.tripart.bench.FrequencyBenchmark;
import org.tripart.bench.NetworkBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Measures CSV loading and frequency computation, or with {@code --network} the collaboration
 * network analysis, on a large synthetic data set.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Measure load time, compute time and peak heap for frequencies with Wilson intervals of"
          + " every item, split by one stratifier, on a SYNTHETIC data set written to a temporary"
          + " file. With --network, measure building a SYNTHETIC collaboration network, all its"
          + " metrics (exact betweenness included), GraphML output and sampled betweenness with"
          + " its error. Prints figures; see BENCHMARKS.md."
    })
public final class BenchmarkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--network",
      description = "Benchmark the collaboration network analysis instead of frequencies.")
  boolean network;

  @Option(
      names = "--respondents",
      paramLabel = "N",
      description = "Respondents (default: 1000000; with --network 100000).")
  Integer respondents;

  @Option(
      names = "--items",
      defaultValue = "60",
      paramLabel = "K",
      description = "Items (default: ${DEFAULT-VALUE}).")
  int items;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--organisations",
      defaultValue = "10000",
      paramLabel = "N",
      description = "With --network: organisations (default: ${DEFAULT-VALUE}).")
  int organisations;

  @Option(
      names = "--threads",
      defaultValue = "2",
      paramLabel = "T",
      description =
          "With --network: threads of the shortest-path searches (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--pivots",
      defaultValue = "100,500,1000",
      split = ",",
      paramLabel = "P",
      description =
          "With --network: pivot counts of sampled betweenness (default: ${DEFAULT-VALUE}).")
  List<Integer> pivots;

  @Option(
      names = "--warm-ups",
      defaultValue = "1",
      paramLabel = "W",
      description = "With --network: untimed runs of each phase first (default: ${DEFAULT-VALUE}).")
  int warmUps;

  @Option(
      names = "--repetitions",
      defaultValue = "3",
      paramLabel = "R",
      description = "With --network: timed runs of each phase (default: ${DEFAULT-VALUE}).")
  int repetitions;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (network) {
      NetworkBenchmark.Settings settings;
      try {
        settings =
            new NetworkBenchmark.Settings(
                organisations,
                respondents == null ? 100_000 : respondents,
                seed,
                threads,
                pivots,
                warmUps,
                repetitions);
      } catch (TripartException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      NetworkBenchmark.run(settings, out);
    } else {
      FrequencyBenchmark.run(respondents == null ? 1_000_000 : respondents, items, seed, out);
    }
    return 0;
  }
}
