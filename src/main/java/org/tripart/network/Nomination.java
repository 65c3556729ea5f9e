package org.tripart.network;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One respondent naming one partner organisation: the directed nomination {@code ego -> alter}.
 * Immutable.
 *
 * @param respondentId the respondent, never null
 * @param ego the id of the respondent's own organisation, never null
 * @param alter the id of the partner named, never null
 * @param kinds the tie-kind codes answered for this partner (for example {@code data_sharing}),
 *     possibly empty; null is read as empty
 */
public record Nomination(String respondentId, String ego, String alter, Set<String> kinds) {
  public Nomination {
    Objects.requireNonNull(respondentId, "respondentId");
    Objects.requireNonNull(ego, "ego");
    Objects.requireNonNull(alter, "alter");
    kinds =
        kinds == null
            ? Set.of()
            : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(kinds));
  }
}
