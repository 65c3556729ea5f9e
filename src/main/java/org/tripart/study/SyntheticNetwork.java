package org.tripart.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.Ties;
import org.tripart.fieldwork.Institution;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Sector;
import org.tripart.study.NetworkOrganisations.Org;
import org.tripart.synth.SynthesisResult;

/**
 * The SYNTHETIC collaboration network of the bundled study: who each synthetic respondent names in
 * its questionnaire's partner roster, drawn from the study's synthetic registers so that the counts
 * agree, respondent by respondent, with the answers the paper's figures were synthesised into (the
 * clinicians' collaboration statements and partner types, the researchers' numbers of hospital and
 * company partners, the industry's bands of partner hospitals and universities). The rules, and
 * every choice made where the paper is silent, are in DECISIONS.md, "Collaboration network
 * (SYNTHETIC)".
 *
 * <p>The network has its own random stream, seeded from the study's seed: generating it leaves the
 * synthetic answers exactly as they were, and the same study always gives the same network. Groups
 * are drawn in the order clinicians, researchers, industry, so that later groups can return the
 * ties earlier ones named (reciprocity). Stateless and thread-safe.
 */
public final class SyntheticNetwork {
  /** Added to the study's seed for the network's random stream. */
  static final long SALT = 0x6e6574776f726bL;

  static final String CLINICIAN = "clinician";
  static final String RESEARCH = "research";
  static final String INDUSTRY = "industry";

  /** The group whose register holds the study's hospitals. */
  static final String HOSPITALS_FROM = CLINICIAN;

  /**
   * What the network gives one group.
   *
   * @param organisations each respondent's own organisation (register id) for the group's
   *     institution item, when the synthesis left that item blank; empty for clinicians, whose
   *     hospitals the synthesizer assigns
   * @param ties the partners each respondent names, with their tie answers
   */
  public record Group(Map<String, String> organisations, Ties ties) {
    public Group {
      organisations = Collections.unmodifiableMap(new LinkedHashMap<>(organisations));
    }
  }

  private SyntheticNetwork() {}

  /**
   * The study's data with the network written in ({@link SynthesisResult#withNetwork}): groups
   * without a roster are returned as they are, and so is {@code data} when no group has one.
   *
   * @throws TripartException (TRP-0201) when a group with a roster has no network rules, or its
   *     questionnaire lacks an item or option the rules read
   */
  public static StudyData addTo(StudyData data) {
    Map<String, Group> network = generate(data);
    if (network.isEmpty()) {
      return data;
    }
    Map<String, SynthesisResult> out = new LinkedHashMap<>();
    data.groups()
        .forEach(
            (id, r) -> {
              Group g = network.get(id);
              out.put(id, g == null ? r : r.withNetwork(g.organisations(), g.ties()));
            });
    return new StudyData(data.study(), out);
  }

  /**
   * The network of every group with a roster, by group id in the study's order; empty when no
   * group's questionnaire has a roster. Reads only {@code data}'s answers and the registers made
   * from them, so {@code data} may already carry a network.
   */
  public static Map<String, Group> generate(StudyData data) {
    List<String> withRoster = new ArrayList<>();
    for (StudyGroup g : data.study().groups()) {
      if (roster(g.instrument()) != null) {
        withRoster.add(g.id());
      }
    }
    if (withRoster.isEmpty()) {
      return Map.of();
    }
    for (String id : withRoster) {
      if (!List.of(CLINICIAN, RESEARCH, INDUSTRY).contains(id)) {
        throw settings(
            "group " + id + " has a partner roster, but the synthetic network has no rules for it");
      }
    }
    NetworkOrganisations orgs = organisations(data);
    SplittableRandom rng = new SplittableRandom(data.study().seed() + SALT);
    NetworkRules rules = new NetworkRules(orgs);
    Map<String, Group> made = new LinkedHashMap<>();
    for (String id : List.of(CLINICIAN, RESEARCH, INDUSTRY)) {
      SplittableRandom own = rng.split();
      SplittableRandom ties = rng.split();
      if (!withRoster.contains(id)) {
        continue;
      }
      Dataset d = data.dataset(id);
      Item roster = roster(d.instrument());
      Map<String, String> organisations = new LinkedHashMap<>();
      String[] ownOfRow =
          switch (id) {
            case CLINICIAN -> hospitals(d);
            case RESEARCH -> own(d, "institution_type", orgs.of(Sector.INSTITUTION), own);
            default -> own(d, "company_type", orgs.of(Sector.COMPANY), own);
          };
      if (!id.equals(CLINICIAN)) {
        for (int r = 0; r < d.size(); r++) {
          organisations.put(d.respondentIds().get(r), ownOfRow[r]);
        }
      }
      List<Ties.Row> rows =
          switch (id) {
            case CLINICIAN -> rules.clinicians(d, roster, ownOfRow, ties);
            case RESEARCH -> rules.researchers(d, roster, ownOfRow, ties);
            default -> rules.industry(d, roster, ownOfRow, ties);
          };
      made.put(id, new Group(organisations, Ties.of(d.instrument(), rows)));
    }
    Map<String, Group> ordered = new LinkedHashMap<>();
    for (String id : withRoster) {
      ordered.put(id, made.get(id));
    }
    return ordered;
  }

