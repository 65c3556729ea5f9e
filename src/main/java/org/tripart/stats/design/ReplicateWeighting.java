package org.tripart.stats.design;

import java.util.List;
import org.tripart.ErrorCode;

/**
 * Calibration of a replicate design, as R's {@code postStratify.svyrep.design} and {@code rake} on
 * a {@code svyrep.design} (survey 4.1.1): the full-sample weights and every replicate's analysis
 * weights are each scaled, post-stratum by post-stratum, to the same population counts, so that the
 * replicates carry the calibration into the variance. Stateless and thread-safe; inputs are never
 * changed.
 */
public final class ReplicateWeighting {
  private ReplicateWeighting() {}

  /**
   * {@code postStratify(design, ~g, population)}.
   *
   * @param group post-stratum of every row, 0..populationTotals.length-1
   * @throws ReplicateInputException when a post-stratum has sample weight but no population,
   *     population but no sample weight, or weight 0 in some replicate (R gives NaN there)
   */
  public static ReplicateDesign postStratify(
      ReplicateDesign design, int[] group, double[] populationTotals) {
    return postStratify(design, group, populationTotals, "postStratify");
  }

  /**
   * {@code rake(design, margins, totals, control = list(maxit, epsilon))}: post-stratifies on each
   * margin in turn until no cell of the margins' joint table under the full-sample weights changes
   * by {@code epsilon} or more ({@code epsilon < 1}: a fraction of the weight total).
   */
  public static ReplicateRakeResult rake(
      ReplicateDesign design,
      List<int[]> margins,
      List<double[]> totals,
      int maxIterations,
      double epsilon) {
    if (margins.size() != totals.size() || margins.isEmpty()) {
      throw fail("rake", "needs one list of population totals per margin");
    }
    double tolerance = RakeCells.tolerance(design.weights, epsilon);
    RakeCells cells = RakeCells.of(margins, totals, design.size());
    double[] oldTable = cells.table(design.weights);
    ReplicateDesign d = design;
    int iterations = 0;
    double delta = Double.NaN;
    boolean converged = false;
    while (iterations < maxIterations) {
      for (int m = 0; m < margins.size(); m++) {
        d = postStratify(d, margins.get(m), totals.get(m), "rake margin " + (m + 1));
      }
      double[] newTable = cells.table(d.weights);
      delta = RakeCells.change(oldTable, newTable);
      if (delta < tolerance) {
        converged = true;
        break;
      }
      oldTable = newTable;
      iterations++;
    }
    return new ReplicateRakeResult(d, converged ? iterations + 1 : iterations, delta, converged);
  }

  private static ReplicateDesign postStratify(
      ReplicateDesign design, int[] group, double[] population, String where) {
    int n = design.size();
    int k = design.replicates;
    int g = population.length;
    RakeCells.checkGroups(group, n, g, where, ReplicateWeighting::fail);
    double[] sample = new double[g];
    double[] repSample = new double[g * k];
    double[] a = design.analysis;
    for (int r = 0; r < n; r++) {
      int h = group[r];
      sample[h] += design.weights[r];
      int o = r * k;
      int q = h * k;
      for (int j = 0; j < k; j++) {
        repSample[q + j] += a[o + j];
      }
    }
    double[] factor = new double[g];
    double[] repFactor = new double[g * k];
    for (int h = 0; h < g; h++) {
      factor[h] =
          RakeCells.factor(
              sample[h], population[h], where + " group " + h, ReplicateWeighting::fail);
      boolean sampleZero = sample[h] == 0;
      for (int j = 0; j < k; j++) {
        double s = repSample[h * k + j];
        if (!sampleZero && s == 0) {
          throw fail(
              where + " group " + h + " replicate " + (j + 1),
              "the replicate gives the post-stratum no weight, so it cannot be calibrated");
        }
        repFactor[h * k + j] = sampleZero ? 1 : population[h] / s;
      }
    }
    double[] w = new double[n];
    double[] out = new double[n * k];
    for (int r = 0; r < n; r++) {
      int h = group[r];
      w[r] = design.weights[r] * factor[h];
      int o = r * k;
      int q = h * k;
      for (int j = 0; j < k; j++) {
        out[o + j] = a[o + j] * repFactor[q + j];
      }
    }
    return design.withAnalysisWeights(w, out);
  }

  private static ReplicateInputException fail(String where, String problem) {
    return ReplicateDesignBuilder.fail(ErrorCode.REPLICATE_CONVERSION, where, problem);
  }
}
