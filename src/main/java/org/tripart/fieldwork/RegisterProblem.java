package org.tripart.fieldwork;

import org.tripart.ErrorCode;

/**
 * One problem of an institution register file. Immutable.
 *
 * @param code {@link ErrorCode#REGISTER_FORMAT} or {@link ErrorCode#REGISTER_VALUE}
 * @param line the 1-based line where the row (or the problem) starts; 0 for the file as a whole
 * @param column the 1-based column, or 0 when the problem concerns the whole line or file
 * @param columnName the column's header name, or empty when {@code column} is 0
 * @param message what is wrong and how to fix it
 */
public record RegisterProblem(
    ErrorCode code, int line, int column, String columnName, String message) {

  /** The place and the problem, for example {@code line 12, column 3 (province_code): ...}. */
  @Override
  public String toString() {
    if (line <= 0) {
      return message;
    }
    String where =
        column > 0
            ? "line " + line + ", column " + column + " (" + columnName + ")"
            : "line " + line;
    return where + ": " + message;
  }
}
