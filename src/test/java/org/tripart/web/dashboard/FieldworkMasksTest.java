package org.tripart.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.fieldwork.Counts;
import org.tripart.fieldwork.FieldworkSummary;

/**
 * The rows of a fieldwork table a viewer may not see, which also shows started and partial counts:
 * at threshold 5 a count from 1 to 4 in any of invited, started, completed or partial withholds its
 * row, a single withheld row takes the smallest other non-empty row with it, and a total with such
 * a count is withheld too.
 */
class FieldworkMasksTest {

  /** A table by group from {@code {invited, started, completed}} per key, in order. */
  private static FieldworkSummary table(Object... keysAndCounts) {
    Map<String, Counts> counts = new LinkedHashMap<>();
    for (int i = 0; i < keysAndCounts.length; i += 2) {
      long[] c = (long[]) keysAndCounts[i + 1];
      counts.put((String) keysAndCounts[i], new Counts(c[2], c[1] - c[2], 0, c[0] - c[1], 0, 0, 0));
    }
    return FieldworkSummary.fromCounts(FieldworkSummary.Dimension.GROUP, counts);
  }

  @Test
  void aSmallPartialCountWithholdsItsRowThoughTheOverviewWouldShowIt() {
    FieldworkSummary s =
        table(
            "a",
            new long[] {40, 12, 10},
            "b",
            new long[] {30, 20, 20},
            "c",
            new long[] {50, 25, 25});

    assertThat(OverviewMasks.rows(s, 5)).containsExactly(false, false, false);
    assertThat(OverviewMasks.fieldworkRows(s, 5)).containsExactly(true, true, false);
  }

  @Test
  void aWithheldRowTakesTheSmallestOtherNonEmptyRowWithIt() {
    FieldworkSummary s =
        table("a", new long[] {8, 0, 0}, "b", new long[] {30, 3, 3}, "c", new long[] {9, 9, 9});

    assertThat(OverviewMasks.fieldworkRows(s, 5)).containsExactly(true, true, false);
    assertThat(OverviewMasks.fieldworkTotal(s, 5)).isFalse();
  }

  @Test
  void aTotalWithASmallCountIsWithheld() {
    FieldworkSummary s = table("a", new long[] {20, 2, 1}, "b", new long[] {30, 0, 0});

    assertThat(OverviewMasks.fieldworkTotal(s, 5)).isTrue();
    assertThat(OverviewMasks.fieldworkRows(s, 5)).containsExactly(true, true);
  }

  @Test
  void thresholdsZeroAndOneWithholdNothing() {
    FieldworkSummary s = table("a", new long[] {1, 1, 1}, "b", new long[] {30, 2, 0});

    assertThat(OverviewMasks.fieldworkRows(s, 0)).containsExactly(false, false);
    assertThat(OverviewMasks.fieldworkRows(s, 1)).containsExactly(false, false);
    assertThat(OverviewMasks.fieldworkTotal(s, 1)).isFalse();
  }
}
