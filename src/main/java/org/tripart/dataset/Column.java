package org.tripart.dataset;

import org.tripart.instrument.Answer;
import org.tripart.instrument.Item;

/**
 * The answers of every respondent of a {@link Dataset} to one item, stored column-wise. Rows are
 * numbered 0..size-1 in the order of the dataset. Columns are immutable once built and safe to read
 * from many threads.
 */
public sealed interface Column permits CodedColumn, MultiColumn, NumericColumn, TextColumn {
  Item item();

  int size();

  /** True when the respondent in this row gave an answer. */
  boolean answered(int row);

  /** The answer in this row as skip logic sees it, or null when not answered. */
  Answer answer(int row);
}
