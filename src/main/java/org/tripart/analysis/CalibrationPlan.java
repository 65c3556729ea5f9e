package org.tripart.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tripart.stats.design.CalibrationFunction;

/**
 * Calibration of the design weights to population totals, as R's {@code calibrate(design, ~a + b +
 * x, population, calfun, bounds)}: the model has an intercept, the treatment-coded levels of every
 * margin's column and every numeric total's column; its population totals come from the margins
 * (which must all sum to the same population size) and the numeric totals. Immutable.
 *
 * @param function {@code calfun}: linear or raking
 * @param lower lower bound on the g-weights ({@code -Infinity}: none)
 * @param upper upper bound on the g-weights ({@code Infinity}: none)
 * @param margins population counts of the categories of coded columns
 * @param numericTotals population totals of numeric columns, by column
 * @param maxIterations R's {@code maxit} (50)
 * @param epsilon R's {@code epsilon} (1e-7)
 */
public record CalibrationPlan(
    CalibrationFunction function,
    double lower,
    double upper,
    List<DesignPlan.Margin> margins,
    Map<String, Double> numericTotals,
    int maxIterations,
    double epsilon) {
  public CalibrationPlan {
    Objects.requireNonNull(function, "function");
    margins = List.copyOf(margins == null ? List.of() : margins);
    numericTotals =
        java.util.Collections.unmodifiableMap(
            new java.util.LinkedHashMap<>(numericTotals == null ? Map.of() : numericTotals));
  }
}
