package org.tripart.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.analysis.AnalysisPlanReader;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.DesignPlanException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The replicate-weight options of {@code analyze} and {@code model}: the plan's {@code replicates}
 * section on the command line, laid over the plan file's and read by the same reader, so that the
 * keys and their checks are those of {@code analysis-plan.md}. Not thread-safe (filled by picocli).
 */
final class ReplicateOptions {
  /** Plan key of each option, for the reader and for naming the option in its messages. */
  private static final Map<String, String> FLAGS =
      Map.of(
          "weights_pattern", "--repweights",
          "type", "--type",
          "scale", "--scale",
          "rscales", "--rscales",
          "rho", "--rho",
          "mse", "--mse",
          "combined_weights", "--combined-weights",
          "from_design", "--replicates",
          "replicates", "--replicate-count",
          "seed", "--replicate-seed");

  @Option(
      names = "--repweights",
      paramLabel = "PATTERN",
      description =
          "Replicate weight columns: those whose names match this regular expression (R's"
              + " svrepdesign(repweights = \"PATTERN\")), e.g. \"repw[0-9]+\"; with --type."
              + " Variances then come from the replicates; give --weights for the full-sample"
              + " weights and no strata or clusters.")
  String repweights;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description =
          "With --repweights: JK1, JKn, BRR, Fay, bootstrap, subbootstrap, ACS,"
              + " successive-difference or other (R's svrepdesign type; it fixes the scale).")
  String type;

  @Option(
      names = "--scale",
      paramLabel = "S",
      description = "With --repweights: R's scale (JK1, JKn, bootstrap, other).")
  String scale;

  @Option(
      names = "--rscales",
      split = ",",
      paramLabel = "R",
      description = "With --repweights: R's rscales, one per column (or one for all).")
  List<String> rscales;

  @Option(
      names = "--rho",
      paramLabel = "RHO",
      description = "Fay's rho (--type Fay or --replicates Fay), between 0 and 1.")
  String rho;

  @Option(
      names = "--mse",
      description =
          "Replicate variances around the full-sample estimate instead of the replicates' mean"
              + " (R's mse = TRUE).")
  boolean mse;

  @Option(
      names = "--combined-weights",
      paramLabel = "BOOL",
      description =
          "With --repweights: true (default) when the columns are the replicates' weights, false"
              + " when they are multipliers of --weights (R's combined.weights).")
  String combinedWeights;

  @Option(
      names = "--replicates",
      paramLabel = "TYPE",
      description =
          "Make replicate weights from the design (--strata, --cluster, --fpc), as R's"
              + " as.svrepdesign: JK1, JKn, BRR, Fay (with --rho), bootstrap or subbootstrap.")
  String replicates;

  @Option(
      names = "--replicate-count",
      paramLabel = "N",
      description = "With --replicates bootstrap or subbootstrap: replicates to draw (default 50).")
  String count;

  @Option(
      names = "--replicate-seed",
      paramLabel = "SEED",
      description =
          "With --replicates bootstrap or subbootstrap: R's set.seed before the draws (default"
              + " 1), so that the replicates are R's.")
  String seed;

  boolean active() {
    return repweights != null
        || type != null
        || scale != null
        || rscales != null
        || rho != null
        || mse
        || combinedWeights != null
        || replicates != null
        || count != null
        || seed != null;
  }

  /** {@code plan} with its replicates section overlaid by the options given. */
  DesignPlan apply(CommandLine cl, DesignPlan plan) {
    if (!active()) {
      return plan;
    }
    Map<String, Object> m =
        plan.replicates() == null || repweights != null || replicates != null
            ? new LinkedHashMap<>()
            : new LinkedHashMap<>(plan.replicates().toMap());
    put(m, "weights_pattern", repweights);
    put(m, "type", type);
    put(m, "scale", scale);
    if (rscales != null) {
      m.put("rscales", rscales);
    }
    put(m, "rho", rho);
    if (mse) {
      m.put("mse", true);
    }
    put(m, "combined_weights", combinedWeights);
    put(m, "from_design", replicates);
    put(m, "replicates", count);
    put(m, "seed", seed);
    try {
      return plan.toBuilder()
          .replicates(AnalysisPlanReader.replicates(m, "the command line"))
          .build();
    } catch (DesignPlanException e) {
      String key = e.key();
      String option = key.startsWith("replicates.") ? FLAGS.get(key.substring(11)) : null;
      if (option == null) {
        option = "--repweights or --replicates";
      }
      throw new CommandLine.ParameterException(cl, option + ": " + e.problem());
    }
  }

  private static void put(Map<String, Object> m, String key, String value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
