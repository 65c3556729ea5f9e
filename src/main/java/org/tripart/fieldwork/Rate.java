package org.tripart.fieldwork;

/**
 * One outcome rate as a fraction, with the counts it is made of so that a page can show both.
 * Immutable.
 *
 * @param name the AAPOR name, for example {@code RR1}
 * @param numerator the cases counted in the numerator
 * @param denominator the cases counted in the denominator
 */
public record Rate(String name, long numerator, long denominator) {
  /** The rate between 0 and 1, or NaN when the denominator is 0 (nothing to rate yet). */
  public double value() {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }

  /** The rate in percent, or NaN when the denominator is 0. */
  public double percent() {
    return 100.0 * value();
  }
}
