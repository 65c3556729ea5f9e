package org.tripart.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.tripart.bench.FrequencyBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures CSV loading and frequency computation on a large synthetic data set. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Measure load time, compute time and peak heap for frequencies with Wilson intervals of"
          + " every item, split by one stratifier, on a SYNTHETIC data set written to a temporary"
          + " file. Prints figures; see BENCHMARKS.md."
    })
public final class BenchmarkCommand implements Callable<Integer> {
  @Option(
      names = "--respondents",
      defaultValue = "1000000",
      paramLabel = "N",
      description = "Respondents (default: ${DEFAULT-VALUE}).")
  int respondents;

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

  @Override
  public Integer call() {
    FrequencyBenchmark.run(
        respondents, items, seed, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    return 0;
  }
}
