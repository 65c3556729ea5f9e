package org.tripart.dataset;

/**
 * Parses the numbers of integer and decimal items from a slice of a char buffer: an optional sign,
 * digits with an optional {@code .} fraction and, for decimals only, an optional exponent ({@code
 * 1.5e3}). Short plain numbers are computed without making a String; the result is the correctly
 * rounded double either way. Stateless and thread-safe.
 */
final class CsvNumbers {
  private static final double[] POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  private CsvNumbers() {}

  /**
   * The value of buf[start, start + length), or NaN when it is not a number of the allowed form
   * (with {@code wholeOnly}, a whole number without point or exponent).
   */
  static double parse(char[] buf, int start, int length, boolean wholeOnly) {
    int end = start + length;
    int i = start;
    boolean negative = false;
    if (i < end && (buf[i] == '-' || buf[i] == '+')) {
      negative = buf[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = 0;
    for (; i < end && isDigit(buf[i]); i++) {
      mantissa = mantissa * 10 + (buf[i] - '0');
      digits++;
    }
    if (i < end && buf[i] == '.') {
      if (wholeOnly) {
        return Double.NaN;
      }
      i++;
      for (; i < end && isDigit(buf[i]); i++) {
        mantissa = mantissa * 10 + (buf[i] - '0');
        digits++;
        fraction++;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    boolean exponent = false;
    if (i < end && (buf[i] == 'e' || buf[i] == 'E') && !wholeOnly) {
      exponent = true;
      i++;
      if (i < end && (buf[i] == '-' || buf[i] == '+')) {
        i++;
      }
      int expDigits = 0;
      for (; i < end && isDigit(buf[i]); i++) {
        expDigits++;
      }
      if (expDigits == 0) {
        return Double.NaN;
      }
    }
    if (i != end) {
      return Double.NaN;
    }
    if (exponent || digits > 15) {
      return Double.parseDouble(new String(buf, start, length));
    }
    double v = fraction == 0 ? mantissa : mantissa / POWERS[fraction];
    return negative ? -v : v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
