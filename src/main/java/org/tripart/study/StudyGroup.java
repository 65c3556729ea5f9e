package org.tripart.study;

import java.util.Map;
import java.util.Objects;
import org.tripart.instrument.Instrument;
import org.tripart.synth.Target;

/**
 * One stakeholder group of a bundled study: its questionnaire, the targets its synthetic data are
 * generated from, and the fieldwork sizes. Immutable.
 *
 * @param id the group id, for example {@code clinician}
 * @param instrument the group's questionnaire
 * @param targets the synthesis targets, as read from the group's targets file
 * @param respondents how many respondents returned the questionnaire
 * @param invited how many were invited (at least {@code respondents})
 * @param institutions how many distinct institutions the respondents work in, 0 when not recorded
 * @param distinct items whose number of distinct values is fixed, for example 19 regions
 */
public record StudyGroup(
    String id,
    Instrument instrument,
    java.util.List<Target> targets,
    int respondents,
    int invited,
    int institutions,
    Map<String, Integer> distinct) {
  public StudyGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(instrument, "instrument");
    targets = java.util.List.copyOf(targets);
    distinct = Map.copyOf(distinct);
  }
}
