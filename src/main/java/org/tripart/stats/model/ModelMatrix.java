package org.tripart.stats.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.tripart.ErrorCode;

/**
 * A design matrix as R's {@code model.matrix} gives it: one row per row of the survey design,
 * columns named by the caller (an intercept, if wanted, is a column of ones the caller includes).
 * NaN marks a missing value; such rows are dropped from the fit.
 *
 * <p>Held as compressed rows: per row, the columns whose value is not zero, in increasing order,
 * and their values. A model's factor columns are mostly zeros (a single-choice item of k options
 * has k - 1 columns and at most one is 1 in a row), so a fit reads a fraction of what a dense
 * matrix holds; every skipped product is a zero, which leaves the sums a dense loop makes as they
 * are (they start at +0), so the fits are those of the dense matrix, bit for bit. Immutable; the
 * arrays are owned by the matrix.
 */
public final class ModelMatrix {
  private static final int CHECK_ROWS = 16_384;
  private final int rows;
  private final List<String> columns;
  private final int[] start;
  private final int[] index;
  private final double[] value;

  /**
   * A matrix from its dense values, row-major ({@code values[row * p + j]}); the array is read, not
   * held.
   *
   * @throws ModelInputException (TRP-0410) when the values do not fill rows by columns, or a column
   *     name is empty or repeated
   */
  public ModelMatrix(double[] values, int rows, List<String> columns) {
    this.columns = checkedColumns(columns);
    int p = this.columns.size();
    if (rows < 0 || values.length != (long) rows * p) {
      throw new ModelInputException(
          ErrorCode.MODEL_INPUT,
          "design matrix",
          values.length + " values for " + rows + " rows of " + p + " columns");
    }
    this.rows = rows;
    int count = 0;
    for (double v : values) {
      if (v != 0) {
        count++;
      }
    }
    this.start = new int[rows + 1];
    this.index = new int[count];
    this.value = new double[count];
    int at = 0;
    for (int r = 0; r < rows; r++) {
      start[r] = at;
      for (int j = 0; j < p; j++) {
        double v = values[r * p + j];
        if (v != 0) {
          index[at] = j;
          value[at++] = v;
        }
      }
    }
    start[rows] = at;
  }

  private ModelMatrix(int rows, List<String> columns, int[] start, int[] index, double[] value) {
    this.rows = rows;
    this.columns = columns;
    this.start = start;
    this.index = index;
    this.value = value;
  }

  /**
   * A matrix from its compressed rows: row r's entries are {@code index[start[r]] .. index[start[r
   * + 1] - 1]} (column numbers, increasing) with {@code value[...]} (none zero). The arrays are
   * held, not copied: the caller gives them up.
   *
   * @throws ModelInputException (TRP-0410) for offsets that do not cover the entries in order, a
   *     column number out of range or not increasing within its row, a zero value, or a column name
   *     that is empty or repeated
   */
  public static ModelMatrix ofRows(
      int rows, List<String> columns, int[] start, int[] index, double[] value) {
    List<String> names = checkedColumns(columns);
    int p = names.size();
    if (rows < 0
        || start.length != rows + 1
        || start[0] != 0
        || start[rows] != index.length
        || index.length != value.length) {
      throw new ModelInputException(
          ErrorCode.MODEL_INPUT,
          "design matrix",
          "row offsets for " + start.length + " rows do not cover " + index.length + " entries");
    }
    int blocks = (rows + CHECK_ROWS - 1) / CHECK_ROWS;
    IntStream range = IntStream.range(0, blocks);
    int bad =
        (blocks > 1 ? range.parallel() : range)
            .map(
                b ->
                    firstBadRow(
                        p,
                        start,
                        index,
                        value,
                        b * CHECK_ROWS,
                        Math.min(rows, (b + 1) * CHECK_ROWS)))
            .filter(r -> r >= 0)
            .min()
            .orElse(-1);
    if (bad >= 0) {
      if (start[bad + 1] < start[bad]) {
        throw new ModelInputException(
            ErrorCode.MODEL_INPUT, "design matrix row " + (bad + 1), "offsets decrease");
      }
      int e = start[bad];
      while (index[e] >= 0
          && index[e] < p
          && (e == start[bad] || index[e] > index[e - 1])
          && value[e] != 0) {
        e++;
      }
      throw new ModelInputException(
          ErrorCode.MODEL_INPUT,
          "design matrix row " + (bad + 1),
          "entry for column " + index[e] + " is out of range, out of order or zero");
    }
    return new ModelMatrix(rows, names, start, index, value);
  }

  /** The first row in [from, to) whose offsets decrease or whose entries break the rules, or -1. */
  private static int firstBadRow(
      int p, int[] start, int[] index, double[] value, int from, int to) {
    for (int r = from; r < to; r++) {
      if (start[r + 1] < start[r]) {
        return r;
      }
      for (int e = start[r]; e < start[r + 1]; e++) {
        int j = index[e];
        if (j < 0 || j >= p || (e > start[r] && j <= index[e - 1]) || value[e] == 0) {
          return r;
        }
      }
    }
    return -1;
  }

  private static List<String> checkedColumns(List<String> columns) {
    List<String> names = List.copyOf(columns);
    if (names.isEmpty()) {
      throw new ModelInputException(ErrorCode.MODEL_INPUT, "design matrix", "no columns");
    }
    for (int j = 0; j < names.size(); j++) {
      String c = names.get(j);
      if (c.isBlank() || names.indexOf(c) != j) {
        throw new ModelInputException(
            ErrorCode.MODEL_INPUT,
            "design matrix column " + (j + 1),
            "name '" + c + "' is empty or repeated");
      }
    }
    return names;
  }

  /** The number of rows. */
  public int rows() {
    return rows;
  }

  /** The column names. */
  public List<String> columns() {
    return columns;
  }

  /** The number of columns (coefficients). */
  public int width() {
    return columns.size();
  }

  /** The value at a row and column. */
  public double get(int row, int column) {
    int at = Arrays.binarySearch(index, start[row], start[row + 1], column);
    return at >= 0 ? value[at] : 0;
  }

  /** A new dense row-major array of the values ({@code [row * width() + j]}). */
  public double[] values() {
    int p = width();
    double[] out = new double[Math.multiplyExact(rows, p)];
    for (int r = 0; r < rows; r++) {
      for (int e = start[r]; e < start[r + 1]; e++) {
        out[r * p + index[e]] = value[e];
      }
    }
    return out;
  }

  /** Whether row r has a missing (NaN) value. */
  boolean missing(int row) {
    for (int e = start[row]; e < start[row + 1]; e++) {
      if (Double.isNaN(value[e])) {
        return true;
      }
    }
    return false;
  }

  /** Row r's entries are {@code [starts()[r], starts()[r + 1])} (not a copy: do not change). */
  int[] starts() {
    return start;
  }

  /** The column numbers of the entries (not a copy: do not change). */
  int[] index() {
    return index;
  }

  /** The values of the entries (not a copy: do not change). */
  double[] value() {
    return value;
  }
}