  /** The instrument's partner roster, null when it has none. */
  static Item roster(org.tripart.instrument.Instrument instrument) {
    return instrument.items().stream()
        .filter(i -> i.type() == ItemType.ROSTER)
        .findFirst()
        .orElse(null);
  }

  /** The study's synthetic hospitals, research institutions and companies. */
  static NetworkOrganisations organisations(StudyData data) {
    List<Org> all = new ArrayList<>();
    if (data.groups().containsKey(HOSPITALS_FROM)) {
      for (org.tripart.synth.Institution h : data.group(HOSPITALS_FROM).register()) {
        all.add(
            new Org(
                h.id(),
                Sector.HOSPITAL,
                h.provinceCode(),
                "hospital",
                "tertiary".equals(h.tier())));
      }
    }
    for (Institution i : SyntheticRegisters.generate(data)) {
      String kind = i.type().replace(" (SYNTHETIC)", "").replace(' ', '_');
      all.add(new Org(i.id(), i.sector(), i.provinceCode(), kind, false));
    }
    return new NetworkOrganisations(all);
  }

  /** The clinicians' hospitals, as the synthesizer assigned them. */
  private static String[] hospitals(Dataset d) {
    Item own = institutionItem(d);
    String[] out = new String[d.size()];
    for (int r = 0; r < d.size(); r++) {
      out[r] = RowAnswers.text(d, own.id(), r);
      if (out[r] == null) {
        throw settings("clinician " + d.respondentIds().get(r) + " has no hospital");
      }
    }
    return out;
  }

  /**
   * Each respondent's own organisation: one of the register's organisations of its province and
   * kind, the one with fewest respondents so far (ties broken by a shuffled order), so that
   * respondents spread over their cell's organisations.
   */
  private static String[] own(
      Dataset d, String kindItem, List<Org> register, SplittableRandom rng) {
    institutionItem(d);
    Map<String, List<Org>> cells = new TreeMap<>();
    for (Org o : register) {
      cells.computeIfAbsent(o.province() + "/" + o.kind(), k -> new ArrayList<>()).add(o);
    }
    cells.values().forEach(l -> NetworkOrganisations.shuffle(l, rng));
    Map<String, Integer> uses = new TreeMap<>();
    String[] out = new String[d.size()];
    for (int r = 0; r < d.size(); r++) {
      String key = RowAnswers.code(d, "province", r) + "/" + RowAnswers.code(d, kindItem, r);
      List<Org> cell = cells.get(key);
      if (cell == null) {
        throw settings(
            "respondent "
                + d.respondentIds().get(r)
                + " works in "
                + key
                + ", where the synthetic register has no organisation");
      }
      Org least = cell.get(0);
      for (Org o : cell) {
        if (uses.getOrDefault(o.id(), 0) < uses.getOrDefault(least.id(), 0)) {
          least = o;
        }
      }
      uses.merge(least.id(), 1, Integer::sum);
      out[r] = least.id();
    }
    return out;
  }

  private static Item institutionItem(Dataset d) {
    return d.instrument().items().stream()
        .filter(i -> i.type() == ItemType.INSTITUTION)
        .findFirst()
        .orElseThrow(
            () ->
                settings(
                    "questionnaire "
                        + d.instrument().id()
                        + " has a roster but no institution item for the respondent's own"
                        + " organisation"));
  }

  static TripartException settings(String problem) {
    return new TripartException(ErrorCode.SYNTHESIS_SETTINGS, "synthetic network", problem);
  }
}
