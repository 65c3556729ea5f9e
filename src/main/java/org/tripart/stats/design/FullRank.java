package org.tripart.stats.design;

import java.util.BitSet;

/**
 * A cheap proof that rows of the analysis weights have full column rank under R's {@code qr(, tol =
 * 1e-5)}, so that {@code degf} of a domain needs no pass over all its rows when the proof holds
 * (see {@link #of}); when it does not, {@link ReplicateRank} decides. Stateless; thread-safe.
 */
final class FullRank {
  private FullRank() {}

  /**
   * True when the rows (null: all) certainly have full column rank k under R's tolerance, shown
   * from the first 8,192 (then 65,536) of them alone: adding rows to a set only adds a positive
   * semi-definite matrix to its cross-product, so no column's residual (orthogonal to the columns
   * before it) over all the rows is below its residual over those first rows; when each such
   * residual is at least 1e3 times R's threshold times the column's norm over ALL rows of the
   * design ({@code norms}, squared), and computed to within 1e-3 (the first rows are themselves far
   * from dependent), every column over the given rows clears the threshold by that margin, so
   * {@code qr(, tol = 1e-5)} and {@link #of} keep all k. False means only "not shown".
   *
   * @param norms the squared norm of every column over all n rows
   */
  static boolean of(double[] a, int n, int k, BitSet rows, double[] norms) {
    int count = rows == null ? n : rows.cardinality();
    for (int size : new int[] {8192, 65536}) {
      int m = Math.min(size, count);
      BitSet first = new BitSet(n);
      if (rows == null) {
        first.set(0, m);
      } else {
        for (int r = rows.nextSetBit(0), i = 0; r >= 0 && i < m; r = rows.nextSetBit(r + 1), i++) {
          first.set(r);
        }
      }
      if (m >= k && clears(ReplicateRank.gram(a, n, k, first), k, norms)) {
        return true;
      }
      if (m == count) {
        return false;
      }
    }
    return false;
  }

  private static boolean clears(double[] g, int k, double[] norms) {
    double[] l = new double[k * k];
    double[] coef = new double[k];
    for (int j = 0; j < k; j++) {
      double norm2 = g[j * k + j];
      double resid = norm2;
      for (int q = 0; q < j; q++) {
        double s = g[q * k + j];
        for (int p = 0; p < q; p++) {
          s -= l[q * k + p] * coef[p];
        }
        coef[q] = s / l[q * k + q];
        resid -= coef[q] * coef[q];
      }
      if (!(norm2 > 0
          && resid > 1e-6 * norm2
          && resid * (1 - 1e-3) > 1e3 * ReplicateRank.TOL2 * norms[j])) {
        return false;
      }
      System.arraycopy(coef, 0, l, j * k, j);
      l[j * k + j] = Math.sqrt(resid);
    }
    return true;
  }

  /** The squared norm of every column over all rows. */
  static double[] norms(double[] a, int n, int k) {
    double[] out = new double[k];
    for (int r = 0; r < n; r++) {
      int o = r * k;
      for (int j = 0; j < k; j++) {
        out[j] += a[o + j] * a[o + j];
      }
    }
    return out;
  }
}
