package org.tripart.stats.design;

import org.tripart.ErrorCode;

/**
 * The Rao-Scott test of a two-way table on a replicate design, as {@code
 * survey:::svychisq.svyrep.design} (survey 4.1.1): the cell proportions' covariance from the
 * replicates ({@code svrVar}), Delta on the interaction contrasts, Pearson's X^2 of the full-sample
 * table scaled to the number of rows; the second-order F on d0 and d0 * {@code degf(design)}
 * degrees of freedom. Stateless; thread-safe.
 */
public final class ReplicateRaoScott {
  private ReplicateRaoScott() {}

  /**
   * @param rows category of every row, 0..r-1, or -1 when missing (the row leaves the table)
   * @param columns category of every row, 0..c-1, or -1 when missing
   */
  public static RaoScottTest test(ReplicateDesign design, int[] rows, int[] columns) {
    return test(design, rows, columns, null);
  }

  /**
   * {@code svychisq(~rows + columns, subset(design, subset))}: R's subset of a replicate design
   * keeps only its rows, so X^2 is scaled to their number and the F test's denominator df is d0
   * times their {@code degf}; a row outside the subset must be missing (-1) in {@code rows}.
   *
   * @param subset the rows of the subset design, null for all
   */
  public static RaoScottTest test(
      ReplicateDesign design, int[] rows, int[] columns, java.util.BitSet subset) {
    int n = design.size();
    if (rows.length != n || columns.length != n) {
      throw ReplicateDesignBuilder.fail(
          ErrorCode.REPLICATE_ESTIMATE, "svychisq", "categories of a length other than " + n);
    }
    int nr = RaoScottDelta.levels(rows);
    int nc = RaoScottDelta.levels(columns);
    if (nr < 2 || nc < 2) {
      throw ReplicateDesignBuilder.fail(
          ErrorCode.REPLICATE_ESTIMATE, "svychisq", "a table needs at least two rows and columns");
    }
    int k = nr * nc;
    int reps = design.replicates;
    double[] cell = new double[k];
    double[] repCell = new double[reps * k];
    double[] repTotal = new double[reps];
    double total = 0;
    double[] a = design.analysis;
    for (int r = 0; r < n; r++) {
      if (rows[r] < 0 || columns[r] < 0) {
        continue;
      }
      int c = rows[r] + nr * columns[r];
      cell[c] += design.weights[r];
      total += design.weights[r];
      int o = r * reps;
      for (int j = 0; j < reps; j++) {
        repCell[j * k + c] += a[o + j];
        repTotal[j] += a[o + j];
      }
    }
    double[] p = new double[k];
    for (int c = 0; c < k; c++) {
      p[c] = cell[c] / total;
    }
    for (int j = 0; j < reps; j++) {
      for (int c = 0; c < k; c++) {
        repCell[j * k + c] /= repTotal[j];
      }
    }
    double[] v = ReplicateVariance.covariance(design, repCell, p);
    if (subset != null) {
      for (int r = 0; r < n; r++) {
        if (!subset.get(r) && rows[r] >= 0 && columns[r] >= 0) {
          throw ReplicateDesignBuilder.fail(
              ErrorCode.REPLICATE_ESTIMATE,
              "svychisq row " + (r + 1),
              "lies outside the subset but is in the table");
        }
      }
    }
    double size = subset == null ? n : subset.cardinality();
    return RaoScottDelta.test(nr, nc, p, v, size, design.degreesOfFreedom(subset));
  }
}
