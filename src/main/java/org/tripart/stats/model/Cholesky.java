package org.tripart.stats.model;

import java.util.List;
import org.tripart.ErrorCode;

/**
 * Cholesky factor of a symmetric positive definite p-by-p matrix (row-major, upper triangle read),
 * in column order, refusing a column whose part not explained by the columns before it is
 * negligible: R's {@code dqrdc2} (the QR of {@code glm.fit}) marks such a column aliased, and so
 * does this, at a squared norm ratio of 1e-12. Immutable once built.
 */
final class Cholesky {
  static final double ALIAS_TOLERANCE = 1e-12;
  private final int p;
  private final double[] l;

  Cholesky(double[] a, int p, List<String> columns) {
    this.p = p;
    this.l = new double[p * p];
    for (int j = 0; j < p; j++) {
      double d = a[j * p + j];
      for (int k = 0; k < j; k++) {
        d -= l[j * p + k] * l[j * p + k];
      }
      double original = a[j * p + j];
      if (!(original > 0) || !(d > ALIAS_TOLERANCE * original)) {
        throw new ModelInputException(
            ErrorCode.MODEL_ALIASED,
            "column " + columns.get(j),
            original > 0
                ? "is a linear combination of the columns before it (aliased, R gives NA); drop it"
                : "is zero on every row with a positive weight; drop it");
      }
      double ljj = Math.sqrt(d);
      l[j * p + j] = ljj;
      for (int i = j + 1; i < p; i++) {
        double s = j <= i ? a[j * p + i] : a[i * p + j];
        for (int k = 0; k < j; k++) {
          s -= l[i * p + k] * l[j * p + k];
        }
        l[i * p + j] = s / ljj;
      }
    }
  }

  /** The solution x of A x = b. */
  double[] solve(double[] b) {
    double[] x = b.clone();
    for (int i = 0; i < p; i++) {
      double s = x[i];
      for (int k = 0; k < i; k++) {
        s -= l[i * p + k] * x[k];
      }
      x[i] = s / l[i * p + i];
    }
    for (int i = p - 1; i >= 0; i--) {
      double s = x[i];
      for (int k = i + 1; k < p; k++) {
        s -= l[k * p + i] * x[k];
      }
      x[i] = s / l[i * p + i];
    }
    return x;
  }

  /** A^-1, row-major, as R's {@code chol2inv}. */
  double[] inverse() {
    double[] inv = new double[p * p];
    double[] e = new double[p];
    for (int c = 0; c < p; c++) {
      java.util.Arrays.fill(e, 0);
      e[c] = 1;
      double[] col = solve(e);
      for (int r = 0; r < p; r++) {
        inv[r * p + c] = col[r];
      }
    }
    for (int r = 0; r < p; r++) {
      for (int c = r + 1; c < p; c++) {
        double m = (inv[r * p + c] + inv[c * p + r]) / 2;
        inv[r * p + c] = m;
        inv[c * p + r] = m;
      }
    }
    return inv;
  }
}
