package org.tripart.web.dashboard;

import java.util.List;
import org.tripart.fieldwork.FieldworkSummary;

/**
 * Which rows of the fieldwork overview a viewer may not see: a row whose invited or completed count
 * lies between 1 and {@code threshold - 1} is withheld whole (its counts and the rate made of
 * them), and when that withholds a single row of a dimension, the smallest other non-empty row is
 * withheld with it, so that the total (the same over every dimension) minus the shown rows does not
 * give the small row away. Stateless and thread-safe; arguments must not be null.
 */
final class OverviewMasks {
  private OverviewMasks() {}

  /** Per row of {@code s}, in order, whether a viewer's overview withholds it. */
  static boolean[] rows(FieldworkSummary s, int threshold) {
    List<FieldworkSummary.Row> rows = s.rows();
    long[] invited = new long[rows.size()];
    boolean[] hidden = new boolean[rows.size()];
    for (int i = 0; i < hidden.length; i++) {
      FieldworkSummary.Row r = rows.get(i);
      invited[i] = r.invited();
      hidden[i] = small(r.invited(), threshold) || small(r.completed(), threshold);
    }
    return complement(invited, hidden);
  }

  /** Per count, in order, whether a viewer's overview withholds it. */
  static boolean[] counts(long[] counts, int threshold) {
    boolean[] hidden = new boolean[counts.length];
    for (int i = 0; i < counts.length; i++) {
      hidden[i] = small(counts[i], threshold);
    }
    return complement(counts, hidden);
  }

  private static boolean[] complement(long[] sizes, boolean[] hidden) {
    int count = 0;
    for (boolean h : hidden) {
      count += h ? 1 : 0;
    }
    if (count == 1) {
      int smallest = -1;
      for (int i = 0; i < sizes.length; i++) {
        if (!hidden[i] && sizes[i] > 0 && (smallest < 0 || sizes[i] < sizes[smallest])) {
          smallest = i;
        }
      }
      if (smallest >= 0) {
        hidden[smallest] = true;
      }
    }
    return hidden;
  }

  private static boolean small(long count, int threshold) {
    return count >= 1 && count < threshold;
  }
}
