package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.List;
import org.tripart.ErrorCode;

/**
 * The model matrix of a calibration, column by column as R's {@code model.matrix(formula, data)}
 * names them: {@code "(Intercept)"}, a factor's levels after its first (reference) level as {@code
 * name + level}, numeric columns by their name. Not thread-safe while being built; {@link #matrix}
 * gives a fresh array.
 */
public final class CalibrationModel {
  private final int rows;
  private final List<String> names = new ArrayList<>();
  private final List<double[]> columns = new ArrayList<>();

  private CalibrationModel(int rows) {
    this.rows = rows;
  }

  /** A model matrix of {@code rows} rows, without columns yet. */
  public static CalibrationModel rows(int rows) {
    return new CalibrationModel(rows);
  }

  /** Adds R's {@code (Intercept)} column of ones. */
  public CalibrationModel intercept() {
    double[] one = new double[rows];
    java.util.Arrays.fill(one, 1);
    return add("(Intercept)", one);
  }

  /**
   * Adds a factor's treatment-contrast columns: one 0/1 column per level after the first, named
   * {@code name + levels[i]}.
   *
   * @param codes every row's level, an index into {@code levels}
   */
  public CalibrationModel factor(String name, int[] codes, List<String> levels) {
    check(name, codes.length);
    for (int l = 1; l < levels.size(); l++) {
      double[] c = new double[rows];
      for (int r = 0; r < rows; r++) {
        if (codes[r] < 0 || codes[r] >= levels.size()) {
          throw new DesignInputException(
              ErrorCode.CALIBRATION_INPUT,
              name + " row " + (r + 1),
              "level code " + codes[r] + " is not one of the " + levels.size() + " levels");
        }
        c[r] = codes[r] == l ? 1 : 0;
      }
      add(name + levels.get(l), c);
    }
    return this;
  }

  /** Adds a numeric column (copied); it may hold no NaN, as R's model frame would drop the row. */
  public CalibrationModel numeric(String name, double[] values) {
    check(name, values.length);
    for (int r = 0; r < rows; r++) {
      if (!Double.isFinite(values[r])) {
        throw new DesignInputException(
            ErrorCode.CALIBRATION_INPUT, name + " row " + (r + 1), "value " + values[r]);
      }
    }
    return add(name, values.clone());
  }

  private CalibrationModel add(String name, double[] column) {
    if (names.contains(name)) {
      throw new DesignInputException(
          ErrorCode.CALIBRATION_INPUT, name, "the model matrix already has a column of that name");
    }
    names.add(name);
    columns.add(column);
    return this;
  }

  private void check(String name, int length) {
    if (length != rows) {
      throw new DesignInputException(
          ErrorCode.CALIBRATION_INPUT, name, length + " values for a model of " + rows + " rows");
    }
  }

  /** The column names, in order. */
  public List<String> names() {
    return List.copyOf(names);
  }

  int rowCount() {
    return rows;
  }

  /** The columns kept (by index), row-major. */
  double[] matrix(int[] keep) {
    int p = keep.length;
    double[] out = new double[rows * p];
    for (int a = 0; a < p; a++) {
      double[] c = columns.get(keep[a]);
      for (int r = 0; r < rows; r++) {
        out[r * p + a] = c[r];
      }
    }
    return out;
  }

  double[] column(int index) {
    return columns.get(index);
  }
}
