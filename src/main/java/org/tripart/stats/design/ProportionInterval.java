package org.tripart.stats.design;

/**
 * A design-based proportion with its confidence interval, as R's {@code svyciprop} prints it.
 *
 * @param estimate the weighted proportion
 * @param standardError its Taylor-linearization SE ({@code SE(svyciprop(...))})
 * @param lower lower confidence limit
 * @param upper upper confidence limit
 * @param degreesOfFreedom design degrees of freedom used for the t quantiles
 */
public record ProportionInterval(
    double estimate,
    double standardError,
    double lower,
    double upper,
    CiMethod method,
    double level,
    int degreesOfFreedom) {}
