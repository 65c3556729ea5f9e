package org.tripart.capture;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tripart.instrument.Sector;

/**
 * The organisations a partner roster may name: the study's registers, by id. A roster answer that
 * names an id the directory does not know is refused, and one whose sector the roster does not
 * offer too. Implementations must be thread-safe when shared between requests; the server builds
 * one per request.
 */
@FunctionalInterface
public interface PartnerDirectory {
  /** A directory that knows no organisation: every listed partner id is refused. */
  PartnerDirectory NONE = id -> Optional.empty();

  /**
   * The sector of the organisation with this register id, empty when there is none.
   *
   * @param id a register id as submitted, stripped, never null
   */
  Optional<Sector> sectorOf(String id);

  /** A directory of these organisations, sector by id; the map is copied. */
  static PartnerDirectory of(Map<String, Sector> sectors) {
    Map<String, Sector> copy = Map.copyOf(Objects.requireNonNull(sectors, "sectors"));
    return id -> Optional.ofNullable(copy.get(id));
  }
}
