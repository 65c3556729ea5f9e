package org.tripart.analysis;

/**
 * One design-based estimate: the proportion choosing an option, or the mean of a numeric item, in
 * one domain.
 *
 * @param item the item id
 * @param stratum the code of the {@code by} category the estimate is for, empty for all rows
 * @param option the option code, null for the mean of a numeric item
 * @param n respondents in the domain who chose the option (for a mean: who answered)
 * @param denominator respondents in the domain who answered (item non-response is left out)
 * @param estimate the weighted proportion (0..1) or mean; NaN when the domain is empty
 * @param standardError Taylor-linearization SE
 * @param designEffect variance over that of simple random sampling, as R's {@code deff}
 * @param lower lower confidence limit (the plan's method for proportions; t on df for means)
 * @param upper upper confidence limit
 * @param degreesOfFreedom the domain's design degrees of freedom
 */
public record DesignEstimate(
    String item,
    String stratum,
    String option,
    long n,
    int denominator,
    double estimate,
    double standardError,
    double designEffect,
    double lower,
    double upper,
    int degreesOfFreedom) {

  /** True for a proportion, false for the mean of a numeric item. */
  public boolean isProportion() {
    return option != null;
  }
}
