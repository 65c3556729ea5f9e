package org.tripart.stats.design;

/** The interval methods of R's {@code svyciprop}. */
public enum CiMethod {
  /** Wald interval on the logit scale of an intercept-only survey logistic model (R's default). */
  LOGIT,
  /** Rao-Scott scaled profile likelihood of that model, as {@code confint(method="likelihood")}. */
  LIKELIHOOD,
  /** Korn-Graubard: Clopper-Pearson with the effective sample size, df-adjusted. */
  BETA,
  /** Wald interval on the proportion scale, with t quantiles on the design's df. */
  MEAN,
  /** Wald interval for log(p/(1-p)) by the delta method, transformed back. */
  XLOGIT
}
