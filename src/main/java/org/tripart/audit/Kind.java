package org.tripart.audit;

import java.util.Locale;
import java.util.Optional;

/** How a published item was asked, which decides what its percentages must satisfy. */
public enum Kind {
  /** One answer per respondent: the options of one item should sum to 100%. */
  SINGLE,
  /** Check all that apply: each option is a share of respondents, the column sums past 100%. */
  MULTI,
  /** Yes/no: usually only the "yes" share is printed. */
  BINARY;

  /** The spelling used in the {@code kind} column of a published table, for example "single". */
  public String csvName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind spelled {@code text} in a published table, or empty when no kind is spelled so. */
  static Optional<Kind> fromCsvName(String text) {
    for (Kind kind : values()) {
      if (kind.csvName().equals(text)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
