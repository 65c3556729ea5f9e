package org.tripart.report.publish;

import org.tripart.disclosure.CellStatus;
import org.tripart.stats.Interval;

/**
 * One group's figure for one option: the count, its denominator, the share and its 95% interval,
 * and whether disclosure control lets it be printed. Immutable.
 *
 * @param count respondents who chose the option
 * @param denominator respondents who answered the item in this group
 * @param proportion {@code count / denominator}, NaN when the denominator is 0
 * @param ci the Wilson interval of the proportion
 * @param status {@link CellStatus#SHOWN} or why it is withheld
 */
public record Cell(
    long count, long denominator, double proportion, Interval ci, CellStatus status) {

  /** True when the figure is printed: not withheld and with a denominator. */
  public boolean isShown() {
    return status == CellStatus.SHOWN && denominator > 0;
  }

  /** {@code 3,805 (74)}, the suppression mark, or empty when there is no denominator. */
  public String nPercent(int threshold) {
    if (status.isHidden()) {
      return mark(threshold);
    }
    if (denominator <= 0) {
      return "";
    }
    return Numbers.count(count) + " (" + Numbers.percent(count, denominator) + ")";
  }

  /** {@code 73–75}, or empty when withheld or undefined. */
  public String interval() {
    return isShown() ? Numbers.interval(ci, count, denominator) : "";
  }

  /** {@code <5} for a small count, {@code —} for a complementary one, empty otherwise. */
  public String mark(int threshold) {
    if (status == CellStatus.PRIMARY) {
      return "<" + threshold;
    }
    return status.isHidden() ? "—" : "";
  }
}
