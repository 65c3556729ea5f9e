package org.tripart.stats.design;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
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
    int n = design.size();
    if (rows.length != n || columns.length != n) {
      throw ReplicateDesignBuilder.fail(
          ErrorCode.REPLICATE_ESTIMATE, "svychisq", "categories of a length other than " + n);
    }
    int nr = 0;
    int nc = 0;
    for (int r = 0; r < n; r++) {
      nr = Math.max(nr, rows[r] + 1);
      nc = Math.max(nc, columns[r] + 1);
    }
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
    RealMatrix cov = new Array2DRowRealMatrix(k, k);
    for (int x = 0; x < k; x++) {
      inverseP.setEntry(x, x, p[x] == 0 ? 0 : 1 / p[x]);
      for (int y = 0; y < k; y++) {
        cov.setEntry(x, y, v[x * k + y]);
      }
    }
    RealMatrix ct = contrasts.transpose();
    RealMatrix denom = ct.multiply(inverseP.scalarMultiply(1 / bigN)).multiply(contrasts);
    RealMatrix numr = ct.multiply(inverseP).multiply(cov).multiply(inverseP).multiply(contrasts);
    RealMatrix delta = new LUDecomposition(denom).getSolver().solve(numr);
    double trace = delta.getTrace();
    double d0 = trace * trace / delta.multiply(delta).getTrace();
    double f = pearson / trace;
    double ddf = d0 * design.degreesOfFreedom();
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
