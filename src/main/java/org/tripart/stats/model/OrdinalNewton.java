package org.tripart.stats.model;

import org.tripart.ErrorCode;

/**
 * Newton-Raphson with step halving on the proportional-odds log-likelihood to full convergence
 * (every step below 1e-10 relative), where R's svyolr stops its optim(BFGS) at the default reltol;
 * and R's covariance of the estimates: optim's Hessian, central differences (step 1e-3) of {@code
 * gmin} in {@code (beta, zeta_1, log(diff(zeta)))}, symmetrised, inverted and carried to {@code
 * (beta, zeta)} by the Jacobian as svyolr does. Separation is reported when a coefficient times its
 * covariate's range exceeds 30 on the logit scale at the end (converged in double or not), or a cut
 * point lies more than 30 beyond every weighted row's linear predictor (its category or those below
 * it then have probability 0 or 1 for every row): the likelihood is then flat to the last bit, and
 * no finite estimate is meaningful. The cut points are measured against the linear predictor, not
 * against 0, because with an uncentred covariate (a score near 600) they sit far from 0 in a model
 * that is well fitted. Stateless; thread-safe.
 */
final class OrdinalNewton {
  static final int MAX_ITERATIONS = 100;
  private static final double DIVERGED = 30;
  private static final double NDEPS = 1e-3;

  private OrdinalNewton() {}

  /** The maximum-likelihood {@code (beta, zeta)} from {@code start}; {@code iterations[0]} set. */
  static double[] maximise(
      OrdinalLikelihood lik, double[] start, double[] range, int[] iterations) {
    int k = lik.p + lik.q;
    double[] par = start.clone();
    double[] g = new double[k];
    double[] h = new double[k * k];
    for (int it = 1; it <= MAX_ITERATIONS; it++) {
      double ll = lik.derivatives(par, g, h);
      double[] neg = new double[k * k];
      for (int i = 0; i < k * k; i++) {
        neg[i] = -h[i];
      }
      double[] inv = OrdinalMatrix.inverse(neg, k);
      if (inv == null) {
        throw diverged(lik, par, range, it);
      }
      double[] step = new double[k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          step[i] += inv[i * k + j] * g[j];
        }
      }
      double factor = 1;
      double[] next = new double[k];
      boolean accepted = false;
      for (int half = 0; half < 60 && !accepted; half++) {
        for (int i = 0; i < k; i++) {
          next[i] = par[i] + factor * step[i];
        }
        accepted =
            ordered(next, lik.p, lik.q) && lik.logLikelihood(next) >= ll - 1e-12 * Math.abs(ll);
        factor /= 2;
      }
      if (!accepted) {
        throw diverged(lik, par, range, it);
      }
      boolean small = true;
      for (int i = 0; i < k; i++) {
        small &= Math.abs(next[i] - par[i]) <= 1e-10 * Math.max(1, Math.abs(next[i]));
      }
      par = next.clone();
      if (small) {
        OrdinalInputException separated = diverged(lik, par, range, it);
        if (separated.code() == ErrorCode.ORDINAL_SEPARATION) {
          throw separated;
        }
        iterations[0] = it;
        return par;
      }
    }
    throw diverged(lik, par, range, MAX_ITERATIONS);
  }

  private static boolean ordered(double[] par, int p, int q) {
    for (int i = 1; i < q; i++) {
      if (!(par[p + i] > par[p + i - 1])) {
        return false;
      }
    }
    return true;
  }

  private static OrdinalInputException diverged(
      OrdinalLikelihood lik, double[] par, double[] range, int iterations) {
    for (int j = 0; j < lik.p; j++) {
      if (Math.abs(par[j]) * range[j] > DIVERGED) {
        return new OrdinalInputException(
            ErrorCode.ORDINAL_SEPARATION,
            "covariate " + j,
            "its coefficient diverges ("
                + par[j]
                + " after "
                + iterations
                + " iterations): the outcome is (quasi-)separated by the covariates, there is no"
                + " finite estimate");
      }
    }
    double etaLow = Double.POSITIVE_INFINITY;
    double etaHigh = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < lik.rows; r++) {
      if (lik.w[r] > 0) {
        double eta = 0;
        for (int j = 0; j < lik.p; j++) {
          eta += lik.x[r * lik.p + j] * par[j];
        }
        etaLow = Math.min(etaLow, eta);
        etaHigh = Math.max(etaHigh, eta);
      }
    }
    for (int i = 0; i < lik.q; i++) {
      double cut = par[lik.p + i];
      if (cut - etaHigh > DIVERGED || etaLow - cut > DIVERGED) {
        return new OrdinalInputException(
            ErrorCode.ORDINAL_SEPARATION,
            "cut point " + (i + 1),
            "the cut points diverge after " + iterations + " iterations (separation)");
      }
    }
    return new OrdinalInputException(
        ErrorCode.ORDINAL_NOT_CONVERGED,
        null,
        "Newton-Raphson did not converge in " + iterations + " iterations");
  }

  /** svyolr's {@code Vm}: the covariance of {@code (beta, zeta)} from optim's Hessian. */
  static double[] modelCovariance(OrdinalLikelihood lik, double[] par) {
    int p = lik.p;
    int q = lik.q;
    int k = p + q;
    double[] theta = par.clone();
    for (int i = 1; i < q; i++) {
      theta[p + i] = Math.log(par[p + i] - par[p + i - 1]);
    }
    double[] hess = new double[k * k];
    double[] d = theta.clone();
    for (int i = 0; i < k; i++) {
      d[i] = d[i] + NDEPS;
      double[] df1 = lik.gmin(d);
      d[i] = d[i] - 2 * NDEPS;
      double[] df2 = lik.gmin(d);
      for (int j = 0; j < k; j++) {
        hess[i * k + j] = (df1[j] - df2[j]) / (2 * NDEPS);
      }
      d[i] = d[i] + NDEPS;
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        double t = 0.5 * (hess[i * k + j] + hess[j * k + i]);
        hess[i * k + j] = t;
        hess[j * k + i] = t;
      }
    }
    double[] vc = OrdinalMatrix.inverse(hess, k);
    if (vc == null) {
      throw new OrdinalInputException(
          ErrorCode.ORDINAL_SEPARATION, null, "the Hessian at the estimate is singular");
    }
    double[] a = new double[k * k];
    for (int i = 0; i < p; i++) {
      a[i * k + i] = 1;
    }
    for (int row = 0; row < q; row++) {
      a[(p + row) * k + p] = 1;
      for (int col = 1; col <= row; col++) {
        a[(p + row) * k + p + col] = Math.exp(theta[p + col]);
      }
    }
    return OrdinalMatrix.sandwich(a, vc, k);
  }
}
