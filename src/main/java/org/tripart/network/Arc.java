package org.tripart.network;

import java.util.Objects;

/**
 * A directed arc of the nomination graph: some respondent of {@code ego} named {@code alter}.
 * Immutable.
 *
 * @param ego the nominating organisation
 * @param alter the organisation named
 * @param respondents the number of distinct respondents of {@code ego} who named {@code alter}
 */
public record Arc(String ego, String alter, int respondents) {
  public Arc {
    Objects.requireNonNull(ego, "ego");
    Objects.requireNonNull(alter, "alter");
  }
}
