package org.tripart.stats.design;

/**
 * Rao-Scott adjusted chi-square tests for a two-way table under a survey design, as {@code
 * survey:::svychisq.survey.design} (survey 4.1.1) computes them: the design-based covariance of the
 * cell proportions, the generalized design effects Delta on the interaction contrasts, and
 * Pearson's X^2 of the weighted table scaled to the number of rows. Stateless; thread-safe.
 */
public final class RaoScott {
  private RaoScott() {}

  /**
   * Tests association between two coded variables over the whole design.
   *
   * @param rows category of every row for the table's rows, 0..r-1, or -1 when missing
   * @param columns category of every row for the table's columns, 0..c-1, or -1 when missing
   */
  public static RaoScottTest test(SurveyDesign design, int[] rows, int[] columns) {
    int n = design.size();
    DesignEstimates.checkLength(design, rows.length, "rows");
    DesignEstimates.checkLength(design, columns.length, "columns");
    int nr = RaoScottDelta.levels(rows);
    int nc = RaoScottDelta.levels(columns);
    if (nr < 2 || nc < 2) {
      throw new DesignInputException("svychisq", "a table needs at least two rows and columns");
    }
    int k = nr * nc;
    double[] w = design.weights;
    double total = 0;
    double[] cellWeight = new double[k];
    for (int r = 0; r < n; r++) {
      if (rows[r] >= 0 && columns[r] >= 0) {
        total += w[r];
        cellWeight[rows[r] + nr * columns[r]] += w[r];
      }
    }
    double[] p = new double[k];
    for (int c = 0; c < k; c++) {
      p[c] = cellWeight[c] / total;
    }
    double[] z = new double[n * k];
    boolean[] present = new boolean[design.psuCount];
    for (int r = 0; r < n; r++) {
      if (rows[r] >= 0 && columns[r] >= 0) {
        int cell = rows[r] + nr * columns[r];
        for (int c = 0; c < k; c++) {
          z[r * k + c] = w[r] * ((c == cell ? 1 : 0) - p[c]) / total;
        }
        present[design.psu[r]] = true;
      }
    }
    if (design.isCalibrated()) {
      Variance.calibrate(design, z, k);
      present = null;
    }
    int[] unit = Variance.units(design);
    double[] t = new double[Variance.unitCount(design) * k];
    for (int r = 0; r < n; r++) {
      if (present == null || rows[r] >= 0 && columns[r] >= 0) {
        for (int c = 0; c < k; c++) {
          t[unit[r] * k + c] += z[r * k + c];
        }
      }
    }
    double[] v = Variance.of(design, t, k, present);
    return RaoScottDelta.test(nr, nc, p, v, n, design.psuCount - design.strataCount);
  }
}
