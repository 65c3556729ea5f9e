package org.tripart.dataset;

import org.tripart.instrument.Answer;
import org.tripart.instrument.Item;

/**
 * Answers to a single-choice, yes/no, Likert or province item, dictionary-coded: each row holds the
 * index of the chosen option in {@link Item#options()}, or {@link #BLANK}.
 */
public final class CodedColumn implements Column {
  /** The code of a row with no answer. */
  public static final short BLANK = -1;

  private final Item item;
  private final short[] codes;

  /** Takes ownership of {@code codes}; the caller must not change it afterwards. */
  CodedColumn(Item item, short[] codes) {
    this.item = item;
    this.codes = codes;
  }

  @Override
  public Item item() {
    return item;
  }

  @Override
  public int size() {
    return codes.length;
  }

  /** The option index chosen in this row, or {@link #BLANK}. */
  public int code(int row) {
    return codes[row];
  }

  @Override
  public boolean answered(int row) {
    return codes[row] != BLANK;
  }

  @Override
  public Answer answer(int row) {
    short c = codes[row];
    return c == BLANK ? null : new Answer.Choice(item.options().get(c).code());
  }
}
