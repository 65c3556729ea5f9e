package org.tripart.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One organisation of a study's registers (a hospital, a research institution, a company). All text
 * fields are non-null and non-blank when stored. Immutable.
 *
 * @param id the organisation's id, unique within the study across all its registers
 * @param name its default name
 * @param provinceCode the province (or region) code it is counted under
 * @param tier its tier (for hospitals, for example "tertiary"; "other" for non-hospitals)
 * @param type its kind (for example "hospital")
 * @param sector its register, one of {@link #SECTORS}
 * @param names its name per language tag ({@code zh}), in the order given; empty when only the
 *     default name is known; never null
 */
public record Institution(
    String id,
    String name,
    String provinceCode,
    String tier,
    String type,
    String sector,
    Map<String, String> names) {
  /** The sectors a register row may have, as stored. */
  public static final List<String> SECTORS = List.of("hospital", "institution", "company");

  public Institution {
    names = names == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  /** A hospital with only its default name. */
  public Institution(String id, String name, String provinceCode, String tier, String type) {
    this(id, name, provinceCode, tier, type, "hospital", Map.of());
  }
}
