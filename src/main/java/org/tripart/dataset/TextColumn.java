package org.tripart.dataset;

import java.util.List;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Item;

/**
 * Answers to a text, date or institution item, dictionary-coded: each distinct value is stored once
 * and rows hold its index, or {@link #BLANK}.
 */
public final class TextColumn implements Column {
  public static final int BLANK = -1;

  private final Item item;
  private final int[] ids;
  private final List<String> dictionary;

  /** Takes ownership of {@code ids}; the caller must not change it afterwards. */
  TextColumn(Item item, int[] ids, List<String> dictionary) {
    this.item = item;
    this.ids = ids;
    this.dictionary = List.copyOf(dictionary);
  }

  @Override
  public Item item() {
    return item;
  }

  @Override
  public int size() {
    return ids.length;
  }

  /** The index of this row's value in {@link #dictionary()}, or {@link #BLANK}. */
  public int id(int row) {
    return ids[row];
  }

  /** The distinct values, in order of first appearance. */
  public List<String> dictionary() {
    return dictionary;
  }

  /** The value in this row, or null when blank. */
  public String value(int row) {
    int i = ids[row];
    return i == BLANK ? null : dictionary.get(i);
  }

  @Override
  public boolean answered(int row) {
    return ids[row] != BLANK;
  }

  @Override
  public Answer answer(int row) {
    String v = value(row);
    return v == null ? null : new Answer.Text(v);
  }
}
