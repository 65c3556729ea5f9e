package org.tripart.stats.model;

/**
 * One coefficient or cut point of an ordinal regression: estimate, design-based standard error,
 * Wald statistic {@code estimate / se} (summary.svyolr's "t value"), its two-sided normal p-value
 * and normal confidence interval (as R's {@code confint.default}, which svyolr uses), and the odds
 * ratio {@code exp(estimate)} with its interval (for a cut point: the cumulative odds at zero
 * covariates). Immutable.
 */
public record OrdinalTerm(
    String name,
    double estimate,
    double standardError,
    double statistic,
    double pValue,
    double lower,
    double upper,
    double oddsRatio,
    double oddsRatioLower,
    double oddsRatioUpper) {}
