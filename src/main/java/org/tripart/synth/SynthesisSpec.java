package org.tripart.synth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tripart.instrument.Instrument;

/**
 * What {@link Synthesizer#generate} is asked to make. Immutable.
 *
 * @param instrument the questionnaire to answer, never null
 * @param targets the figures to reproduce; may be empty
 * @param respondents the number of respondents (rows), at least 1
 * @param seed the seed of every random choice: the same spec gives the same data
 * @param institutions the number of distinct institutions of the instrument's institution item; 0
 *     when the instrument has none or the item is to stay blank
 * @param distinct per item id, the exact number of distinct values the item takes (for example
 *     {@code province -> 19}); may be empty
 * @param invited the number of invitations, at least {@code respondents}; 0 means as many as
 *     respondents
 * @param idPrefix the prefix of respondent ids; must start with {@code SYNTHETIC-}
 */
public record SynthesisSpec(
    Instrument instrument,
    List<Target> targets,
    int respondents,
    long seed,
    int institutions,
    Map<String, Integer> distinct,
    int invited,
    String idPrefix) {
  public SynthesisSpec {
    Objects.requireNonNull(instrument, "instrument");
    targets = List.copyOf(targets == null ? List.of() : targets);
    distinct =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(distinct == null ? Map.of() : distinct));
    idPrefix = idPrefix == null ? "SYNTHETIC-" : idPrefix;
  }
}
