package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration of design weights to known population counts, as R's survey package does it: {@code
 * postStratify}, {@code rake} (iterative proportional fitting) and {@code trimWeights}. The
 * calibrated designs remember what {@code svyrecvar} needs so that standard errors reflect the
 * calibration. Stateless and thread-safe; inputs are never changed.
 */
public final class Weighting {
  private Weighting() {}

  /**
   * {@code postStratify(design, ~g, population)}: weights in each post-stratum scaled to its
   * population count.
   *
   * @param group post-stratum of every row, 0..populationTotals.length-1
   * @param populationTotals population count of every post-stratum
   * @throws DesignInputException when a post-stratum has sample rows but no population, or
   *     population but no sample rows
   */
  public static SurveyDesign postStratify(
      SurveyDesign design, int[] group, double[] populationTotals) {
    Calibration.PostStrata ps = postStrata(design.weights, group, populationTotals, "postStratify");
    return design.withWeights(ps.weights(), ps);
  }

  /**
   * {@code rake(design, margins, totals, control = list(maxit, epsilon))}: post-stratifies on each
   * margin in turn until no weighted cell of the margins' joint table changes by {@code epsilon} or
   * more ({@code epsilon < 1} is taken, as in R, as a fraction of the weight total).
   *
   * @param margins per margin, the category of every row
   * @param totals per margin, the population count of every category
   */
  public static RakeResult rake(
      SurveyDesign design,
      List<int[]> margins,
      List<double[]> totals,
      int maxIterations,
      double epsilon) {
    if (margins.size() != totals.size() || margins.isEmpty()) {
      throw new DesignInputException("rake", "needs one list of population totals per margin");
    }
    double[] w = design.weights;
    double tolerance = RakeCells.tolerance(w, epsilon);
    RakeCells cells = RakeCells.of(margins, totals, design.size());
    double[] oldTable = cells.table(w);
    List<Calibration.PostStrata> pass = List.of();
    int iterations = 0;
    double delta = Double.NaN;
    boolean converged = false;
    while (iterations < maxIterations) {
      List<Calibration.PostStrata> steps = new ArrayList<>();
      for (int m = 0; m < margins.size(); m++) {
        Calibration.PostStrata ps =
            postStrata(w, margins.get(m), totals.get(m), "rake margin " + (m + 1));
        steps.add(ps);
        w = ps.weights();
      }
      pass = steps;
      double[] newTable = cells.table(w);
      delta = RakeCells.change(oldTable, newTable);
      if (delta < tolerance) {
        converged = true;
        break;
      }
      oldTable = newTable;
      iterations++;
    }
    List<Calibration> all = new ArrayList<>(design.calibrations);
    if (!pass.isEmpty()) {
      all.add(new Calibration.Raking(pass));
    }
    int passes = converged ? iterations + 1 : iterations;
    return new RakeResult(design.withCalibrations(w, all), passes, delta, converged);
  }

  /**
   * {@code trimWeights(design, upper, lower)}: weights outside [lower, upper] are set to the bound
   * and the amount trimmed is shared equally among the other rows, so the total is kept; with
   * {@code strict} this repeats until no weight lies outside.
   */
  public static SurveyDesign trimWeights(
      SurveyDesign design, double lower, double upper, boolean strict) {
    double[] pw = design.weights;
    int inside = 0;
    double trimmed = 0;
    double[] out = new double[pw.length];
    for (int r = 0; r < pw.length; r++) {
      out[r] = Math.max(lower, Math.min(pw[r], upper));
      trimmed += pw[r] - out[r];
      if (out[r] == pw[r] && !(pw[r] < lower || pw[r] > upper)) {
        inside++;
      }
    }
    if (inside == pw.length) {
      return design;
    }
    if (inside == 0) {
      throw new DesignInputException("trimWeights", "every weight lies outside the bounds");
    }
    for (int r = 0; r < pw.length; r++) {
      if (!(pw[r] < lower || pw[r] > upper)) {
        out[r] += trimmed / inside;
      }
    }
    SurveyDesign trimmedDesign = design.withWeights(out, null);
    return strict ? trimWeights(trimmedDesign, lower, upper, true) : trimmedDesign;
  }

  private static Calibration.PostStrata postStrata(
      double[] weights, int[] group, double[] population, String where) {
    int g = population.length;
    RakeCells.checkGroups(group, weights.length, g, where, DesignInputException::new);
    double[] sample = new double[g];
    for (int r = 0; r < weights.length; r++) {
      sample[group[r]] += weights[r];
    }
    double[] factor = new double[g];
    for (int k = 0; k < g; k++) {
      factor[k] =
          RakeCells.factor(
              sample[k], population[k], where + " group " + k, DesignInputException::new);
    }
    double[] after = new double[weights.length];
    for (int r = 0; r < weights.length; r++) {
      after[r] = 1 / ((1 / weights[r]) / factor[group[r]]);
    }
    return new Calibration.PostStrata(group, g, after, weights);
  }
}
