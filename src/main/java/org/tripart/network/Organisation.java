package org.tripart.network;

import java.util.Objects;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Sector;

/**
 * An organisation that can be a node of a collaboration network: a hospital, a research institution
 * or a company from one of a study's registers. Immutable.
 *
 * @param id the register id, unique in one network, never null or blank
 * @param name the default name, never null (may be empty)
 * @param sector the register's sector, never null
 * @param provinceCode the two-digit GB/T 2260 code, or empty when unknown (null is read as empty)
 * @param tier the hospital tier; null is read as {@link Tier#OTHER}
 */
public record Organisation(String id, String name, Sector sector, String provinceCode, Tier tier) {
  public Organisation {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("an organisation id must not be blank");
    }
    name = name == null ? "" : name;
    Objects.requireNonNull(sector, "sector");
    provinceCode = provinceCode == null ? "" : provinceCode.strip();
    tier = tier == null ? Tier.OTHER : tier;
  }

  /** Whether the province is known. */
  public boolean hasProvince() {
    return !provinceCode.isEmpty();
  }
}
