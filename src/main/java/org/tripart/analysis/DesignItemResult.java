package org.tripart.analysis;

import java.util.List;
import org.tripart.instrument.Item;
import org.tripart.stats.design.RaoScottTest;

/**
 * The design-based estimates of one item: per option (or the mean), for all rows of the domain and,
 * with a {@code by} item, per category, with the Rao-Scott tests of association. Immutable.
 *
 * @param item the item
 * @param by the item split by, null for none
 * @param estimates overall estimates first, then those of every {@code by} category in option order
 * @param tests one test for a single-choice item, one per option of a multiple-choice item; empty
 *     without {@code by}; an entry is null where the table has fewer than two non-empty rows or
 *     columns
 */
public record DesignItemResult(
    Item item, Item by, List<DesignEstimate> estimates, List<RaoScottTest> tests) {
  public DesignItemResult {
    estimates = List.copyOf(estimates);
    tests = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tests));
  }
}
