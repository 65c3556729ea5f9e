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

  /** The value in a row, NaN when the row did not answer the item. */
  double value(int row) {
    switch (kind) {
      case NUMBER:
        return numeric.answered(row) ? numeric.value(row) : Double.NaN;
      case CHOSEN:
        int code = coded.code(row);
        return code == CodedColumn.BLANK ? Double.NaN : code == option ? 1 : 0;
      default:
        return multi.answered(row) ? (multi.selected(row, option) ? 1 : 0) : Double.NaN;
    }
  }
}
