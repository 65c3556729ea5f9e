package org.tripart.audit;

import java.util.Locale;

/** The kinds of inconsistency the audit looks for in a published table. */
public enum FindingKind {
  /** A single-choice block whose printed percentages cannot sum to 100, rounding allowed for. */
  SUM_NOT_100("Single-choice blocks that do not sum to 100%"),
  /** A printed percentage that no whole count out of the group size rounds to. */
  GRANULARITY("Percentages no whole count of respondents can give"),
  /**
   * A single-choice block whose percentages are each achievable and sum to 100 within rounding, but
   * which no whole counts out of the group size give all at once.
   */
  JOINT_GRANULARITY("Single-choice blocks no whole counts of respondents can give together"),
  /** A figure that the table and the narrative print differently. */
  TABLE_TEXT_MISMATCH("Figures the table and the narrative disagree on");

  private final String title;

  FindingKind(String title) {
    this.title = title;
  }

  /** The name used in the {@code finding} column of an audit CSV, for example "sum_not_100". */
  public String csvName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A heading for the findings of this kind in a report meant for people. */
  public String title() {
    return title;
  }
}
