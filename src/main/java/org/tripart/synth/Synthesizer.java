package org.tripart.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.Ties;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;

/**
 * Generates synthetic respondent-level data for any instrument whose marginal (and cross-tabulated)
 * percentages reproduce a table of targets, as exactly as whole counts allow. See {@code
 * synthesis.md} beside this class for the method. Stateless and thread-safe; the same spec always
 * gives the same result.
 */
public final class Synthesizer {
  /** How every id of synthetic data begins, so that it is never taken for collected data. */
  public static final String ID_PREFIX = "SYNTHETIC-";

  private Synthesizer() {}

  /**
   * Generates the data, the register of institutions and the invitations.
   *
   * @throws TripartException {@link ErrorCode#INVALID_TARGET} naming file and line when a target
   *     does not fit the instrument, {@link ErrorCode#SYNTHESIS_SETTINGS} when the spec's numbers
   *     or id prefix are invalid
   */
  public static SynthesisResult generate(SynthesisSpec spec) {
    checkSettings(spec);
    Instrument instrument = spec.instrument();
    List<String> warnings = new ArrayList<>();
    for (TripartException e : TargetRules.check(instrument, spec.targets())) {
      warnings.add(e.getMessage() + "; the nearest achievable counts are used");
    }
    Map<String, List<Target>> byItem = new LinkedHashMap<>();
    for (Target t : spec.targets()) {
      byItem.computeIfAbsent(t.item(), k -> new ArrayList<>()).add(t);
    }
    int n = spec.respondents();
    SplittableRandom rng = new SplittableRandom(spec.seed());
    Responses responses = new Responses(instrument, n);
    ItemFiller filler = new ItemFiller(spec, responses, byItem, warnings);
    InstitutionPlan plan = filler.planInstitutions(rng.split());
    for (Item item : instrument.items()) {
      if (filler.draws(item, plan)) {
        filler.fill(item, plan, rng.split());
      }
    }
    List<String> ids = new ArrayList<>();
    int width = Math.max(4, Integer.toString(n).length());
    for (int r = 1; r <= n; r++) {
      ids.add(spec.idPrefix() + String.format("%0" + width + "d", r));
    }
    Dataset dataset =
        responses.toDataset(
            instrument,
            ids,
            "SYNTHETIC demonstration data (tripart synth, seed "
                + spec.seed()
                + ") — not real survey responses");
    warnings.addAll(TargetCheck.warnings(instrument, responses, spec.targets()));
    List<Institution> register = plan == null ? List.of() : plan.register;
    List<Invitation> invitations = invitations(spec, ids, plan, rng.split());
    return new SynthesisResult(dataset, Ties.none(instrument), register, invitations, warnings);
  }

  private static void checkSettings(SynthesisSpec spec) {
    String where = "synthesis of " + spec.instrument().id();
    if (spec.respondents() < 1) {
      throw settings(where, "respondents must be at least 1, not " + spec.respondents());
    }
    if (!spec.idPrefix().startsWith("SYNTHETIC-")) {
      throw settings(where, "the id prefix '" + spec.idPrefix() + "' must start with SYNTHETIC-");
    }
    if (spec.institutions() < 0 || spec.institutions() > spec.respondents()) {
      throw settings(
          where,
          "institutions must be between 0 and the number of respondents ("
              + spec.respondents()
              + "), not "
              + spec.institutions());
    }
    if (spec.invited() != 0 && spec.invited() < spec.respondents()) {
      throw settings(
          where,
          "invited ("
              + spec.invited()
              + ") must be 0 or at least the number of respondents ("
              + spec.respondents()
              + ")");
    }
    for (Map.Entry<String, Integer> d : spec.distinct().entrySet()) {
      if (!spec.instrument().hasItem(d.getKey())) {
        throw settings(where, "distinct names unknown item '" + d.getKey() + "'");
      }
      if (d.getValue() == null || d.getValue() < 1) {
        throw settings(where, "distinct values of '" + d.getKey() + "' must be at least 1");
      }
    }
  }

  private static TripartException settings(String where, String problem) {
    return new TripartException(ErrorCode.SYNTHESIS_SETTINGS, where, problem);
  }

  private static List<Invitation> invitations(
      SynthesisSpec spec, List<String> ids, InstitutionPlan plan, SplittableRandom rng) {
    int total = spec.invited() == 0 ? spec.respondents() : spec.invited();
    int width = Math.max(5, Integer.toString(total).length());
    String group = spec.instrument().group();
    List<Invitation> out = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      String id = "SYN-I" + String.format("%0" + width + "d", i + 1);
      String institution = null;
      if (plan != null) {
        int h = i < ids.size() ? plan.institutionOfRow[i] : rng.nextInt(plan.register.size());
        institution = plan.register.get(h).id();
      }
      out.add(
          i < ids.size()
              ? new Invitation(id, group, institution, Invitation.COMPLETE, ids.get(i))
              : new Invitation(id, group, institution, Invitation.NO_RESPONSE, null));
    }
    return out;
  }
}
