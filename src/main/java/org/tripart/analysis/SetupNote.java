package org.tripart.analysis;

import java.util.Objects;

/**
 * A sentence on how a design was set up (weights post-stratified, raked, calibrated or trimmed;
 * replicate weights read or made), in English and in Chinese, so that a report in either language
 * says it in its own. Column names and R's own words stay as written. Immutable.
 */
public record SetupNote(String en, String zh) {
  public SetupNote {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(zh, "zh");
  }

  /** The sentence in {@code language}: Chinese for {@code zh}, else English. */
  public String in(String language) {
    return "zh".equals(language) ? zh : en;
  }
}
