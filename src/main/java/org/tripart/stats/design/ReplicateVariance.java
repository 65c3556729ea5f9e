package org.tripart.stats.design;

/**
 * R's {@code survey:::svrVar} (survey 4.1.1): {@code scale * sum_r rscales[r] (theta_r -
 * centre)^2}, the centre being the full-sample estimate under {@code mse}, else the mean of the
 * replicates with a positive rscale; for a vector, the covariance matrix. Stateless; thread-safe.
 */
public final class ReplicateVariance {
  private ReplicateVariance() {}

  /**
   * The covariance matrix (k x k, row-major) of k estimates.
   *
   * @param thetas the replicates' estimates, {@code thetas[r * k + i]} for replicate r, estimate i
   * @param full the full-sample estimates (used as the centre under {@code mse})
   */
  public static double[] covariance(ReplicateDesign design, double[] thetas, double[] full) {
    int k = full.length;
    int reps = design.replicates;
    double[] centre = new double[k];
    if (design.mse) {
      System.arraycopy(full, 0, centre, 0, k);
    } else {
      int used = 0;
      for (int r = 0; r < reps; r++) {
        if (design.rscales[r] > 0) {
          used++;
          for (int i = 0; i < k; i++) {
            centre[i] += thetas[r * k + i];
          }
        }
      }
      for (int i = 0; i < k; i++) {
        centre[i] /= used;
      }
    }
    double[] v = new double[k * k];
    double[] d = new double[k];
    for (int r = 0; r < reps; r++) {
      double f = design.rscales[r];
      for (int i = 0; i < k; i++) {
        d[i] = thetas[r * k + i] - centre[i];
      }
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          v[i * k + j] += f * d[i] * d[j];
        }
      }
    }
    for (int i = 0; i < v.length; i++) {
      v[i] *= design.scale;
    }
    return v;
  }

  /** The variance of one estimate from its replicates' values. */
  public static double variance(ReplicateDesign design, double[] thetas, double full) {
    return covariance(design, thetas, new double[] {full})[0];
  }

  /**
   * The rank of the n x k row-major matrix {@code a} as LINPACK's {@code dqrdc2} with tol 1e-5
   * finds it (columns in order; a column whose residual norm falls below 1e-5 of its norm is
   * deficient), from the k x k cross-product by a Cholesky-like sweep.
   */
  static int rank(double[] a, int n, int k, java.util.BitSet rows) {
    double[] g = new double[k * k];
    for (int r = rows == null ? 0 : rows.nextSetBit(0);
        r >= 0 && r < n;
        r = rows == null ? r + 1 : rows.nextSetBit(r + 1)) {
      int o = r * k;
      for (int i = 0; i < k; i++) {
        double x = a[o + i];
        if (x != 0) {
          for (int j = i; j < k; j++) {
            g[i * k + j] += x * a[o + j];
          }
        }
      }
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        g[i * k + j] = g[j * k + i];
      }
    }
    double[] l = new double[k * k];
    int[] kept = new int[k];
    int rank = 0;
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
      if (norm2 > 0 && resid > 1e-10 * norm2) {
        for (int q = 0; q < rank; q++) {
          l[rank * k + q] = coef[q];
        }
        l[rank * k + rank] = Math.sqrt(resid);
        kept[rank++] = j;
      }
    }
    return rank;
  }
}
