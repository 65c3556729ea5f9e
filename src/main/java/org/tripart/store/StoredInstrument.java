package org.tripart.store;

import java.io.StringReader;
import java.time.Instant;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;

/**
 * One version of one stakeholder group's questionnaire as stored; never changed once stored.
 *
 * @param study the study id, never null
 * @param group the stakeholder group (for example "clinician"), never null
 * @param instrumentId the instrument's id, never null
 * @param version its version; (study, instrumentId, version) is unique
 * @param yamlSource the instrument's YAML text exactly as given, never null
 * @param created when it was stored, never null
 */
public record StoredInstrument(
    String study,
    String group,
    String instrumentId,
    int version,
    String yamlSource,
    Instant created) {

  /**
   * The instrument its YAML describes, named {@code INSTRUMENT_ID.yaml} in messages.
   *
   * @throws org.tripart.TripartException when the YAML is not a valid instrument (it was checked
   *     when it was added, so only a store changed by other means gives this)
   */
  public Instrument parse() {
    return InstrumentReader.read(new StringReader(yamlSource), instrumentId + ".yaml");
  }
}
