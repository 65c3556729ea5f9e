package org.tripart.report.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a model table prints its numbers: gtsummary's defaults for {@code tbl_regression}, {@code
 * style_sigfig(digits = 2)} for coefficients, {@code style_ratio(digits = 2)} for exponentiated
 * ones and {@code style_pvalue(digits = 1)} for p-values, written from gtsummary's documented rules
 * (gtsummary is not installed here, so these are checked by hand against its documented examples,
 * not against its output). Rounding is half up on the shortest decimal form of the double, as
 * gtsummary 2's {@code round5}. Stateless and thread-safe.
 */
public final class RegressionNumbers {
  /** The printed value and its decimals (for a spreadsheet's number format). */
  public record Styled(String text, int decimals) {}

  private RegressionNumbers() {}

  /**
   * {@code style_sigfig(x, digits)}: with 2 digits, 2 decimals when |x| rounds below 1, 1 decimal
   * when it rounds below 10, none from 10 on ({@code 0.12}, {@code 1.1}, {@code 12}); "-0.00"
   * prints as "0.00". Empty for NaN or an infinity.
   */
  public static Styled sigfig(double x, int digits) {
    if (!Double.isFinite(x)) {
      return new Styled("", 0);
    }
    for (int d = digits; d >= 1; d--) {
      if (round(Math.abs(x), d).compareTo(BigDecimal.TEN.pow(digits - d)) < 0) {
        return new Styled(fixed(x, d), d);
      }
    }
    return new Styled(fixed(x, 0), 0);
  }

  /**
   * {@code style_ratio(x, digits)}: {@code digits} significant figures when |x| rounds below 1, one
   * more from 1 on, so that a ratio and its interval read alike on both sides of 1 ({@code 0.95},
   * {@code 1.24}, {@code 12.3}).
   */
  public static Styled ratio(double x, int digits) {
    if (!Double.isFinite(x)) {
      return new Styled("", 0);
    }
    if (round(Math.abs(x), digits).compareTo(BigDecimal.ONE) < 0) {
      return sigfig(x, digits);
    }
    return sigfig(x > 0 ? Math.max(1, x) : Math.min(-1, x), digits + 1);
  }

  /**
   * {@code style_pvalue(p, digits = 1)}: {@code >0.9} above 0.9, one decimal when p rounds to 0.2
   * or more, two when it rounds to 0.1 or more, three from 0.001, and {@code <0.001} below; empty
   * for NaN or a value outside [0, 1].
   */
  public static Styled pValue(double p) {
    if (Double.isNaN(p) || p > 1 + 1e-15 || p < -1e-15) {
      return new Styled("", 0);
    }
    if (p > 0.9) {
      return new Styled(">0.9", 1);
    }
    if (round(p, 1).compareTo(new BigDecimal("0.2")) >= 0) {
      return new Styled(fixed(p, 1), 1);
    }
    if (round(p, 2).compareTo(new BigDecimal("0.1")) >= 0) {
      return new Styled(fixed(p, 2), 2);
    }
    if (p >= 0.001) {
      return new Styled(fixed(p, 3), 3);
    }
    return new Styled("<0.001", 3);
  }

  private static BigDecimal round(double x, int decimals) {
    return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP);
  }

  private static String fixed(double x, int decimals) {
    BigDecimal r = round(x, decimals);
    if (r.signum() == 0) {
      r = r.abs();
    }
    return r.toPlainString();
  }
}
