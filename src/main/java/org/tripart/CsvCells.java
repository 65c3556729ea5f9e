package org.tripart;

import java.util.regex.Pattern;

/**
 * The one neutraliser of spreadsheet formulas in CSV cells (OWASP "CSV injection"): a text cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading single quote, so that Excel, LibreOffice and Google Sheets show it as text instead of
 * running it as a formula (or DDE command). A plain number ({@code -0.5}, {@code +3}, {@code 1e-5})
 * is left alone: a spreadsheet reads it as the number it is, which is what a numeric column needs.
 * Every CSV writer of Tripart's exports passes its text cells through {@link #text} (or {@link
 * #field}, which also quotes). Stateless, thread-safe; null gives the empty string.
 */
public final class CsvCells {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final String TRIGGERS = "=+-@\t\r";

  private CsvCells() {}

  /** The cell's text, with a leading {@code '} when it would start a formula; not quoted. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    if (TRIGGERS.indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
      return value;
    }
    return "'" + value;
  }

  /** {@link #text}, then quoted as RFC 4180 asks when it holds a comma, quote or line break. */
  public static String field(String value) {
    String v = text(value);
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
