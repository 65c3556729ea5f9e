package org.tripart.store;

import java.time.Instant;

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
    Instant created) {}
