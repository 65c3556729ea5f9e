package org.tripart.study;

/**
 * A figure the paper gives only in its text, with where in the data it is recomputed from.
 *
 * @param line the line of the facts file, for messages
 * @param group the stakeholder group
 * @param item the published item id
 * @param itemLabel the item's label as printed
 * @param kind {@code count}, {@code single}, {@code multi} or {@code binary}
 * @param option our option id of the printed figure
 * @param optionLabel the option's label as printed
 * @param published the printed value: a percentage, or a count for {@code count} rows
 * @param note what the paper leaves unclear, may be empty
 * @param sourceItem the instrument item that recomputes it, or a pseudo-source: {@code
 *     .invitations} (invitations sent), {@code .respondents} (questionnaires returned)
 * @param sourceOption the option of {@code sourceItem} that is counted; empty for counts
 * @param byItem for a figure within a subgroup, the item that defines it, else empty
 * @param byOption the option of {@code byItem} that defines the subgroup, else empty
 */
public record TextFact(
    int line,
    String group,
    String item,
    String itemLabel,
    String kind,
    String option,
    String optionLabel,
    double published,
    String note,
    String sourceItem,
    String sourceOption,
    String byItem,
    String byOption) {

  public boolean isCount() {
    return "count".equals(kind);
  }

  public boolean isWithinSubgroup() {
    return !byItem.isEmpty();
  }
}
