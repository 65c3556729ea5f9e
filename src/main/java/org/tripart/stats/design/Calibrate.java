package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tripart.ErrorCode;

/**
 * Calibration of design weights to population totals of a model matrix, as R's {@code
 * calibrate(design, formula, population, calfun = "linear" | "raking", bounds = c(lo, hi))} in
 * survey 4.1.1 ({@code survey:::calibrate.survey.design2}): linear without bounds is {@code
 * regcalibrate}'s closed form {@code g = 1 + x' (sum w x x')^-1 (T - sum w x)}; otherwise {@code
 * survey:::grake}'s Newton steps on the Lagrange multipliers (generalised inverse with R's {@code
 * MASS::ginv} tolerance, step halving while a g-weight is not finite, stop when every {@code
 * |misfit| / (1 + |T|) < epsilon}, weights first rescaled by the mean of T / sum w x when every
 * ratio exceeds 20, see {@link GrakeSteps}). The design keeps a {@link Calibration.Greg} so that
 * every later variance uses the residuals of the influence on the model matrix, as {@code
 * svyrecvar} does. Stateless and thread-safe; inputs are not changed.
 */
public final class Calibrate {
  /** R's defaults: {@code maxit = 50}, {@code epsilon = 1e-7}. */
  public static final int MAX_ITERATIONS = 50;

  public static final double EPSILON = 1e-7;

  private Calibrate() {}

  /**
   * Calibrates with R's defaults, {@code maxit = 50} and {@code epsilon = 1e-7}.
   *
   * @param population the total of every model column by its R name ({@link
   *     CalibrationModel#names()})
   * @param lower lower bound on g ({@code Double.NEGATIVE_INFINITY}: none)
   * @param upper upper bound on g ({@code Double.POSITIVE_INFINITY}: none)
   * @throws DesignInputException {@code CALIBRATION_INPUT} when a column's total is missing or
   *     unknown or the model matrix is singular; {@code CALIBRATION_FAILED} naming the worst column
   *     when the totals are not met within the bounds and iterations
   */
  public static CalibrationFit calibrate(
      SurveyDesign design,
      CalibrationModel model,
      Map<String, Double> population,
      CalibrationFunction function,
      double lower,
      double upper) {
    return calibrate(design, model, population, function, lower, upper, MAX_ITERATIONS, EPSILON);
  }

  /**
   * As {@link #calibrate(SurveyDesign, CalibrationModel, Map, CalibrationFunction, double, double)}
   * with R's {@code maxit} and {@code epsilon}.
   */
  public static CalibrationFit calibrate(
      SurveyDesign design,
      CalibrationModel model,
      Map<String, Double> population,
      CalibrationFunction function,
      double lower,
      double upper,
      int maxIterations,
      double epsilon) {
    int n = design.size();
    if (model.rowCount() != n) {
      throw new DesignInputException(
          ErrorCode.CALIBRATION_INPUT,
          "model",
          model.rowCount() + " model rows for a design of " + n + " rows");
    }
    if (!(lower <= upper)) {
      throw new DesignInputException(
          ErrorCode.CALIBRATION_INPUT, "bounds", "lower " + lower + " above upper " + upper);
    }
    double[] ww = design.weights;
    List<String> names = model.names();
    for (String name : population.keySet()) {
      if (!names.contains(name)) {
        throw new DesignInputException(
            ErrorCode.CALIBRATION_INPUT,
            "population " + name,
            "no model column of that name; the columns are " + names);
      }
    }
    List<Integer> kept = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      Double t = population.get(names.get(c));
      if (t == null || !Double.isFinite(t)) {
        throw new DesignInputException(
            ErrorCode.CALIBRATION_INPUT,
            "population " + names.get(c),
            "the model column needs a finite population total, not " + t);
      }
      double[] col = model.column(c);
      boolean allZero = true;
      for (double v : col) {
        allZero &= v == 0;
      }
      if (!(allZero && t == 0)) {
        kept.add(c);
      }
    }
    int p = kept.size();
    int[] keep = kept.stream().mapToInt(Integer::intValue).toArray();
    double[] x = model.matrix(keep);
    double[] pop = new double[p];
    String[] keptNames = new String[p];
    for (int a = 0; a < p; a++) {
      keptNames[a] = names.get(keep[a]);
      pop[a] = population.get(keptNames[a]);
    }
    double[] sampleTotal = new double[p];
    double[] gram = new double[p * p];
    for (int r = 0; r < n; r++) {
      int base = r * p;
      for (int a = 0; a < p; a++) {
        double xa = x[base + a] * ww[r];
        sampleTotal[a] += xa;
        for (int b = 0; b < p; b++) {
          gram[a * p + b] += xa * x[base + b];
        }
      }
    }
    double[] inverseGram = DenseAlgebra.inverse(gram, p);
    if (inverseGram == null) {
      throw new DesignInputException(
          ErrorCode.CALIBRATION_INPUT,
          "model",
          "the weighted model matrix of columns " + List.of(keptNames) + " is singular");
    }
    double[] g = new double[n];
    int iterations = 0;
    double achieved;
    if (function == CalibrationFunction.LINEAR
        && lower == Double.NEGATIVE_INFINITY
        && upper == Double.POSITIVE_INFINITY) {
      double[] misfit = new double[p];
      for (int a = 0; a < p; a++) {
        misfit[a] = pop[a] - sampleTotal[a];
      }
      double[] tT = DenseAlgebra.solve(gram, misfit, p);
      for (int r = 0; r < n; r++) {
        double u = 0;
        for (int a = 0; a < p; a++) {
          u += x[r * p + a] * tT[a];
        }
        g[r] = 1 + u;
      }
      achieved = 0;
    } else {
      GrakeSteps steps =
          GrakeSteps.run(
              x, p, ww, sampleTotal, pop, function, lower, upper, maxIterations, epsilon, g);
      iterations = steps.iterations();
      achieved = steps.achieved();
      if (steps.failed()) {
        throw new DesignInputException(
            ErrorCode.CALIBRATION_FAILED,
            "population " + keptNames[steps.worst()],
            "calibration failed: after "
                + iterations
                + " iterations the total of this column misses by "
                + achieved
                + " relative (epsilon "
                + epsilon
                + ") within the bounds ["
                + lower
                + ", "
                + upper
                + "]");
      }
    }
    double[] w = new double[n];
    for (int r = 0; r < n; r++) {
      w[r] = ww[r] * g[r];
    }
    Calibration.Greg greg = new Calibration.Greg(x, p, ww, g, inverseGram);
    return new CalibrationFit(design.withWeights(w, greg), iterations, achieved);
  }
}
