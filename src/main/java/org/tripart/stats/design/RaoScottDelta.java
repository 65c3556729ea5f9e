package org.tripart.stats.design;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The part of R's {@code svychisq} (survey 4.1.1) that is the same for every kind of design once
 * the cell proportions and their covariance are known: Pearson's X^2 of the table scaled to the
 * number of rows, the generalized design effects Delta on the interaction contrasts residualized on
 * the main effects, and the first- and second-order Rao-Scott p-values. Used by {@link RaoScott}
 * (linearisation) and {@link ReplicateRaoScott} (replicates). Stateless; thread-safe.
 */
final class RaoScottDelta {
  private RaoScottDelta() {}

  /** The number of categories coded 0..k-1 (-1: missing) in {@code codes}: the largest plus one. */
  static int levels(int[] codes) {
    int k = 0;
    for (int c : codes) {
      k = Math.max(k, c + 1);
    }
    return k;
  }

  /**
   * @param p cell proportions, cell {@code i + nr * j} for row i, column j (R's column-major order)
   * @param v their covariance, k x k row-major
   * @param sampleSize the number of rows, to which R scales the table
   * @param designDf the design's degrees of freedom, times d0 the F test's denominator df
   */
  static RaoScottTest test(
      int nr, int nc, double[] p, double[] v, double sampleSize, double designDf) {
    int k = nr * nc;
    double[] rowSum = new double[nr];
    double[] colSum = new double[nc];
    for (int c = 0; c < k; c++) {
      rowSum[c % nr] += p[c] * sampleSize;
      colSum[c / nr] += p[c] * sampleSize;
    }
    double pearson = 0;
    for (int c = 0; c < k; c++) {
      double expected = rowSum[c % nr] * colSum[c / nr] / sampleSize;
      double d = p[c] * sampleSize - expected;
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
    RealMatrix denom = ct.multiply(inverseP.scalarMultiply(1 / sampleSize)).multiply(contrasts);
    RealMatrix numr = ct.multiply(inverseP).multiply(cov).multiply(inverseP).multiply(contrasts);
    RealMatrix delta = new LUDecomposition(denom).getSolver().solve(numr);
    double trace = delta.getTrace();
    double d0 = trace * trace / delta.multiply(delta).getTrace();
    double f = pearson / trace;
    double ddf = d0 * designDf;
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
