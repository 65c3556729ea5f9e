package org.tripart.stats.model;

/**
 * One row of {@code summary(svyglm)} with {@code confint(svyglm)} (Wald, t on the residual df): the
 * estimate, its design-based standard error, t, two-sided p, the 95% limits, and for the logit and
 * log links the exponentiated estimate and limits (odds or rate ratios; NaN for the identity link).
 */
public record GlmCoefficient(
    String term,
    double estimate,
    double standardError,
    double t,
    double p,
    double lower,
    double upper,
    double expEstimate,
    double expLower,
    double expUpper) {}
