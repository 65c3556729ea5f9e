package org.tripart.stats.model;

import java.util.List;
import org.tripart.ErrorCode;

/**
 * Checks the covariates of an ordinal regression for what R's starting {@code glm.fit} would alias
 * (a constant column, or one that is a weighted linear combination of the intercept and earlier
 * columns), by modified Gram-Schmidt on the square-root-weighted columns in order, as the pivoting
 * QR of glm.fit keeps the earlier column. Stateless; thread-safe.
 */
final class OrdinalColumns {
  private static final double TOLERANCE = 1e-7;

  private OrdinalColumns() {}

  /**
   * Each column's range (maximum minus minimum) over the rows.
   *
   * @throws OrdinalInputException naming the first constant or aliased column
   */
  static double[] check(double[] x, double[] w, int m, int p, List<String> names) {
    double[][] basis = new double[p + 1][];
    double[] one = new double[m];
    for (int r = 0; r < m; r++) {
      one[r] = Math.sqrt(w[r]);
    }
    basis[0] = normalised(one);
    double[] range = new double[p];
    for (int j = 0; j < p; j++) {
      double[] c = new double[m];
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int r = 0; r < m; r++) {
        double v = x[r * p + j];
        c[r] = v * one[r];
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      range[j] = max - min;
      double before = Math.sqrt(dot(c, c));
      for (int b = 0; b <= j; b++) {
        if (basis[b] != null) {
          double d = dot(c, basis[b]);
          for (int r = 0; r < m; r++) {
            c[r] -= d * basis[b][r];
          }
        }
      }
      double after = Math.sqrt(dot(c, c));
      if (!(after > TOLERANCE * before)) {
        boolean constant = range[j] == 0;
        throw new OrdinalInputException(
            ErrorCode.ORDINAL_COVARIATE,
            "covariate " + names.get(j),
            constant
                ? "is constant in the model's rows (it is aliased with the cut points)"
                : "is a linear combination of the intercept and earlier covariates (aliased);"
                    + " drop it or another");
      }
      basis[j + 1] = normalised(c);
    }
    return range;
  }

  private static double[] normalised(double[] c) {
    double norm = Math.sqrt(dot(c, c));
    double[] out = new double[c.length];
    for (int r = 0; r < c.length; r++) {
      out[r] = c[r] / norm;
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int r = 0; r < a.length; r++) {
      s += a[r] * b[r];
    }
    return s;
  }
}
