package org.tripart.stats.model;

/**
 * The error distributions and links of a design-based GLM, with R's functions for each (the C code
 * of {@code stats:::binomial()$linkinv} and {@code $mu.eta} for the logit, with their clamping at
 * |eta| > 30): {@code gaussian()} (identity), {@code quasibinomial()} (logit) and {@code
 * quasipoisson()} (log). Stateless; thread-safe.
 */
public enum Family {
  /** {@code gaussian(link = "identity")}. */
  GAUSSIAN {
    @Override
    double linkInverse(double eta) {
      return eta;
    }

    @Override
    double link(double mu) {
      return mu;
    }

    @Override
    double muEta(double eta) {
      return 1;
    }

    @Override
    double variance(double mu) {
      return 1;
    }

    @Override
    double deviance(double y, double mu, double w) {
      double d = y - mu;
      return w * d * d;
    }

    @Override
    double start(double y, double w) {
      return y;
    }

    @Override
    boolean validMu(double mu) {
      return true;
    }
  },
  /** {@code quasibinomial(link = "logit")}: outcome in [0, 1]. */
  QUASIBINOMIAL {
    @Override
    double linkInverse(double eta) {
      double t = eta < -THRESHOLD ? EPSILON : eta > THRESHOLD ? 1 / EPSILON : Math.exp(eta);
      return t / (1 + t);
    }

    @Override
    double link(double mu) {
      return Math.log(mu / (1 - mu));
    }

    @Override
    double muEta(double eta) {
      double opexp = 1 + Math.exp(eta);
      return eta > THRESHOLD || eta < -THRESHOLD ? EPSILON : Math.exp(eta) / (opexp * opexp);
    }

    @Override
    void meanAndSlope(double eta, double[] mu, double[] slope, int i) {
      double e = Math.exp(eta);
      double t = eta < -THRESHOLD ? EPSILON : eta > THRESHOLD ? 1 / EPSILON : e;
      mu[i] = t / (1 + t);
      double opexp = 1 + e;
      slope[i] = eta > THRESHOLD || eta < -THRESHOLD ? EPSILON : e / (opexp * opexp);
    }

    @Override
    double variance(double mu) {
      return mu * (1 - mu);
    }

    @Override
    double deviance(double y, double mu, double w) {
      return 2 * w * (yLogY(y, mu) + yLogY(1 - y, 1 - mu));
    }

    @Override
    double start(double y, double w) {
      return (w * y + 0.5) / (w + 1);
    }

    @Override
    boolean validMu(double mu) {
      return mu > 0 && mu < 1;
    }

    @Override
    boolean exponentiated() {
      return true;
    }
  },
  /** {@code quasipoisson(link = "log")}: outcome not negative. */
  QUASIPOISSON {
    @Override
    double linkInverse(double eta) {
      return Math.max(Math.exp(eta), EPSILON);
    }

    @Override
    double link(double mu) {
      return Math.log(mu);
    }

    @Override
    double muEta(double eta) {
      return Math.max(Math.exp(eta), EPSILON);
    }

    @Override
    void meanAndSlope(double eta, double[] mu, double[] slope, int i) {
      double m = Math.max(Math.exp(eta), EPSILON);
      mu[i] = m;
      slope[i] = m;
    }

    @Override
    double variance(double mu) {
      return mu;
    }

    @Override
    double deviance(double y, double mu, double w) {
      return y > 0 ? 2 * (w * (y * Math.log(y / mu) - (y - mu))) : 2 * (mu * w);
    }

    @Override
    double start(double y, double w) {
      return y + 0.1;
    }

    @Override
    boolean validMu(double mu) {
      return mu > 0 && mu < Double.POSITIVE_INFINITY;
    }

    @Override
    boolean exponentiated() {
      return true;
    }
  };

  private static final double THRESHOLD = 30;
  private static final double EPSILON = Math.ulp(1.0);

  /** The mean at linear predictor {@code eta} ({@code family$linkinv}). */
  abstract double linkInverse(double eta);

  /** The linear predictor at mean {@code mu} ({@code family$linkfun}). */
  abstract double link(double mu);

  /** d mu / d eta ({@code family$mu.eta}). */
  abstract double muEta(double eta);

  /**
   * {@link #linkInverse} and {@link #muEta} of {@code eta} into {@code mu[i]} and {@code slope[i]},
   * bit for bit those two, with one exponential where both need it.
   */
  void meanAndSlope(double eta, double[] mu, double[] slope, int i) {
    mu[i] = linkInverse(eta);
    slope[i] = muEta(eta);
  }

  /** The variance function ({@code family$variance}). */
  abstract double variance(double mu);

  /** One row's deviance residual ({@code family$dev.resids}). */
  abstract double deviance(double y, double mu, double w);

  /** The starting mean of {@code family$initialize} ({@code mustart}). */
  abstract double start(double y, double w);

  /** {@code family$validmu} for one row (a NaN mean is never valid). */
  abstract boolean validMu(double mu);

  /** True for the logit and log links, whose exponentiated coefficients are odds or rate ratios. */
  boolean exponentiated() {
    return false;
  }

  /**
   * What is wrong with an outcome value for this family, as {@code family$initialize} stops ("y
   * values must be 0 <= y <= 1", "negative values not allowed"), or null when it is allowed.
   */
  String badOutcome(double y, double w) {
    if (this == QUASIBINOMIAL && w != 0 && (y < 0 || y > 1)) {
      return "value " + y + " is outside [0, 1], which quasibinomial needs";
    }
    if (this == QUASIPOISSON && y < 0) {
      return "value " + y + " is negative, which quasipoisson does not allow";
    }
    return null;
  }

  private static double yLogY(double y, double mu) {
    return y != 0 ? y * Math.log(y / mu) : 0;
  }
}
