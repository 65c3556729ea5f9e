package org.tripart.stats.design;

import java.util.BitSet;

/**
 * The rank R's {@code degf.svyrep.design} (survey 4.1.1) takes of the analysis weights, {@code
 * qr(weights(design, "analysis"), tol = 1e-5)$rank}: LINPACK's {@code dqrdc2} keeps the columns in
 * order, skipping a column whose part orthogonal to the kept ones is below 1e-5 of its own norm.
 *
 * <p>First from the R x R cross-product, one pass over rows. Its squared residuals are exact to
 * about the rounding of the cross-product divided by the smallest kept residual, so when a kept
 * column is itself nearly dependent (as in a domain of a split BRR design, where a residual of 4e-5
 * leaves the later, dependent columns' residuals at 1e-8 of noise) or a residual lies near the
 * threshold, the rank is taken again from a stable QR: the rows are rotated one by one (Givens)
 * into an R x R triangle with the columns' geometry, whose columns are then orthogonalised twice
 * (classical Gram-Schmidt with reorthogonalisation). Stateless; thread-safe.
 */
final class ReplicateRank {
  private ReplicateRank() {}

  static final double TOL2 = 1e-10;
  private static final double EPS = 0x1p-52;

  /**
   * The rank of the n x k row-major matrix {@code a} over {@code rows} (null: all rows).
   *
   * @param a the analysis weights, {@code a[r * k + j]}
   */
  static int of(double[] a, int n, int k, BitSet rows) {
    return of(a, n, k, rows, null);
  }

  /**
   * As {@link #of(double[], int, int, BitSet)}, given the cross-product of all rows: a domain of
   * more than half the rows then takes it minus the rows outside, unless that leaves a column with
   * less than 1e-6 of its norm (then the rows are summed afresh); the rounding of the difference,
   * grown by the largest ratio of a column's norms, is allowed for in the reliability check.
   */
  static int of(double[] a, int n, int k, BitSet rows, double[] fullGram) {
    double[] g = null;
    int used = 0;
    double amplification = 1;
    if (rows != null && fullGram != null && rows.cardinality() > n / 2) {
      g = fullGram.clone();
      BitSet outside = (BitSet) rows.clone();
      outside.flip(0, n);
      double[] minus = upper(a, n, k, outside);
      for (int i = 0; i < g.length; i++) {
        g[i] -= minus[i];
      }
      mirror(g, k);
      for (int i = 0; i < k && g != null; i++) {
        double full = fullGram[i * k + i];
        double left = g[i * k + i];
        if (full > 0 && !(left > 1e-6 * full)) {
          g = null;
        } else if (full > 0) {
          amplification = Math.max(amplification, full / left);
        }
      }
      used = n;
    }
    if (g == null && rows == null && fullGram != null) {
      g = fullGram.clone();
      used = n;
    } else if (g == null) {
      g = gram(a, n, k, rows);
      used = rows == null ? n : rows.cardinality();
      amplification = 1;
    }
    double[] l = new double[k * k];
    int[] kept = new int[k];
    double[] relative = new double[k];
    int rank = 0;
    double smallest = 1;
    for (int j = 0; j < k; j++) {
      double norm2 = g[j * k + j];
      double[] coef = new double[rank];
      double resid = norm2;
      for (int q = 0; q < rank; q++) {
        double s = g[kept[q] * k + j];
        for (int p = 0; p < q; p++) {
          s -= l[q * k + p] * coef[p];
        }
        coef[q] = s / l[q * k + q];
        resid -= coef[q] * coef[q];
      }
      relative[j] = norm2 > 0 ? resid / norm2 : 0;
      if (norm2 > 0 && resid > TOL2 * norm2) {
        for (int q = 0; q < rank; q++) {
          l[rank * k + q] = coef[q];
        }
        l[rank * k + rank] = Math.sqrt(resid);
        kept[rank++] = j;
        smallest = Math.min(smallest, relative[j]);
      }
    }
    double noise = 8 * EPS * (k + Math.sqrt(used)) * amplification / smallest;
    boolean doubtful = noise > 0.1 * TOL2;
    for (int j = 0; j < k && !doubtful; j++) {
      doubtful = Math.abs(relative[j] - TOL2) < noise;
    }
    return doubtful ? stable(a, n, k, rows) : rank;
  }

  /** The k x k cross-product (full, symmetric) of the rows (null: all). */
  static double[] gram(double[] a, int n, int k, BitSet rows) {
    double[] g = upper(a, n, k, rows);
    mirror(g, k);
    return g;
  }

  private static final int BLOCK = 8192;

