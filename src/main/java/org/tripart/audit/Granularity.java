package org.tripart.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * GRIM-style arithmetic: which percentages a whole count out of {@code n} respondents can print as,
 * when 100·x/n is rounded half-up to the printed number of decimals. Exact (decimal arithmetic, no
 * binary floating point); stateless and thread-safe.
 */
final class Granularity {
  /** A printable percentage and the count that gives it. */
  record Share(BigDecimal percent, long count, int denominator) {
    String describe() {
      return percent.toPlainString() + "% (" + count + "/" + denominator + ")";
    }
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Granularity() {}

  /** The number of decimals {@code value} was printed with, read from its shortest form. */
  static int decimals(double value) {
    return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
  }

  /** The printed value as an exact decimal at its printed number of decimals. */
  static BigDecimal printed(double value) {
    return BigDecimal.valueOf(value).setScale(decimals(value), RoundingMode.UNNECESSARY);
  }

  /** 100·count/n rounded half-up to {@code decimals} places. */
  static BigDecimal rounded(long count, int n, int decimals) {
    return BigDecimal.valueOf(100 * count)
        .divide(BigDecimal.valueOf(n), decimals, RoundingMode.HALF_UP);
  }

  /**
   * The count out of {@code n} that prints as {@code printed}, if any. Only the two counts next to
   * printed·n/100 need trying: rounding is monotone in the count, so if any count prints as the
   * value, the floor or the ceiling of that point does.
   */
  static Optional<Share> count(BigDecimal printed, int n) {
    BigDecimal point = printed.multiply(BigDecimal.valueOf(n)).divide(HUNDRED);
    long floor = point.setScale(0, RoundingMode.FLOOR).longValueExact();
    long ceiling = point.setScale(0, RoundingMode.CEILING).longValueExact();
    for (long x : new long[] {floor, ceiling}) {
      if (x >= 0 && x <= n && rounded(x, n, printed.scale()).compareTo(printed) == 0) {
        return Optional.of(new Share(printed, x, n));
      }
    }
    return Optional.empty();
  }

  /**
   * The smallest and largest counts out of {@code n} that print as {@code printed}, if any count
   * does. Rounding is monotone in the count, so the counts that print as a value form a range.
   */
  static Optional<long[]> counts(BigDecimal printed, int n) {
    Optional<Share> one = count(printed, n);
    if (one.isEmpty()) {
      return Optional.empty();
    }
    long low = one.get().count();
    while (low > 0 && rounded(low - 1, n, printed.scale()).compareTo(printed) == 0) {
      low--;
    }
    long high = one.get().count();
    while (high < n && rounded(high + 1, n, printed.scale()).compareTo(printed) == 0) {
      high++;
    }
    return Optional.of(new long[] {low, high});
  }

  /** The largest printable percentage below {@code printed} out of {@code n}, if any. */
  static Optional<Share> below(BigDecimal printed, int n) {
    BigDecimal point = printed.multiply(BigDecimal.valueOf(n)).divide(HUNDRED);
    for (long x = Math.min(n, point.setScale(0, RoundingMode.CEILING).longValueExact());
        x >= 0;
        x--) {
      BigDecimal value = rounded(x, n, printed.scale());
      if (value.compareTo(printed) < 0) {
        return Optional.of(new Share(value, x, n));
      }
    }
    return Optional.empty();
  }

  /** The smallest printable percentage above {@code printed} out of {@code n}, if any. */
  static Optional<Share> above(BigDecimal printed, int n) {
    BigDecimal point = printed.multiply(BigDecimal.valueOf(n)).divide(HUNDRED);
    for (long x = Math.max(0, point.setScale(0, RoundingMode.FLOOR).longValueExact());
        x <= n;
        x++) {
      BigDecimal value = rounded(x, n, printed.scale());
      if (value.compareTo(printed) > 0) {
        return Optional.of(new Share(value, x, n));
      }
    }
    return Optional.empty();
  }

  /** The largest denominator below {@code n} with a count that prints as {@code printed}. */
  static Optional<Share> largestSmallerDenominator(BigDecimal printed, int n) {
    for (int m = n - 1; m >= 1; m--) {
      Optional<Share> share = count(printed, m);
      if (share.isPresent()) {
        return share;
      }
    }
    return Optional.empty();
  }
}
