package org.tripart.fieldwork;

import java.util.Objects;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Sector;

/**
 * One organisation of a study's register: a hospital, a research institution (university,
 * institute, laboratory) or a company. Immutable.
 *
 * @param id the register's id, unique within the study's registers, never blank
 * @param name the default name, as written in the register's {@code name} column, never blank
 * @param provinceCode the GB/T 2260 code of its province ({@code 44} is Guangdong)
 * @param tier its grade in the three-tier hospital system, {@link Tier#OTHER} for non-hospitals
 * @param type what kind of organisation it is, as the register says ({@code hospital}); may be
 *     empty, never null
 * @param sector which of the three registers it belongs to
 * @param names its name per language ({@code zh}, {@code en}) where the register gives one; may be
 *     {@link LocalizedText#EMPTY}, never null; use {@link #name(String)} to show it
 */
public record Institution(
    String id,
    String name,
    String provinceCode,
    Tier tier,
    String type,
    Sector sector,
    LocalizedText names) {
  public Institution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(sector, "sector");
    type = type == null ? "" : type;
    names = names == null ? LocalizedText.EMPTY : names;
  }

  /** A hospital with only its default name, as registers were before sectors. */
  public Institution(String id, String name, String provinceCode, Tier tier, String type) {
    this(id, name, provinceCode, tier, type, Sector.HOSPITAL, LocalizedText.EMPTY);
  }

  /**
   * The name to show in {@code language}: the register's name in that language when it gives one,
   * else the default {@link #name()}. Never null or blank.
   */
  public String name(String language) {
    String n = names.texts().get(language);
    return n == null ? name : n;
  }
}
