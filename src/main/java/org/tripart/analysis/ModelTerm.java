package org.tripart.analysis;

import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.MultiColumn;
import org.tripart.dataset.NumericColumn;

/**
 * One factor of a design-matrix column, read from a data set's column row by row without boxing: a
 * numeric item's value, whether a row chose an option of a single-choice item, or whether it ticked
 * an option of a multiple-choice item (1 or 0); NaN where the row did not answer the item, as R's
 * {@code model.frame} marks a missing value. Immutable; thread-safe as the columns it reads.
 */
final class ModelTerm {
  private enum Kind {
    NUMBER,
    CHOSEN,
    TICKED
  }

  private final Kind kind;
  private final NumericColumn numeric;
  private final CodedColumn coded;
  private final MultiColumn multi;
  private final int option;

  private ModelTerm(
      Kind kind, NumericColumn numeric, CodedColumn coded, MultiColumn multi, int option) {
    this.kind = kind;
    this.numeric = numeric;
    this.coded = coded;
    this.multi = multi;
    this.option = option;
  }

  /** The item's value. */
  static ModelTerm number(NumericColumn column) {
    return new ModelTerm(Kind.NUMBER, column, null, null, -1);
  }

  /** 1 when the row chose the option (by index), else 0. */
  static ModelTerm chosen(CodedColumn column, int option) {
    return new ModelTerm(Kind.CHOSEN, null, column, null, option);
  }

  /** 1 when the row ticked the option (by index), else 0. */
  static ModelTerm ticked(MultiColumn column, int option) {
    return new ModelTerm(Kind.TICKED, null, null, column, option);
  }

  /**
   * Writes this term's value in rows {@code [from, to)} into column {@code j} of the row-major
   * {@code values} of width {@code p}, or multiplies the value there by it ({@code multiply}); NaN
   * where the row did not answer the item.
   */
  void write(int from, int to, double[] values, int p, int j, boolean multiply) {
    switch (kind) {
      case NUMBER:
        for (int r = from; r < to; r++) {
          double v = numeric.answered(r) ? numeric.value(r) : Double.NaN;
          put(values, r * p + j, v, multiply);
        }
        break;
      case CHOSEN:
        for (int r = from; r < to; r++) {
          int code = coded.code(r);
          double v = code == CodedColumn.BLANK ? Double.NaN : code == option ? 1 : 0;
          put(values, r * p + j, v, multiply);
        }
        break;
      default:
        for (int r = from; r < to; r++) {
          double v = multi.answered(r) ? (multi.selected(r, option) ? 1 : 0) : Double.NaN;
          put(values, r * p + j, v, multiply);
        }
    }
  }

  private static void put(double[] values, int at, double v, boolean multiply) {
    if (multiply) {
      values[at] *= v;
    } else {
      values[at] = v;
    }
  }
}
