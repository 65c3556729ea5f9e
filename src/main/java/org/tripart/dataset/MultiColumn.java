package org.tripart.dataset;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Item;

/**
 * Answers to a multiple-choice item: for each option the set of rows that chose it, and the set of
 * rows that answered the item at all (a row may answer with nothing ticked).
 */
public final class MultiColumn implements Column {
  private final Item item;
  private final int size;
  private final BitSet answered;
  private final BitSet[] selected;

  /** Takes ownership of the bit sets; the caller must not change them afterwards. */
  MultiColumn(Item item, int size, BitSet answered, BitSet[] selected) {
    this.item = item;
    this.size = size;
    this.answered = answered;
    this.selected = selected;
  }

  @Override
  public Item item() {
    return item;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean answered(int row) {
    return answered.get(row);
  }

  /** True when this row ticked the option with this index. */
  public boolean selected(int row, int option) {
    return selected[option].get(row);
  }

  /** A copy of the rows that answered the item. */
  public BitSet answeredRows() {
    return (BitSet) answered.clone();
  }

  /** A copy of the rows that ticked the option with this index. */
  public BitSet selectedRows(int option) {
    return (BitSet) selected[option].clone();
  }

  @Override
  public Answer answer(int row) {
    if (!answered.get(row)) {
      return null;
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int o = 0; o < selected.length; o++) {
      if (selected[o].get(row)) {
        codes.add(item.options().get(o).code());
      }
    }
    return new Answer.Choices(codes);
  }
}
