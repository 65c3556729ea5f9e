package org.tripart.synth;

import java.util.List;
import org.tripart.dataset.Dataset;

/**
 * What {@link Synthesizer#generate} made. Immutable.
 *
 * @param dataset the respondent-level data; its provenance starts with {@code SYNTHETIC}
 * @param register the made-up institutions, empty when there are none
 * @param invitations one per invitation, completed ones first
 * @param warnings every target that could not be met exactly, and every setting that was ignored,
 *     one sentence each
 */
public record SynthesisResult(
    Dataset dataset,
    List<Institution> register,
    List<Invitation> invitations,
    List<String> warnings) {
  public SynthesisResult {
    register = List.copyOf(register);
    invitations = List.copyOf(invitations);
    warnings = List.copyOf(warnings);
  }
}
