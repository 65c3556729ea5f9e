package org.tripart.analysis;

import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.MultiColumn;
import org.tripart.dataset.NumericColumn;

/**
 * One item's columns in a design matrix, read from a data set's column row by row without boxing: a
 * numeric item's value (one column), the treatment-coded columns of a single-choice item (a row has
 * a 1 in its option's column, or none at the reference level), or one 0/1 column per option of a
 * multiple-choice item. A row that did not answer the item is missing, as R's {@code model.frame}
 * marks it. Immutable; thread-safe as the columns it reads.
 */
final class ModelTerm {
  private enum Kind {
    NUMBER,
    CHOICE,
    TICKS
  }

  private final Kind kind;
  private final NumericColumn numeric;
  private final CodedColumn coded;
  private final MultiColumn multi;
  private final int[] columnOfOption;
  private final int width;

  private ModelTerm(
      Kind kind,
      NumericColumn numeric,
      CodedColumn coded,
      MultiColumn multi,
      int[] columnOfOption,
      int width) {
    this.kind = kind;
    this.numeric = numeric;
    this.coded = coded;
    this.multi = multi;
    this.columnOfOption = columnOfOption;
    this.width = width;
  }

  /** The item's value, one column. */
  static ModelTerm number(NumericColumn column) {
    return new ModelTerm(Kind.NUMBER, column, null, null, null, 1);
  }

  /**
   * A single-choice item's columns: option index o has column {@code columnOfOption[o]}, or none
   * (-1) for the reference level and options left out.
   */
  static ModelTerm choice(CodedColumn column, int[] columnOfOption, int width) {
    return new ModelTerm(Kind.CHOICE, null, column, null, columnOfOption.clone(), width);
  }

  /** A multiple-choice item's columns, one per option in order: 1 when ticked. */
  static ModelTerm ticks(MultiColumn column, int options) {
    return new ModelTerm(Kind.TICKS, null, null, column, null, options);
  }

  /** The number of columns. */
  int width() {
    return width;
  }

  /**
   * How many entries {@link #entries} writes for row {@code r}, or -1 when the row did not answer
   * the item; nothing is written.
   */
  int count(int r) {
    switch (kind) {
      case NUMBER:
        if (!numeric.answered(r)) {
          return -1;
        }
        return numeric.value(r) != 0 ? 1 : 0;
      case CHOICE:
        int code = coded.code(r);
        if (code == CodedColumn.BLANK) {
          return -1;
        }
        return columnOfOption[code] >= 0 ? 1 : 0;
      default:
        if (!multi.answered(r)) {
          return -1;
        }
        int ticked = 0;
        for (int o = 0; o < width; o++) {
          if (multi.selected(r, o)) {
            ticked++;
          }
        }
        return ticked;
    }
  }

  /**
   * Writes row {@code r}'s non-zero entries, columns counted from 0 within the item and increasing,
   * into {@code columns} and {@code values} from {@code at}.
   *
   * @return the end of what was written, or -1 when the row did not answer the item
   */
  int entries(int r, int[] columns, double[] values, int at) {
    switch (kind) {
      case NUMBER:
        if (!numeric.answered(r)) {
          return -1;
        }
        double v = numeric.value(r);
        if (v != 0) {
          columns[at] = 0;
          values[at++] = v;
        }
        return at;
      case CHOICE:
        int code = coded.code(r);
        if (code == CodedColumn.BLANK) {
          return -1;
        }
        int j = columnOfOption[code];
        if (j >= 0) {
          columns[at] = j;
          values[at++] = 1;
        }
        return at;
      default:
        if (!multi.answered(r)) {
          return -1;
        }
        for (int o = 0; o < width; o++) {
          if (multi.selected(r, o)) {
            columns[at] = o;
            values[at++] = 1;
          }
        }
        return at;
    }
  }
}
