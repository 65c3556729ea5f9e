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
}
