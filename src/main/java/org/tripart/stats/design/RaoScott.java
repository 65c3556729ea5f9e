package org.tripart.stats.design;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

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
    int nr = 0;
    int nc = 0;
    for (int r = 0; r < n; r++) {
      nr = Math.max(nr, rows[r] + 1);
      nc = Math.max(nc, columns[r] + 1);
    }
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
    double bigN = n;
    double[] rowSum = new double[nr];
    double[] colSum = new double[nc];
    for (int c = 0; c < k; c++) {
      rowSum[c % nr] += p[c] * bigN;
      colSum[c / nr] += p[c] * bigN;
    }
    double pearson = 0;
    for (int c = 0; c < k; c++) {
      double expected = rowSum[c % nr] * colSum[c / nr] / bigN;
      double d = p[c] * bigN - expected;
      pearson += d * d / expected;
    }
    RealMatrix contrasts = contrasts(nr, nc);
    RealMatrix inverseP = new Array2DRowRealMatrix(k, k);
    for (int c = 0; c < k; c++) {
      inverseP.setEntry(c, c, p[c] == 0 ? 0 : 1 / p[c]);
    }
    RealMatrix cov = new Array2DRowRealMatrix(k, k);
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        cov.setEntry(a, b, v[a * k + b]);
      }
    }
    RealMatrix ct = contrasts.transpose();
    RealMatrix denom = ct.multiply(inverseP.scalarMultiply(1 / bigN)).multiply(contrasts);
    RealMatrix numr = ct.multiply(inverseP).multiply(cov).multiply(inverseP).multiply(contrasts);
    RealMatrix delta = new LUDecomposition(denom).getSolver().solve(numr);
    double trace = delta.getTrace();
    double trace2 = delta.multiply(delta).getTrace();
    double d0 = trace * trace / trace2;
    double nu = design.psuCount - design.strataCount;
    double f = pearson / trace;
    double ddf = d0 * nu;
    double pF = Beta.regularizedBeta(ddf / (ddf + d0 * f), ddf / 2, d0 / 2);
    int df = delta.getColumnDimension();
    double pChisq = Gamma.regularizedGammaQ(df / 2.0, pearson / (trace / df) / 2);
    double[][] cells = new double[nr][nc];
    double[][] ses = new double[nr][nc];
    for (int c = 0; c < k; c++) {
      cells[c % nr][c / nr] = p[c];
      ses[c % nr][c / nr] = Math.sqrt(v[c * k + c]);
    }
    return new RaoScottTest(pearson, f, d0, ddf, pF, pChisq, cells, ses);
  }

  /** The interaction columns of the saturated model, residualized on the main effects. */
  private static RealMatrix contrasts(int nr, int nc) {
    int k = nr * nc;
    RealMatrix main = new Array2DRowRealMatrix(k, nr + nc - 1);
    RealMatrix interaction = new Array2DRowRealMatrix(k, (nr - 1) * (nc - 1));
    for (int c = 0; c < k; c++) {
      int i = c % nr;
      int j = c / nr;
      main.setEntry(c, 0, 1);
      if (i > 0) {
        main.setEntry(c, i, 1);
      }
      if (j > 0) {
        main.setEntry(c, nr - 1 + j, 1);
      }
      if (i > 0 && j > 0) {
        interaction.setEntry(c, (i - 1) + (nr - 1) * (j - 1), 1);
      }
    }
    RealMatrix fitted = main.multiply(new QRDecomposition(main).getSolver().solve(interaction));
    return interaction.subtract(fitted);
  }
}
