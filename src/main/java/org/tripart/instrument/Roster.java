package org.tripart.instrument;

import java.util.List;
import java.util.Optional;

/**
 * What a partner roster item asks: from which registers partners are picked, how many may be named,
 * whether one not listed may be typed in, and the tie questions answered for each partner.
 * Immutable.
 *
 * @param sectors the registers partners come from, at least one, in the order offered
 * @param max the most partners a respondent may name, 1 to {@link #MAX_PARTNERS}
 * @param other true when a partner that is not in the registers may be typed in
 * @param ties the questions asked of each partner, in order; their ids are unique in the
 *     instrument's rosters and never {@code id} or {@code other}
 */
public record Roster(List<Sector> sectors, int max, boolean other, List<Item> ties) {
  /** The largest {@link #max} an instrument may set. */
  public static final int MAX_PARTNERS = 50;

  public Roster {
    sectors = List.copyOf(sectors);
    ties = List.copyOf(ties);
  }

  /** The tie question with this id. */
  public Optional<Item> tie(String id) {
    for (Item t : ties) {
      if (t.id().equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
