package org.tripart.store;

import org.tripart.fieldwork.OrganisationDirectory;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Sector;

/**
 * A study's stored registers as the fieldwork model has them: what partner rosters pick from and
 * networks are drawn over. Stateless and thread-safe; reads the store, changes nothing.
 */
public final class Organisations {
  private Organisations() {}

  /** Every organisation of the study's registers; empty for a study with none. */
  public static OrganisationDirectory of(Store store, String study) {
    return new OrganisationDirectory(
        store.institutions(study).stream().map(Organisations::register).toList());
  }

  /**
   * A stored organisation in the fieldwork model. A tier or sector the store holds that this
   * version does not know (the store checks both when writing) is read as {@link Tier#OTHER} and
   * {@link Sector#HOSPITAL}, the values rows had before they were recorded.
   */
  public static org.tripart.fieldwork.Institution register(Institution i) {
    return new org.tripart.fieldwork.Institution(
        i.id(),
        i.name(),
        i.provinceCode(),
        Tier.fromFileName(i.tier()).orElse(Tier.OTHER),
        i.type(),
        sector(i),
        new LocalizedText(i.names()));
  }

  /** The register a stored organisation belongs to. */
  public static Sector sector(Institution i) {
    return Sector.fromFileName(i.sector()).orElse(Sector.HOSPITAL);
  }
}
