package org.tripart.instrument;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One answer option of a coded item. Immutable.
 *
 * @param code stable code, stored and exported in place of the label; lower-case letters, digits
 *     and underscores, starting with a letter or digit
 * @param label the text shown to respondents, per language
 * @param exclusive true when choosing this option of a multiple-choice item excludes every other
 *     ("none of these"); always false for other item types
 * @param score the number the option counts for in calculations (FHIR's {@code ordinalValue}, a
 *     Likert point, a PHQ-9 item score); null when the option has none
 * @param when the condition under which the option is offered (cascading selects: a hospital
 *     offered only for the province chosen before); null when it is always offered
 * @param missing true when the option is a missing-data code ("don't know", REDCap's 777 or 999):
 *     kept as an answer like any other, and declared as a missing value when data are written for
 *     SPSS, Stata or R
 */
public record Option(
    String code,
    LocalizedText label,
    boolean exclusive,
    Double score,
    Condition when,
    boolean missing) {
  public Option {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }

  public Option(String code, LocalizedText label, boolean exclusive) {
    this(code, label, exclusive, null, null, false);
  }

  public Option(String code, LocalizedText label) {
    this(code, label, false);
  }

  /** The option's score, empty when it has none. */
  public OptionalDouble scoreValue() {
    return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
  }

  /** The condition under which the option is offered, empty when it always is. */
  public Optional<Condition> condition() {
    return Optional.ofNullable(when);
  }
}
