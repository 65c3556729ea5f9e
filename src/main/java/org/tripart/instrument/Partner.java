package org.tripart.instrument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One partner organisation named in a roster item, with the respondent's answers to the roster's
 * tie questions about it. Immutable.
 *
 * @param id the organisation's id in the study's registers; null when the partner is not listed
 * @param other the name the respondent typed for a partner not listed; null when {@code id} is set
 * @param ties the answered tie questions by tie id, in the roster's order; never null
 */
public record Partner(String id, String other, Map<String, Answer> ties) {
  public Partner {
    if ((id == null) == (other == null)) {
      throw new IllegalArgumentException("a partner has either a register id or a name typed in");
    }
    ties = Collections.unmodifiableMap(new LinkedHashMap<>(ties == null ? Map.of() : ties));
  }

  /** True for a partner the respondent typed in because it is not in the registers. */
  public boolean isOther() {
    return id == null;
  }
}
