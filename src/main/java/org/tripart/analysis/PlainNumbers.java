package org.tripart.analysis;

import java.math.BigDecimal;

/** Numbers written as the user would type them, for notes, messages and data values. Stateless. */
public final class PlainNumbers {
  private PlainNumbers() {}

  /**
   * The shortest plain decimal that reads back as {@code v} ({@code 0.5}, {@code 1200}, never
   * {@code 1.2E3}); empty for NaN and infinities.
   */
  public static String plain(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
