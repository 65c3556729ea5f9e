package org.tripart.report.chart;

import org.tripart.stats.Interval;

/**
 * One bar of a {@link BarChart}: an option's share with its 95% interval. Immutable.
 *
 * @param code the option code
 * @param label the option label as printed
 * @param count respondents choosing it
 * @param denominator respondents who answered the item
 * @param ci the Wilson interval of {@code count / denominator}
 * @param withheld true when disclosure control withholds the figure: no bar is drawn
 */
public record Bar(
    String code, String label, long count, long denominator, Interval ci, boolean withheld) {

  /** The share in percent, NaN without a denominator. */
  public double percent() {
    return denominator > 0 ? 100.0 * count / denominator : Double.NaN;
  }

  /** True when a bar is drawn. */
  public boolean isDrawn() {
    return !withheld && denominator > 0;
  }
}
