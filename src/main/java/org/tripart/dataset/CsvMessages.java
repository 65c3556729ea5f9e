package org.tripart.dataset;

import java.util.List;
import org.tripart.instrument.NumericRange;

/** Wording shared by the CSV error messages. Stateless and thread-safe. */
final class CsvMessages {
  private static final int LISTED = 10;
  private static final int SHOWN_CHARS = 40;

  private CsvMessages() {}

  /** The first few values, comma-separated, with a count when some were left out. */
  static String list(List<String> values) {
    if (values.size() <= LISTED) {
      return String.join(", ", values);
    }
    return String.join(", ", values.subList(0, LISTED)) + ", ... (" + values.size() + " in all)";
  }

  /** A value as quoted in a message, shortened when long. */
  static String quote(char[] buf, int start, int length) {
    String s = new String(buf, start, Math.min(length, SHOWN_CHARS));
    return "'" + s + (length > SHOWN_CHARS ? "...'" : "'");
  }

  /** The allowed values of a range, for example {@code from 18 to 120}. */
  static String range(NumericRange range) {
    boolean low = range.min() != Double.NEGATIVE_INFINITY;
    boolean high = range.max() != Double.POSITIVE_INFINITY;
    if (low && high) {
      return "from " + number(range.min()) + " to " + number(range.max());
    }
    if (low) {
      return "of at least " + number(range.min());
    }
    return high ? "of at most " + number(range.max()) : "that is finite";
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = Double.toString(v);
    return s.indexOf('E') >= 0
        ? new java.math.BigDecimal(s).stripTrailingZeros().toPlainString()
        : s;
  }
}
