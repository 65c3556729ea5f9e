package org.tripart.stats;

/**
 * A confidence interval for a proportion, both bounds in [0, 1], or both NaN when there was nothing
 * to estimate from (no trials). Immutable.
 *
 * @param low the lower bound
 * @param high the upper bound
 */
public record Interval(double low, double high) {
  /** The interval of an estimate that has no data. */
  public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

  /** True when both bounds are numbers. */
  public boolean isDefined() {
    return !Double.isNaN(low) && !Double.isNaN(high);
  }
}
