package org.tripart.instrument;

/**
 * Closed range of allowed values of a numeric item. Either bound may be infinite. {@link #ANY}
 * allows every finite number.
 */
public record NumericRange(double min, double max) {
  public static final NumericRange ANY =
      new NumericRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  public boolean contains(double value) {
    return value >= min && value <= max;
  }
}
