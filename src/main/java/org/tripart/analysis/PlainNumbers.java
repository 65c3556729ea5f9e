package org.tripart.analysis;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers written as the user would type them, for notes, messages and data values. Stateless. */
public final class PlainNumbers {
  private static final double SMALL = 1e-6;
  private static final double LARGE = 1e21;

  private PlainNumbers() {}

  /**
   * The shortest decimal that reads back as {@code v}: plain from 1e-6 up to 1e21 ({@code 0.5},
   * {@code 1200}, never {@code 1.2E3}), with R's lower-case exponent outside that range ({@code
   * 1.91627412828773e-301} rather than 300 zeros, as a p-value of a large sample can be); empty for
   * NaN and infinities.
   */
  public static String plain(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    double a = Math.abs(v);
    if (a != 0 && (a < SMALL || a >= LARGE)) {
      BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
      String digits = d.unscaledValue().abs().toString();
      int exponent = digits.length() - 1 - d.scale();
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      return String.format(
          Locale.ROOT,
          "%s%se%s%d",
          v < 0 ? "-" : "",
          mantissa,
          exponent < 0 ? "-" : "",
          Math.abs(exponent));
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
