package org.tripart.web.pages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One partner slot of a roster as the respondent page shows it: the partner chosen or typed (or
 * neither yet), the province its list is filtered by, and the tie answers given. Unlike {@link
 * org.tripart.instrument.Partner} it may hold what the server refused (both an id and a name, tie
 * answers and no partner), so that a refused form is shown again as it was sent. Immutable.
 *
 * @param position the slot's number, 1-based: its fields are {@code ROSTER.position.FIELD}, and the
 *     validator's messages name it as {@code ROSTER[position]}
 * @param id the register id chosen, null when none
 * @param other the name typed for a partner not listed, null when none
 * @param province the province code the slot's list shows, null when none is chosen
 * @param ties the tie answers by tie id; never null
 */
public record RosterSlot(
    int position,
    String id,
    String other,
    String province,
    Map<String, org.tripart.instrument.Answer> ties) {
  public RosterSlot {
    ties = Collections.unmodifiableMap(new LinkedHashMap<>(ties == null ? Map.of() : ties));
  }

  /** True when neither a register id nor a name is given. */
  public boolean isEmpty() {
    return id == null && other == null;
  }
}
