package org.tripart.network;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The undirected tie between two organisations, present when at least one respondent named it in
 * either direction. Immutable.
 *
 * @param source the organisation that comes first in the network's node order
 * @param target the other organisation
 * @param weight the number of distinct respondents who named the pair, in either direction (at
 *     least 1)
 * @param reciprocated whether each end has nominated the other (some respondent of {@code source}
 *     named {@code target} and some respondent of {@code target} named {@code source})
 * @param kinds every tie kind answered for the pair, in code order, with the number of distinct
 *     respondents who gave it
 */
public record Tie(
    String source, String target, int weight, boolean reciprocated, Map<String, Integer> kinds) {
  public Tie {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    kinds = Collections.unmodifiableMap(new TreeMap<>(kinds));
  }

  /**
   * A hash of the two ends only, mixed so that register ids that differ in a digit or two spread
   * well: consistent with {@link #equals(Object)}, and cheap, where the generated one hashes every
   * tie kind on each of the many look-ups JGraphT makes of an edge.
   */
  @Override
  public int hashCode() {
    long h = source.hashCode() * 0x9E3779B97F4A7C15L + target.hashCode();
    h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
    return (int) (h ^ (h >>> 33));
  }

  /** The end that is not {@code id}. */
  public String other(String id) {
    return source.equals(id) ? target : source;
  }
}
