package org.tripart.stats.design;

/**
 * The variance adjustment of a GREG calibration, as R's {@code svyrecvar} applies a {@code
 * "greg_calibration"} object: {@code qr.resid(qr(X sqrt(w0)), z / (g sqrt(w0))) * g sqrt(w0)},
 * worked out in closed form as {@code z_i - g_i w0_i x_i' B} with {@code B = (sum w0 x x')^-1 sum x
 * z / g}. Rows with a zero weight before calibration are left as they are (R divides zero by zero
 * there and gets NaN). Stateless; thread-safe.
 */
final class GregResiduals {
  private GregResiduals() {}

  /** Replaces the row-level influence matrix {@code z[row * k + j]} by its residuals, in place. */
  static void apply(Calibration.Greg greg, double[] z, int k) {
    int p = greg.columns();
    double[] x = greg.model();
    double[] w0 = greg.oldWeights();
    double[] g = greg.g();
    int n = w0.length;
    double[] cross = new double[p * k];
    for (int r = 0; r < n; r++) {
      if (w0[r] == 0) {
        continue;
      }
      int base = r * p;
      for (int j = 0; j < k; j++) {
        double v = z[r * k + j] / g[r];
        if (v == 0) {
          continue;
        }
        for (int a = 0; a < p; a++) {
          cross[a * k + j] += x[base + a] * v;
        }
      }
    }
    double[] inv = greg.inverseGram();
    double[] beta = new double[p * k];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        double m = inv[a * p + b];
        for (int j = 0; j < k; j++) {
          beta[a * k + j] += m * cross[b * k + j];
        }
      }
    }
    for (int r = 0; r < n; r++) {
      if (w0[r] == 0) {
        continue;
      }
      double f = g[r] * w0[r];
      int base = r * p;
      for (int j = 0; j < k; j++) {
        double fit = 0;
        for (int a = 0; a < p; a++) {
          fit += x[base + a] * beta[a * k + j];
        }
        z[r * k + j] -= f * fit;
      }
    }
  }
}
