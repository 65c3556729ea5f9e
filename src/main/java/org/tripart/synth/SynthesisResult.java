package org.tripart.synth;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.Ties;

/**
 * What {@link Synthesizer#generate} made. Immutable.
 *
 * @param dataset the respondent-level data; its provenance starts with {@code SYNTHETIC}; each
 *     partner roster's column holds the number of partners {@code ties} names for the respondent
 *     (blank where the roster does not apply)
 * @param ties the partners named in the instrument's rosters; {@link Ties#none} from {@link
 *     Synthesizer#generate}, which has no registers to name partners from (see {@link
 *     #withNetwork})
 * @param register the made-up institutions, empty when there are none
 * @param invitations one per invitation, completed ones first
 * @param warnings every target that could not be met exactly, and every setting that was ignored,
 *     one sentence each
 */
public record SynthesisResult(
    Dataset dataset,
    Ties ties,
    List<Institution> register,
    List<Invitation> invitations,
    List<String> warnings) {
  public SynthesisResult {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(ties, "ties");
    if (ties.instrument() != dataset.instrument()) {
      throw new IllegalArgumentException(
          "the ties are of instrument "
              + ties.instrument().id()
              + ", the dataset of "
              + dataset.instrument().id());
    }
    register = List.copyOf(register);
    invitations = List.copyOf(invitations);
    warnings = List.copyOf(warnings);
  }

  /**
   * This result with a network written in: each respondent of {@code organisations} gets that
   * register id as its answer to the instrument's (first) institution item, {@code ties} become the
   * result's ties and every roster column the number of partners they name. Register, invitations
   * and warnings are kept; so is every other answer. No side effects.
   *
   * @param organisations register id by respondent id; may be empty
   * @param ties the partners; of this result's instrument
   * @throws IllegalArgumentException when a respondent is unknown, the instrument has no
   *     institution item but organisations are given, a respondent names partners in a roster that
   *     does not apply to it, or more than the roster's max
   */
  public SynthesisResult withNetwork(Map<String, String> organisations, Ties ties) {
    Dataset d = NetworkAnswers.write(dataset, organisations, ties);
    return new SynthesisResult(d, ties, register, invitations, warnings);
  }
}
