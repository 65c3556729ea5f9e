package org.tripart.audit;

import java.util.Objects;

/**
 * One printed percentage of a published table: a row of {@code published-tables.csv}. Immutable.
 *
 * <p>Null policy: {@code textPct} is null when the narrative does not give a different figure, and
 * {@code note} is null when there is no note; every other component is non-null (labels may be
 * empty strings). The number of decimals a percentage was printed with is recovered from its
 * shortest decimal form, so a value printed as "40.0" counts as "40"; this makes the audit more
 * lenient, never stricter.
 *
 * @param line the line of the file the row starts on (1 is the header), for messages
 * @param table the table number as printed, for example "10"
 * @param group the respondent group, for example "research"
 * @param item the item id, unique within a group
 * @param itemLabel the item's printed label
 * @param kind how the item was asked
 * @param option the option id, unique within an item
 * @param optionLabel the option's printed label
 * @param tablePct the percentage printed in the table, 0 to 100
 * @param textPct the percentage the narrative gives where it differs, 0 to 100, or null
 * @param note what is unclear in the paper about this row, or null
 */
public record PublishedRow(
    int line,
    String table,
    String group,
    String item,
    String itemLabel,
    Kind kind,
    String option,
    String optionLabel,
    Double tablePct,
    Double textPct,
    String note) {
  public PublishedRow {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(itemLabel, "itemLabel");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(optionLabel, "optionLabel");
    Objects.requireNonNull(tablePct, "tablePct");
  }
}
