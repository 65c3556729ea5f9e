package org.tripart.disclosure;

import java.util.Objects;

/**
 * Where an institution is, as coarsely as a de-identified export shows it. Immutable.
 *
 * @param province the province code (GB/T 2260, as the instrument's province item codes it)
 * @param tier the institution's tier code, for example {@code tertiary}
 */
public record InstitutionArea(String province, String tier) {
  public InstitutionArea {
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(tier, "tier");
  }
}
