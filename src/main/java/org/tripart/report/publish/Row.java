package org.tripart.report.publish;

import java.util.List;

/**
 * A row of a publication table: an item's heading, or one of its options with a cell per group.
 * Immutable.
 *
 * @param kind heading or option
 * @param itemId the item the row belongs to
 * @param optionCode the option's code, empty on a heading row
 * @param label the printed label
 * @param cells one per group of the table for an option row, empty for a heading
 * @param pValue the chi-square p-value printed on this row, NaN when none
 */
public record Row(
    Kind kind, String itemId, String optionCode, String label, List<Cell> cells, double pValue) {

  /** Heading rows name an item; option rows are indented under it. */
  public enum Kind {
    HEADING,
    OPTION
  }

  public Row {
    cells = List.copyOf(cells);
  }

  public boolean isHeading() {
    return kind == Kind.HEADING;
  }
}