  /**
   * The upper triangle of the cross-product: rows in fixed blocks (at most 64 of them, of at least
   * 8,192 rows, on the common pool when large) summed in block order, so the result does not depend
   * on the number of cores; four rows at a time within a block, so that the triangle is read and
   * written a quarter as often.
   */
  private static double[] upper(double[] a, int n, int k, BitSet rows) {
    int[] list = rows == null ? null : rows.stream().toArray();
    int count = list == null ? n : list.length;
    int size = Math.max(BLOCK, (count + 63) / 64);
    int blocks = (count + size - 1) / size;
    double[][] parts = new double[blocks][];
    java.util.stream.IntStream range = java.util.stream.IntStream.range(0, blocks);
    if ((long) count * k * k > 50_000_000L) {
      range = range.parallel();
    }
    range.forEach(
        b -> {
          double[] g = new double[k * k];
          int from = b * size;
          int to = Math.min(count, from + size);
          int i0 = from;
          for (; i0 + 3 < to; i0 += 4) {
            int o0 = (list == null ? i0 : list[i0]) * k;
            int o1 = (list == null ? i0 + 1 : list[i0 + 1]) * k;
            int o2 = (list == null ? i0 + 2 : list[i0 + 2]) * k;
            int o3 = (list == null ? i0 + 3 : list[i0 + 3]) * k;
            for (int i = 0; i < k; i++) {
              double x0 = a[o0 + i];
              double x1 = a[o1 + i];
              double x2 = a[o2 + i];
              double x3 = a[o3 + i];
              int gi = i * k;
              for (int j = i; j < k; j++) {
                g[gi + j] += x0 * a[o0 + j] + x1 * a[o1 + j] + x2 * a[o2 + j] + x3 * a[o3 + j];
              }
            }
          }
          for (; i0 < to; i0++) {
            int o = (list == null ? i0 : list[i0]) * k;
            for (int i = 0; i < k; i++) {
              double x = a[o + i];
              int gi = i * k;
              for (int j = i; j < k; j++) {
                g[gi + j] += x * a[o + j];
              }
            }
          }
          parts[b] = g;
        });
    double[] g = new double[k * k];
    for (double[] part : parts) {
      for (int i = 0; i < g.length; i++) {
        g[i] += part[i];
      }
    }
    return g;
  }

  private static void mirror(double[] g, int k) {
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        g[i * k + j] = g[j * k + i];
      }
    }
  }

  private static int stable(double[] a, int n, int k, BitSet rows) {
    double[] t = new double[k * k];
    double[] x = new double[k];
    for (int r = first(rows); r >= 0 && r < n; r = next(rows, r)) {
      System.arraycopy(a, r * k, x, 0, k);
      for (int i = 0; i < k; i++) {
        double xi = x[i];
        if (xi == 0) {
          continue;
        }
        int o = i * k;
        double tii = t[o + i];
        double h = Math.sqrt(tii * tii + xi * xi);
        double c = tii / h;
        double s = xi / h;
        t[o + i] = h;
        for (int j = i + 1; j < k; j++) {
          double u = t[o + j];
          double v = x[j];
          t[o + j] = c * u + s * v;
          x[j] = c * v - s * u;
        }
      }
    }
    double[][] basis = new double[k][];
    int rank = 0;
    double[] col = new double[k];
    for (int j = 0; j < k; j++) {
      double norm2 = 0;
      for (int i = 0; i <= j; i++) {
        col[i] = t[i * k + j];
        norm2 += col[i] * col[i];
      }
      java.util.Arrays.fill(col, j + 1, k, 0);
      if (norm2 == 0) {
        continue;
      }
      for (int pass = 0; pass < 2; pass++) {
        for (int q = 0; q < rank; q++) {
          double[] b = basis[q];
          double d = 0;
          for (int i = 0; i <= j; i++) {
            d += b[i] * col[i];
          }
          for (int i = 0; i <= j; i++) {
            col[i] -= d * b[i];
          }
        }
      }
      double resid = 0;
      for (int i = 0; i <= j; i++) {
        resid += col[i] * col[i];
      }
      if (resid > TOL2 * norm2) {
        double inv = 1 / Math.sqrt(resid);
        double[] b = new double[k];
        for (int i = 0; i <= j; i++) {
          b[i] = col[i] * inv;
        }
        basis[rank++] = b;
      }
    }
    return rank;
  }

  private static int first(BitSet rows) {
    return rows == null ? 0 : rows.nextSetBit(0);
  }

  private static int next(BitSet rows, int r) {
    return rows == null ? r + 1 : rows.nextSetBit(r + 1);
  }
}
