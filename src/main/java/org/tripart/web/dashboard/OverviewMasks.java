package org.tripart.web.dashboard;

import java.util.List;
import java.util.function.Function;
import org.tripart.fieldwork.FieldworkSummary;

/**
 * Which rows of a fieldwork table a viewer may not see: a row with a count it shows between 1 and
 * {@code threshold - 1} is withheld whole (its counts and the rates made of them), and when that
 * withholds a single row of a dimension, the smallest other non-empty row is withheld with it, so
 * that the total (the same over every dimension) minus the shown rows does not give the small row
 * away. The dashboard's overview shows invited and completed counts ({@link #rows}); the fieldwork
 * page and its JSON show started and partial as well ({@link #fieldworkRows}, {@link
 * #fieldworkTotal}). A threshold of 0 or 1 withholds nothing. Stateless and thread-safe; arguments
 * must not be null.
 */
public final class OverviewMasks {
  private OverviewMasks() {}

  /**
   * Per row of {@code s}, in order, whether a viewer's overview (invited, completed) withholds it.
   */
  static boolean[] rows(FieldworkSummary s, int threshold) {
    return rows(s, threshold, r -> new long[] {r.invited(), r.completed()});
  }

  /**
   * Per row of {@code s}, in order, whether a viewer's fieldwork table, which shows invited,
   * started, completed and partial counts, withholds it.
   */
  public static boolean[] fieldworkRows(FieldworkSummary s, int threshold) {
    return rows(s, threshold, OverviewMasks::shown);
  }

  /**
   * Whether a viewer's fieldwork table withholds its total row: when one of the total's counts is
   * itself from 1 to {@code threshold - 1}.
   */
  public static boolean fieldworkTotal(FieldworkSummary s, int threshold) {
    return anySmall(shown(s.total()), threshold);
  }

  /** Per count, in order, whether a viewer's overview withholds it. */
  static boolean[] counts(long[] counts, int threshold) {
    boolean[] hidden = new boolean[counts.length];
    for (int i = 0; i < counts.length; i++) {
      hidden[i] = small(counts[i], threshold);
    }
    return complement(counts, hidden);
  }

  private static long[] shown(FieldworkSummary.Row r) {
    return new long[] {r.invited(), r.started(), r.completed(), r.partial()};
  }

  private static boolean[] rows(
      FieldworkSummary s, int threshold, Function<FieldworkSummary.Row, long[]> shown) {
    List<FieldworkSummary.Row> rows = s.rows();
    long[] invited = new long[rows.size()];
    boolean[] hidden = new boolean[rows.size()];
    for (int i = 0; i < hidden.length; i++) {
      FieldworkSummary.Row r = rows.get(i);
      invited[i] = r.invited();
      hidden[i] = anySmall(shown.apply(r), threshold);
    }
    return complement(invited, hidden);
  }

  private static boolean anySmall(long[] counts, int threshold) {
    for (long c : counts) {
      if (small(c, threshold)) {
        return true;
      }
    }
    return false;
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
