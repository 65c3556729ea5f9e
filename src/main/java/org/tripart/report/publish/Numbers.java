package org.tripart.report.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.tripart.stats.ChiSquareTest;
import org.tripart.stats.Interval;

/**
 * How publication tables and drafted text print numbers, so that a figure reads the same in every
 * export. Stateless and thread-safe.
 *
 * <p>Percentages: 10% and above without decimals, below 10% with one; a share that is not 0 or 100%
 * never prints as 0 or 100 (it gets a decimal, or reads {@code <0.1}); rounding is half-up on the
 * exact fraction {@code count / denominator}, as the audit of the paper rounds. Interval bounds use
 * the decimals of their estimate. p-values: two decimals, three from 0.001 to 0.01 and near 0.05
 * (0.045 to 0.055) so that the side of 0.05 is visible, and {@code <0.001} below. Chi-square
 * statistics: one decimal. Counts: thousands separated by commas.
 */
public final class Numbers {
  private Numbers() {}

  /** The percentage of {@code count} out of {@code denominator}, empty when there is none. */
  public static String percent(long count, long denominator) {
    if (denominator <= 0) {
      return "";
    }
    if (count == 0) {
      return "0";
    }
    if (count == denominator) {
      return "100";
    }
    BigDecimal pct =
        BigDecimal.valueOf(100L * count)
            .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
    return format(pct, decimals(count, denominator));
  }

  /** The decimals the percentage of {@code count / denominator} is printed with: 0 or 1. */
  public static int decimals(long count, long denominator) {
    if (denominator <= 0 || count == 0 || count == denominator) {
      return 0;
    }
    BigDecimal pct =
        BigDecimal.valueOf(100L * count)
            .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
    if (pct.setScale(1, RoundingMode.HALF_UP).compareTo(BigDecimal.TEN) < 0) {
      return 1;
    }
    return pct.setScale(0, RoundingMode.HALF_UP).intValue() == 100 ? 1 : 0;
  }

  /** The interval in percent, {@code 73–75}, with the estimate's decimals; empty when undefined. */
  public static String interval(Interval ci, long count, long denominator) {
    if (ci == null || !ci.isDefined() || denominator <= 0) {
      return "";
    }
    int d = decimals(count, denominator);
    return bound(ci.low(), d) + "–" + bound(ci.high(), d);
  }

  private static String bound(double proportion, int decimals) {
    BigDecimal pct = BigDecimal.valueOf(100 * proportion).setScale(decimals, RoundingMode.HALF_UP);
    return pct.toPlainString();
  }

  private static String format(BigDecimal pct, int decimals) {
    BigDecimal rounded = pct.setScale(decimals, RoundingMode.HALF_UP);
    if (rounded.signum() == 0) {
      return "<0.1";
    }
    if (rounded.compareTo(BigDecimal.valueOf(100)) == 0) {
      return ">99.9";
    }
    return rounded.toPlainString();
  }

  /** The p-value as printed, without "p" ({@code 0.53}, {@code 0.004}, {@code <0.001}). */
  public static String p(double p) {
    if (Double.isNaN(p)) {
      return "";
    }
    if (p < 0.001) {
      return "<0.001";
    }
    boolean three = p < 0.01 || (p >= 0.045 && p < 0.055);
    return String.format(Locale.ROOT, three ? "%.3f" : "%.2f", p);
  }

  /** {@code χ²(1) = 0.4, p = 0.53}; empty when the test is undefined. */
  public static String test(ChiSquareTest t) {
    if (t == null || !t.isDefined()) {
      return "";
    }
    String p = p(t.pValue());
    return String.format(Locale.ROOT, "χ²(%d) = %.1f, ", t.degreesOfFreedom(), t.statistic())
        + (p.startsWith("<") ? "p " + p.replace("<", "< ") : "p = " + p);
  }

  /** A count with thousands separated by commas: {@code 5,142}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
