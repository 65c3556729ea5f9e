package org.tripart.stats.design;

/**
 * A design-based ratio of two totals, as R's {@code svyratio(~y, ~x, design)} reports it.
 *
 * @param estimate {@code R = sum w y / sum w x} over the domain
 * @param standardError Taylor-linearization SE from the influence {@code w (y - R x) / X}
 * @param numeratorTotal {@code Y = sum w y}
 * @param denominatorTotal {@code X = sum w x}
 * @param rows rows of the domain with both values and a non-zero weight
 */
public record RatioEstimate(
    double estimate,
    double standardError,
    double numeratorTotal,
    double denominatorTotal,
    int rows) {}
