package org.tripart.stats.model;

import java.util.List;
import org.tripart.ErrorCode;

/**
 * A design matrix as R's {@code model.matrix} gives it: {@code rows} by {@code columns.size()}
 * values, row-major ({@code values[row * p + j]}), one row per row of the survey design, columns
 * named by the caller (an intercept, if wanted, is a column of ones the caller includes). NaN marks
 * a missing value; such rows are dropped from the fit. The array is held, not copied: callers must
 * not change it while a model uses it.
 */
public record ModelMatrix(double[] values, int rows, List<String> columns) {
  /**
   * @throws ModelInputException (TRP-0410) when the values do not fill rows by columns, or a column
   *     name is empty or repeated
   */
  public ModelMatrix {
    columns = List.copyOf(columns);
    if (columns.isEmpty() || rows < 0 || values.length != (long) rows * columns.size()) {
      throw new ModelInputException(
          ErrorCode.MODEL_INPUT,
          "design matrix",
          values.length + " values for " + rows + " rows of " + columns.size() + " columns");
    }
    for (int j = 0; j < columns.size(); j++) {
      String c = columns.get(j);
      if (c.isBlank() || columns.indexOf(c) != j) {
        throw new ModelInputException(
            ErrorCode.MODEL_INPUT,
            "design matrix column " + (j + 1),
            "name '" + c + "' is empty or repeated");
      }
    }
  }

  /** The number of columns (coefficients). */
  public int width() {
    return columns.size();
  }

  /** The value at a row and column. */
  public double get(int row, int column) {
    return values[row * columns.size() + column];
  }
}
