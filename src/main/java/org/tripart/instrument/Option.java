package org.tripart.instrument;

import java.util.Objects;

/**
 * One answer option of a coded item.
 *
 * @param code stable code, stored and exported in place of the label; lower-case letters, digits
 *     and underscores, starting with a letter or digit
 * @param label the text shown to respondents, per language
 * @param exclusive true when choosing this option of a multiple-choice item excludes every other
 *     ("none of these"); always false for other item types
 */
public record Option(String code, LocalizedText label, boolean exclusive) {
  public Option {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }

  public Option(String code, LocalizedText label) {
    this(code, label, false);
  }
}
