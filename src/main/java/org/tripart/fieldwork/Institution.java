package org.tripart.fieldwork;

import java.util.Objects;

/**
 * One institution of a study's register: a hospital, university or company whose staff are invited.
 * Immutable.
 *
 * @param id the register's id, unique within the register, never blank
 * @param name the name as written in the register, never blank
 * @param provinceCode the GB/T 2260 code of its province ({@code 44} is Guangdong)
 * @param tier its grade in the three-tier hospital system, {@link Tier#OTHER} for non-hospitals
 * @param type what kind of institution it is, as the register says ({@code hospital}); may be empty
 */
public record Institution(String id, String name, String provinceCode, Tier tier, String type) {
  public Institution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(tier, "tier");
    type = type == null ? "" : type;
  }
}
