package org.tripart.study;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.Dataset;
import org.tripart.synth.SynthesisResult;
import org.tripart.synth.SynthesisSpec;
import org.tripart.synth.Synthesizer;

/**
 * The respondent-level data of a study's groups, generated from the study's targets. The data are
 * SYNTHETIC: every dataset's provenance says so and every respondent id starts with {@code
 * SYNTHETIC-}. Generation is deterministic for a given study and seed. Immutable.
 */
public record StudyData(Study study, Map<String, SynthesisResult> groups) {
  public StudyData {
    groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
  }

  /**
   * Generates the synthetic data of every group of the study, with the study's seed, and its
   * SYNTHETIC collaboration network ({@link SyntheticNetwork}): each group's ties, roster counts
   * and, for groups whose own organisations no register fills, the institution item.
   */
  public static StudyData synthesize(Study study) {
    Map<String, SynthesisResult> out = new LinkedHashMap<>();
    long seed = study.seed();
    for (StudyGroup g : study.groups()) {
      SynthesisSpec spec =
          new SynthesisSpec(
              g.instrument(),
              g.targets(),
              g.respondents(),
              seed++,
              g.institutions(),
              g.distinct(),
              g.invited(),
              "SYNTHETIC-" + g.id().toUpperCase(java.util.Locale.ROOT) + "-");
      out.put(g.id(), Synthesizer.generate(spec));
    }
    return SyntheticNetwork.addTo(new StudyData(study, out));
  }

  /** The synthetic result of one group: dataset, ties, institution register and invitations. */
  public SynthesisResult group(String groupId) {
    SynthesisResult r = groups.get(groupId);
    if (r == null) {
      throw new TripartException(
          ErrorCode.PUBLISHED_TABLE, "study " + study.id(), "no group '" + groupId + "'");
    }
    return r;
  }

  public Dataset dataset(String groupId) {
    return group(groupId).dataset();
  }
}
