package org.tripart.stats.design;

import java.util.Arrays;

/**
 * R's {@code spline(x, y, n, method = "fmm")} (Forsythe, Malcolm and Moler end conditions, from R's
 * splines.c) and {@code approx(x, y, xout)} linear interpolation, ported so that profile likelihood
 * intervals agree with R's. Stateless; thread-safe.
 */
final class Splines {
  private Splines() {}

  /** {@code spline(x, y, n)}: {@code [xout, yout]} on n equally spaced points; x increasing. */
  static double[][] fmm(double[] x, double[] y, int n) {
    int m = x.length;
    double[] b = new double[m];
    double[] c = new double[m];
    double[] d = new double[m];
    coefficients(x, y, b, c, d);
    double[] xout = new double[n];
    double from = x[0];
    double to = x[m - 1];
    double by = (to - from) / (n - 1);
    for (int i = 0; i < n; i++) {
      xout[i] = i < n / 2 ? from + i * by : to - (n - 1 - i) * by;
    }
    xout[0] = from;
    xout[n - 1] = to;
    double[] yout = new double[n];
    int i = 0;
    for (int l = 0; l < n; l++) {
      double ul = xout[l];
      if (ul < x[i] || (i < m - 1 && x[i + 1] < ul)) {
        i = 0;
        int j = m;
        do {
          int k = (i + j) / 2;
          if (ul < x[k]) {
            j = k;
          } else {
            i = k;
          }
        } while (j > i + 1);
      }
      double dx = ul - x[i];
      yout[l] = y[i] + dx * (b[i] + dx * (c[i] + dx * d[i]));
    }
    return new double[][] {xout, yout};
  }

  private static void coefficients(
      double[] x0, double[] y0, double[] b0, double[] c0, double[] d0) {
    int n = x0.length;
    double[] x = shift(x0);
    double[] y = shift(y0);
    double[] b = new double[n + 1];
    double[] c = new double[n + 1];
    double[] d = new double[n + 1];
    if (n < 3) {
      double t = y[2] - y[1];
      b[1] = t / (x[2] - x[1]);
      b[2] = b[1];
    } else {
      int nm1 = n - 1;
      d[1] = x[2] - x[1];
      c[2] = (y[2] - y[1]) / d[1];
      for (int i = 2; i < n; i++) {
        d[i] = x[i + 1] - x[i];
        b[i] = 2.0 * (d[i - 1] + d[i]);
        c[i + 1] = (y[i + 1] - y[i]) / d[i];
        c[i] = c[i + 1] - c[i];
      }
      b[1] = -d[1];
      b[n] = -d[nm1];
      c[1] = 0;
      c[n] = 0;
      if (n > 3) {
        c[1] = c[3] / (x[4] - x[2]) - c[2] / (x[3] - x[1]);
        c[n] = c[nm1] / (x[n] - x[n - 2]) - c[n - 2] / (x[nm1] - x[n - 3]);
        c[1] = c[1] * d[1] * d[1] / (x[4] - x[1]);
        c[n] = -c[n] * d[nm1] * d[nm1] / (x[n] - x[n - 3]);
      }
      for (int i = 2; i <= n; i++) {
        double t = d[i - 1] / b[i - 1];
        b[i] = b[i] - t * d[i - 1];
        c[i] = c[i] - t * c[i - 1];
      }
      c[n] = c[n] / b[n];
      for (int i = nm1; i >= 1; i--) {
        c[i] = (c[i] - d[i] * c[i + 1]) / b[i];
      }
      b[n] = (y[n] - y[n - 1]) / d[n - 1] + d[n - 1] * (c[n - 1] + 2.0 * c[n]);
      for (int i = 1; i <= nm1; i++) {
        b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2.0 * c[i]);
        d[i] = (c[i + 1] - c[i]) / d[i];
        c[i] = 3.0 * c[i];
      }
      c[n] = 3.0 * c[n];
      d[n] = d[nm1];
    }
    System.arraycopy(b, 1, b0, 0, n);
    System.arraycopy(c, 1, c0, 0, n);
    System.arraycopy(d, 1, d0, 0, n);
  }

  private static double[] shift(double[] a) {
    double[] out = new double[a.length + 1];
    System.arraycopy(a, 0, out, 1, a.length);
    return out;
  }

  /** {@code approx(x, y, xout = v)$y}: x sorted first, ties averaged; NaN outside the range. */
  static double approx(double[] x0, double[] y0, double v) {
    Integer[] order = new Integer[x0.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x0[a], x0[b]));
    double[] x = new double[x0.length];
    double[] y = new double[x0.length];
    int m = 0;
    for (int k = 0; k < order.length; ) {
      int j = k;
      double sum = 0;
      while (j < order.length && x0[order[j]] == x0[order[k]]) {
        sum += y0[order[j]];
        j++;
      }
      x[m] = x0[order[k]];
      y[m] = sum / (j - k);
      m++;
      k = j;
    }
    if (v < x[0] || v > x[m - 1]) {
      return Double.NaN;
    }
    int i = 0;
    int j = m - 1;
    while (i < j - 1) {
      int ij = (i + j) / 2;
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
    return y[i] + (y[j] - y[i]) * ((v - x[i]) / (x[j] - x[i]));
  }
}
