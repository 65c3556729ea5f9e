package org.tripart.stats.design;

/**
 * One design-based quantile with its confidence interval, as a row of R survey 4.1.1's {@code
 * svyquantile(..., ci = TRUE)} prints it.
 *
 * @param probability the quantile's probability p, in [0, 1]
 * @param estimate the quantile, R's {@code quantile} column
 * @param lower the interval's lower limit; NaN where R gives NaN (the distribution function's lower
 *     limit is below 0, or the design has no degrees of freedom)
 * @param upper the interval's upper limit; NaN where R gives NaN (above 1, or no degrees of
 *     freedom)
 * @param standardError R's {@code se}: {@code (upper - lower) / (2 t)} with t the {@code 1 -
 *     alpha/2} quantile of Student's t on the design degrees of freedom; NaN with a NaN limit
 * @param degreesOfFreedom R's {@code degf} of the design restricted to the domain's answering rows
 * @param rows rows that entered the estimate (in the domain, answered, non-zero weight)
 */
public record QuantileEstimate(
    double probability,
    double estimate,
    double lower,
    double upper,
    double standardError,
    int degreesOfFreedom,
    int rows) {}
