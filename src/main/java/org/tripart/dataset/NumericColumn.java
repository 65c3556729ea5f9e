package org.tripart.dataset;

import org.tripart.instrument.Answer;
import org.tripart.instrument.Item;

/** Answers to an integer or decimal item; a blank row holds NaN. */
public final class NumericColumn implements Column {
  private final Item item;
  private final double[] values;

  /** Takes ownership of {@code values}; the caller must not change it afterwards. */
  NumericColumn(Item item, double[] values) {
    this.item = item;
    this.values = values;
  }

  @Override
  public Item item() {
    return item;
  }

  @Override
  public int size() {
    return values.length;
  }

  /** The value in this row, NaN when blank. */
  public double value(int row) {
    return values[row];
  }

  @Override
  public boolean answered(int row) {
    return !Double.isNaN(values[row]);
  }

  @Override
  public Answer answer(int row) {
    double v = values[row];
    return Double.isNaN(v) ? null : new Answer.Number(v);
  }
}
