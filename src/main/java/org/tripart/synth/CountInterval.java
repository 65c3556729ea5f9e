package org.tripart.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The whole counts {@code c} out of {@code n} whose percentage {@code 100 c / n}, rounded half up
 * at the target's printed decimals, equals the target: {@code lo <= c <= hi}. Computed in exact
 * integer arithmetic, so that a boundary such as 16.5 exactly is never lost to floating point. The
 * interval is empty ({@code lo == hi + 1}) when no whole count rounds to the target. Immutable.
 *
 * @param lo the smallest admissible count
 * @param hi the largest admissible count
 * @param exact {@code pct * n / 100}, the count the target names before rounding
 */
record CountInterval(long lo, long hi, double exact) {

  /** The admissible counts out of {@code n} for {@code pct} printed with {@code decimals}. */
  static CountInterval of(double pct, int decimals, long n) {
    if (n <= 0) {
      return new CountInterval(0, 0, 0);
    }
    int d = Math.max(0, Math.min(decimals, 9));
    long scale = BigDecimal.TEN.pow(d).longValueExact();
    long p = BigDecimal.valueOf(pct).setScale(d, RoundingMode.HALF_UP).unscaledValue().longValue();
    long den = 200L * scale;
    long lo = Math.max(0, ceilDiv((2 * p - 1) * n, den));
    long hi = Math.min(n, ceilDiv((2 * p + 1) * n, den) - 1);
    if (lo > hi) {
      hi = Math.min(hi, lo - 1);
      lo = hi + 1;
    }
    return new CountInterval(lo, hi, pct * n / 100.0);
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /** No admissible-count constraint, only a preferred count. */
  static CountInterval soft(double exact, long n) {
    return new CountInterval(0, n, exact);
  }

  boolean isEmpty() {
    return lo > hi;
  }

  boolean admits(long c) {
    return c >= lo && c <= hi;
  }

  /**
   * How far {@code c} lies outside the interval, in counts; 0 inside. Every count violates an empty
   * interval by at least one half.
   */
  double violation(long c) {
    if (!isEmpty()) {
      return c < lo ? lo - c : c > hi ? c - hi : 0;
    }
    return c <= hi ? hi - c + 0.5 : c - lo + 0.5;
  }

  /** The admissible count closest to {@code exact}, or the nearest count when there is none. */
  long best() {
    long r = Math.round(exact);
    if (!isEmpty()) {
      return Math.max(lo, Math.min(hi, r));
    }
    return Math.abs(lo - exact) <= Math.abs(hi - exact) ? lo : hi;
  }
}
