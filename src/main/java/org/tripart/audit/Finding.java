package org.tripart.audit;

import java.util.Objects;

/**
 * One inconsistency found in a published table. Immutable; no component is null.
 *
 * @param group the respondent group, as in the table's {@code group} column
 * @param item the item id the finding is about
 * @param kind what kind of inconsistency it is
 * @param detail one sentence for a person: the figures involved and why they do not fit
 */
public record Finding(String group, String item, FindingKind kind, String detail) {
  public Finding {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}
