package org.tripart.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tripart.analysis.AnalysisPlanReader;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.DesignPlanException;
import org.tripart.analysis.QuantilePlan;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of {@code analyze} for design-based quantiles (R's {@code svyquantile}), laid over
 * the plan's {@code quantiles}, {@code quantile_items}, {@code quantile_rule} and {@code
 * quantile_interval} keys (an option given replaces the plan's key) and read with the plan's own
 * reader, so both take the same values and give the same messages. Not thread-safe (filled by
 * picocli).
 */
final class QuantileOptions {
  @Option(
      names = "--quantiles",
      split = ",",
      paramLabel = "P",
      description =
          "Design-based quantiles of the numeric items at these probabilities (R's svyquantile),"
              + " e.g. 0.25,0.5,0.75.")
  List<String> quantiles;

  @Option(
      names = "--quantile-items",
      split = ",",
      paramLabel = "ITEM",
      description = "With --quantiles: only these numeric items (default: every numeric item).")
  List<String> items;

  @Option(
      names = "--quantile-rule",
      paramLabel = "RULE",
      description = "With --quantiles: R's qrule: math (default), school, shahvaish, hf1 ... hf9.")
  String rule;

  @Option(
      names = "--quantile-interval",
      paramLabel = "TYPE",
      description =
          "With --quantiles: R's interval.type: mean (default), beta, xlogit, asin or score;"
              + " on a replicate-weight design mean or quantile (from the replicates).")
  String interval;

  /** True when any of these options is given, which makes the analysis design-based. */
  boolean active() {
    return quantiles != null || items != null || rule != null || interval != null;
  }

  /** The plan with these options laid over its quantile keys. */
  DesignPlan apply(CommandLine cl, DesignPlan plan) {
    if (!active()) {
      return plan;
    }
    QuantilePlan q = plan.quantiles();
    Map<String, Object> top = new java.util.LinkedHashMap<>();
    top.put(
        "quantiles",
        quantiles != null ? quantiles : q.probabilities().stream().map(String::valueOf).toList());
    top.put("quantile_items", items != null ? items : new ArrayList<>(q.items()));
    top.put("quantile_rule", rule != null ? rule : q.rule().rName());
    top.put("quantile_interval", interval != null ? interval : q.interval().rName());
    if (quantiles == null && q.isEmpty()) {
      throw new CommandLine.ParameterException(
          cl, "--quantile-items, --quantile-rule and --quantile-interval go with --quantiles P,..");
    }
    try {
      return plan.toBuilder()
          .quantiles(AnalysisPlanReader.read(top, "the command line", null).quantiles())
          .build();
    } catch (DesignPlanException e) {
      throw new CommandLine.ParameterException(
          cl, "--" + e.key().replace('_', '-') + ": " + e.problem());
    }
  }
}
