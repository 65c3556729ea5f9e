package org.tripart.stats.design;

/**
 * R's {@code approx(x, y, xout, method, rule = 2, f = 0, ties = mean)} (stats, R 4.2) for one
 * {@code xout} at a time: {@code regularize.values} (order by x when unsorted, the mean y of tied
 * x), then the bisection and arithmetic of R's C {@code approx1}. Stateless; thread-safe.
 */
final class Approx {
  private Approx() {}

  /**
   * The regularized points {@code {x, y}} of the first n pairs (the arrays are not changed): sorted
   * by x with ties in their order, one point per distinct x with the mean of its y.
   */
  static double[][] regularize(double[] x, double[] y, int n) {
    boolean sorted = true;
    for (int i = 1; i < n && sorted; i++) {
      sorted = x[i - 1] <= x[i];
    }
    double[] sx = new double[n];
    double[] sy = new double[n];
    if (sorted) {
      System.arraycopy(x, 0, sx, 0, n);
      System.arraycopy(y, 0, sy, 0, n);
    } else {
      int[] rows = new int[n];
      for (int i = 0; i < n; i++) {
        rows[i] = i;
      }
      int[] o = StableOrder.of(x, rows, n);
      for (int i = 0; i < n; i++) {
        sx[i] = x[o[i]];
        sy[i] = y[o[i]];
      }
    }
    int m = 0;
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && sx[j] == sx[i]) {
        j++;
      }
      double v = sy[i];
      if (j - i > 1) {
        double s = 0;
        for (int k = i; k < j; k++) {
          s += sy[k];
        }
        v = s / (j - i);
      }
      sx[m] = sx[i];
      sy[m] = v;
      m++;
      i = j;
    }
    return new double[][] {java.util.Arrays.copyOf(sx, m), java.util.Arrays.copyOf(sy, m)};
  }

  /**
   * {@code approx1(v, x, y)} with {@code rule = 2}: y's first value left of x, its last right of
   * it; linear interpolation, or the constant {@code f = 0} step (the left point's y).
   */
  static double at(double[] x, double[] y, double v, boolean linear) {
    int n = x.length;
    int i = 0;
    int j = n - 1;
    if (v < x[i]) {
      return y[0];
    }
    if (v > x[j]) {
      return y[n - 1];
    }
    while (i < j - 1) {
      int ij = (i + j) >>> 1;
      if (v < x[ij]) {
        j = ij;
      } else {
        i = ij;
      }
    }
    if (v == x[j]) {
      return y[j];
    }
    if (v == x[i]) {
      return y[i];
    }
    if (linear) {
      return y[i] + (y[j] - y[i]) * ((v - x[i]) / (x[j] - x[i]));
    }
    return y[i] + 0.0;
  }
}
