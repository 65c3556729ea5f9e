package org.tripart.stats.design;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Small dense row-major matrix helpers for calibration and contrasts (p of a few dozen at most).
 * Stateless; thread-safe; inputs are not changed.
 */
final class DenseAlgebra {
  private static final double GINV_TOLERANCE = 256 * Math.ulp(1.0);

  private DenseAlgebra() {}

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (as LAPACK dgesv). */
  static double[] solve(double[] a, double[] b, int p) {
    double[] m = a.clone();
    double[] x = b.clone();
    for (int c = 0; c < p; c++) {
      int pivot = c;
      for (int r = c + 1; r < p; r++) {
        if (Math.abs(m[r * p + c]) > Math.abs(m[pivot * p + c])) {
          pivot = r;
        }
      }
      if (m[pivot * p + c] == 0) {
        return null;
      }
      if (pivot != c) {
        for (int j = 0; j < p; j++) {
          double t = m[c * p + j];
          m[c * p + j] = m[pivot * p + j];
          m[pivot * p + j] = t;
        }
        double t = x[c];
        x[c] = x[pivot];
        x[pivot] = t;
      }
      for (int r = c + 1; r < p; r++) {
        double f = m[r * p + c] / m[c * p + c];
        if (f == 0) {
          continue;
        }
        for (int j = c; j < p; j++) {
          m[r * p + j] -= f * m[c * p + j];
        }
        x[r] -= f * x[c];
      }
    }
    for (int c = p - 1; c >= 0; c--) {
      double s = x[c];
      for (int j = c + 1; j < p; j++) {
        s -= m[c * p + j] * x[j];
      }
      x[c] = s / m[c * p + c];
    }
    return x;
  }

  /**
   * The inverse, or null when the matrix is singular (a pivot below 1e-10 of the largest absolute
   * entry of its column).
   */
  static double[] inverse(double[] a, int p) {
    double[] scaleOf = new double[p];
    for (int c = 0; c < p; c++) {
      for (int r = 0; r < p; r++) {
        scaleOf[c] = Math.max(scaleOf[c], Math.abs(a[r * p + c]));
      }
      if (scaleOf[c] == 0) {
        return null;
      }
    }
    SingularValueDecomposition svd = new SingularValueDecomposition(matrix(a, p));
    double[] s = svd.getSingularValues();
    if (s[p - 1] <= 1e-10 * s[0]) {
      return null;
    }
    double[] out = new double[p * p];
    for (int j = 0; j < p; j++) {
      double[] e = new double[p];
      e[j] = 1;
      double[] col = solve(a, e, p);
      for (int i = 0; i < p; i++) {
        out[i * p + j] = col[i];
      }
    }
    return out;
  }

  /** R's {@code MASS::ginv(a, tol = 256 * .Machine$double.eps)}: the Moore-Penrose inverse. */
  static double[] ginv(double[] a, int p) {
    SingularValueDecomposition svd = new SingularValueDecomposition(matrix(a, p));
    double[] d = svd.getSingularValues();
    RealMatrix u = svd.getU();
    RealMatrix v = svd.getV();
    double cut = Math.max(GINV_TOLERANCE * d[0], 0);
    double[] out = new double[p * p];
    for (int k = 0; k < p; k++) {
      if (!(d[k] > cut)) {
        continue;
      }
      for (int i = 0; i < p; i++) {
        double vik = v.getEntry(i, k) / d[k];
        for (int j = 0; j < p; j++) {
          out[i * p + j] += vik * u.getEntry(j, k);
        }
      }
    }
    return out;
  }

  /** The product of a p-by-p matrix and a vector. */
  static double[] times(double[] a, double[] x, int p) {
    double[] out = new double[p];
    for (int i = 0; i < p; i++) {
      double s = 0;
      for (int j = 0; j < p; j++) {
        s += a[i * p + j] * x[j];
      }
      out[i] = s;
    }
    return out;
  }

  private static RealMatrix matrix(double[] a, int p) {
    double[][] m = new double[p][p];
    for (int i = 0; i < p; i++) {
      System.arraycopy(a, i * p, m[i], 0, p);
    }
    return new Array2DRowRealMatrix(m, false);
  }
}
