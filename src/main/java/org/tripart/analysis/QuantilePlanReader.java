package org.tripart.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tripart.stats.design.DesignInputException;
import org.tripart.stats.design.QuantileInterval;
import org.tripart.stats.design.QuantileRule;

/**
 * Reads the plan's top-level keys {@code quantiles} (a probability or a list of them, each in [0,
 * 1]), {@code quantile_items}, {@code quantile_rule} (R's {@code qrule} names) and {@code
 * quantile_interval} (R's {@code interval.type} names), as {@code analysis-plan.md} describes them,
 * with the messages of {@link PlanValues}. Stateless.
 */
final class QuantilePlanReader {
  private QuantilePlanReader() {}

  /**
   * The quantile keys of the plan's top level, {@link QuantilePlan#none()} when absent.
   *
   * @throws DesignPlanException naming the key for a value that is not a probability, an unknown
   *     rule or interval type, or the other keys without {@code quantiles}
   */
  static QuantilePlan read(String file, Map<String, Object> top) {
    QuantilePlan none = QuantilePlan.none();
    if (!top.containsKey("quantiles")) {
      for (String k : List.of("quantile_items", "quantile_rule", "quantile_interval")) {
        if (top.containsKey(k)) {
          throw new DesignPlanException(
              file, k, k + " goes with quantiles: [..], such as quantiles: [0.25, 0.5, 0.75]");
        }
      }
      return none;
    }
    List<Double> probabilities = new ArrayList<>();
    for (String s : PlanValues.strings(file, "quantiles", top.get("quantiles"))) {
      double p = PlanValues.number(file, "quantiles", s);
      if (!(p >= 0 && p <= 1)) {
        throw new DesignPlanException(
            file, "quantiles", "'" + s + "' is not a probability in [0, 1], such as 0.5");
      }
      probabilities.add(p);
    }
    if (probabilities.isEmpty()) {
      throw new DesignPlanException(
          file, "quantiles", "expected probabilities, such as [0.25, 0.5, 0.75]");
    }
    return new QuantilePlan(
        probabilities,
        PlanValues.strings(file, "quantile_items", top.get("quantile_items")),
        top.containsKey("quantile_rule")
            ? rule(file, "quantile_rule", top.get("quantile_rule"))
            : none.rule(),
        top.containsKey("quantile_interval")
            ? interval(file, "quantile_interval", top.get("quantile_interval"))
            : none.interval());
  }

  /** R's {@code qrule} name; a {@link DesignPlanException} naming {@code key} when unknown. */
  static QuantileRule rule(String file, String key, Object v) {
    try {
      return QuantileRule.of(PlanValues.string(file, key, v));
    } catch (DesignInputException e) {
      throw new DesignPlanException(file, key, problem(e));
    }
  }

  /** R's {@code interval.type} name; a {@link DesignPlanException} naming {@code key}. */
  static QuantileInterval interval(String file, String key, Object v) {
    try {
      return QuantileInterval.of(PlanValues.string(file, key, v));
    } catch (DesignInputException e) {
      throw new DesignPlanException(file, key, problem(e));
    }
  }

  private static String problem(DesignInputException e) {
    String m = e.getMessage();
    int colon = m.indexOf(": ");
    return colon < 0 ? m : m.substring(colon + 2);
  }
}
