package org.tripart.stats.model;

/** Small dense k-by-k row-major matrix steps for the ordinal regression. Stateless; thread-safe. */
final class OrdinalMatrix {
  private OrdinalMatrix() {}

  /** The inverse by Gauss-Jordan with partial pivoting, or null when (numerically) singular. */
  static double[] inverse(double[] m, int k) {
    double[] a = m.clone();
    double[] inv = new double[k * k];
    double scale = 0;
    for (int i = 0; i < k; i++) {
      inv[i * k + i] = 1;
      scale = Math.max(scale, Math.abs(a[i * k + i]));
    }
    for (int c = 0; c < k; c++) {
      int pivot = c;
      for (int r = c + 1; r < k; r++) {
        if (Math.abs(a[r * k + c]) > Math.abs(a[pivot * k + c])) {
          pivot = r;
        }
      }
      if (!(Math.abs(a[pivot * k + c]) > 1e-13 * scale)) {
        return null;
      }
      swap(a, k, c, pivot);
      swap(inv, k, c, pivot);
      double d = a[c * k + c];
      for (int j = 0; j < k; j++) {
        a[c * k + j] /= d;
        inv[c * k + j] /= d;
      }
      for (int r = 0; r < k; r++) {
        double f = a[r * k + c];
        if (r == c || f == 0) {
          continue;
        }
        for (int j = 0; j < k; j++) {
          a[r * k + j] -= f * a[c * k + j];
          inv[r * k + j] -= f * inv[c * k + j];
        }
      }
    }
    return inv;
  }

  private static void swap(double[] a, int k, int i, int j) {
    if (i == j) {
      return;
    }
    for (int c = 0; c < k; c++) {
      double t = a[i * k + c];
      a[i * k + c] = a[j * k + c];
      a[j * k + c] = t;
    }
  }

  /** {@code a b a'} for k-by-k matrices. */
  static double[] sandwich(double[] a, double[] b, int k) {
    double[] ab = new double[k * k];
    for (int i = 0; i < k; i++) {
      for (int l = 0; l < k; l++) {
        double v = a[i * k + l];
        if (v != 0) {
          for (int j = 0; j < k; j++) {
            ab[i * k + j] += v * b[l * k + j];
          }
        }
      }
    }
    double[] out = new double[k * k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double s = 0;
        for (int l = 0; l < k; l++) {
          s += ab[i * k + l] * a[j * k + l];
        }
        out[i * k + j] = s;
      }
    }
    return out;
  }
}
