package org.tripart.stats.design;

/**
 * The Newton iteration of R's {@code survey:::grake} (survey 4.1.1, {@code sigma2 = 1}), step for
 * step: {@code T = sum w F'(x'eta) x x'}, {@code eta += ginv(T) (pop - sum w x - sum w x
 * F(x'eta))}, halving the step while a g-weight or derivative is not finite, stopping when every
 * {@code |misfit| / (1 + |pop|) < epsilon} or after {@code maxit} iterations. Not thread-safe (one
 * run per instance).
 *
 * @param iterations R's {@code iter} at the end
 * @param achieved the largest relative misfit at the end
 * @param failed true when the iterations ran out
 * @param worst the column of the largest relative misfit
 */
record GrakeSteps(int iterations, double achieved, boolean failed, int worst) {
  private static final double SOME_THRESHOLD = 20;

  /** Runs the iteration and writes the g-weights into {@code g}. */
  static GrakeSteps run(
      double[] x,
      int p,
      double[] weights,
      double[] sampleTotalIn,
      double[] pop,
      CalibrationFunction f,
      double lower,
      double upper,
      int maxit,
      double epsilon,
      double[] g) {
    int n = weights.length;
    double[] ww = weights;
    double[] sampleTotal = sampleTotalIn.clone();
    double minScale = Double.POSITIVE_INFINITY;
    double sumScale = 0;
    for (int a = 0; a < p; a++) {
      double s = pop[a] / sampleTotal[a];
      minScale = Math.min(minScale, s);
      sumScale += s;
    }
    double scale = 1;
    if (minScale > SOME_THRESHOLD) {
      scale = sumScale / p;
      ww = new double[n];
      for (int r = 0; r < n; r++) {
        ww[r] = weights[r] * scale;
      }
      for (int a = 0; a < p; a++) {
        sampleTotal[a] *= scale;
      }
    }
    double[] eta = new double[p];
    double[] xeta = new double[n];
    double[] deriv = new double[n];
    double[] fm1 = new double[n];
    evaluate(f, xeta, lower, upper, fm1, deriv);
    int iter = 1;
    double[] misfit = new double[p];
    double[] tmat = new double[p * p];
    int worst;
    double achieved;
    boolean failed = false;
    while (true) {
      java.util.Arrays.fill(tmat, 0);
      for (int r = 0; r < n; r++) {
        double wd = ww[r] * deriv[r];
        if (wd == 0) {
          continue;
        }
        int base = r * p;
        for (int a = 0; a < p; a++) {
          double xa = x[base + a] * wd;
          for (int b = 0; b < p; b++) {
            tmat[a * p + b] += xa * x[base + b];
          }
        }
      }
      misfit(x, p, ww, fm1, sampleTotal, pop, misfit);
      double[] deta = DenseAlgebra.times(DenseAlgebra.ginv(tmat, p), misfit, p);
      for (int a = 0; a < p; a++) {
        eta[a] += deta[a];
      }
      predict(x, p, eta, xeta);
      evaluate(f, xeta, lower, upper, fm1, deriv);
      while (iter < maxit && !finite(fm1, deriv)) {
        iter++;
        for (int a = 0; a < p; a++) {
          deta[a] /= 2;
          eta[a] -= deta[a];
        }
        predict(x, p, eta, xeta);
        evaluate(f, xeta, lower, upper, fm1, deriv);
      }
      misfit(x, p, ww, fm1, sampleTotal, pop, misfit);
      worst = 0;
      achieved = 0;
      boolean converged = true;
      for (int a = 0; a < p; a++) {
        double rel = Math.abs(misfit[a]) / (1 + Math.abs(pop[a]));
        if (!(rel < epsilon)) {
          converged = false;
        }
        if (rel > achieved || Double.isNaN(rel)) {
          achieved = rel;
          worst = a;
        }
      }
      if (converged) {
        break;
      }
      iter++;
      if (iter > maxit) {
        failed = true;
        break;
      }
    }
    for (int r = 0; r < n; r++) {
      g[r] = (1 + fm1[r]) * scale;
    }
    return new GrakeSteps(iter, achieved, failed, worst);
  }

  private static void evaluate(
      CalibrationFunction f,
      double[] xeta,
      double lower,
      double upper,
      double[] fm1,
      double[] deriv) {
    for (int r = 0; r < xeta.length; r++) {
      fm1[r] = f.gMinusOne(xeta[r], lower, upper);
      deriv[r] = f.derivative(xeta[r], lower, upper);
    }
  }

  private static boolean finite(double[] fm1, double[] deriv) {
    for (int r = 0; r < fm1.length; r++) {
      if (!Double.isFinite(fm1[r]) || !Double.isFinite(deriv[r])) {
        return false;
      }
    }
    return true;
  }

  private static void predict(double[] x, int p, double[] eta, double[] xeta) {
    for (int r = 0; r < xeta.length; r++) {
      double u = 0;
      int base = r * p;
      for (int a = 0; a < p; a++) {
        u += x[base + a] * eta[a];
      }
      xeta[r] = u;
    }
  }

  private static void misfit(
      double[] x,
      int p,
      double[] ww,
      double[] fm1,
      double[] sampleTotal,
      double[] pop,
      double[] out) {
    double[] s = new double[p];
    for (int r = 0; r < ww.length; r++) {
      double v = ww[r] * fm1[r];
      if (v == 0) {
        continue;
      }
      int base = r * p;
      for (int a = 0; a < p; a++) {
        s[a] += x[base + a] * v;
      }
    }
    for (int a = 0; a < p; a++) {
      out[a] = pop[a] - sampleTotal[a] - s[a];
    }
  }
}
