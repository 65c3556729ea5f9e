package org.tripart.analysis;

import java.util.List;
import java.util.Objects;
import org.tripart.stats.design.QuantileInterval;
import org.tripart.stats.design.QuantileRule;

/**
 * The plan's quantiles ({@code quantiles}, {@code quantile_items}, {@code quantile_rule}, {@code
 * quantile_interval}): R's {@code svyquantile(~item, design, quantiles = probabilities, qrule =
 * rule, interval.type = interval, ci = TRUE, na.rm = TRUE)} for every numeric item analysed (or
 * those named). Immutable.
 *
 * @param probabilities the quantiles' probabilities in [0, 1], in the plan's order; empty: none
 * @param items the items to take them of; empty: every numeric item the plan analyses
 * @param rule R's {@code qrule}, MATH by default
 * @param interval R's {@code interval.type}, MEAN by default
 */
public record QuantilePlan(
    List<Double> probabilities, List<String> items, QuantileRule rule, QuantileInterval interval) {
  public QuantilePlan {
    probabilities = List.copyOf(probabilities);
    items = List.copyOf(items);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(interval, "interval");
  }

  /** No quantiles (R's defaults for rule and interval). */
  public static QuantilePlan none() {
    return new QuantilePlan(List.of(), List.of(), QuantileRule.MATH, QuantileInterval.MEAN);
  }

  /** True when no quantile is asked for. */
  public boolean isEmpty() {
    return probabilities.isEmpty();
  }

  /** The probabilities as an array, for the engine. */
  public double[] probabilityArray() {
    return probabilities.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
