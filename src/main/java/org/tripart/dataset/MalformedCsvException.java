package org.tripart.dataset;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A CSV data file cannot be read as responses to its instrument: malformed CSV ({@link
 * ErrorCode#CSV_SYNTAX}), a bad header ({@link ErrorCode#CSV_HEADER}) or a value that is not valid
 * for its item ({@link ErrorCode#CSV_VALUE}). The message names the file, the 1-based line and,
 * where there is one, the 1-based column with its header name, and says what was expected:
 *
 * <pre>TRP-0102 responses.csv:17 column 4 (age_group): 'thirty' is not an option of age_group;
 * expected one of under_30, 30_40</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public class MalformedCsvException extends TripartException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String columnName;

  /**
   * @param code one of the CSV codes
   * @param file the file name as the user gave it, never null
   * @param line the 1-based physical line of the problem
   * @param column the 1-based column, or 0 when the problem concerns no single column
   * @param columnName the header name of that column, or null when unknown
   * @param problem what is wrong and what was expected
   */
  public MalformedCsvException(
      ErrorCode code, String file, int line, int column, String columnName, String problem) {
    super(code, where(file, line, column, columnName), problem);
    this.file = file;
    this.line = line;
    this.column = column;
    this.columnName = columnName;
  }

  public String file() {
    return file;
  }

  /** The 1-based line of the problem. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, 0 when it concerns no single column. */
  public int column() {
    return column;
  }

  /** The header name of the column, or null when it has none (or the header itself is bad). */
  public String columnName() {
    return columnName;
  }

  private static String where(String file, int line, int column, String columnName) {
    StringBuilder s = new StringBuilder(file).append(':').append(line);
    if (column > 0) {
      s.append(" column ").append(column);
      if (columnName != null) {
        s.append(" (").append(columnName).append(')');
      }
    }
    return s.toString();
  }
}
