package org.tripart.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.Ties;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Item;
import org.tripart.instrument.Option;
import org.tripart.instrument.Partner;
import org.tripart.instrument.Sector;
import org.tripart.study.NetworkOrganisations.Org;

/**
 * The per-group rules of the SYNTHETIC network (DECISIONS.md, "Collaboration network"): how many
 * partners each respondent names, of which sector and kind, and which. Remembers who named whom, so
 * that a later group can name back (reciprocity). One instance per network; not thread-safe.
 */
final class NetworkRules {
  /** Chance that a place is given to an organisation that named the respondent's own. */
  static final double RECIPROCITY = 0.3;

  /** Clinicians' wish for 1..5 partners, in percent, before their partner types are honoured. */
  static final double[] CLINICIAN_COUNTS = {40, 25, 17, 10, 8};

  static final String NO_COLLAB = "no_collab_enterprises_or_research";
  static final String PARTNER_TYPES = "collaboration_partners";
  static final String NO_DEVICE = "no_collab_device_companies";
  static final String DEVICE_MAKER = "imaging_device_maker";
  static final String UNIVERSITY = "university";
  static final int TYPED_NAMES = 20;

  /** Partner bands per option code, {lo, hi}; hi of industry's "more than 20" is the roster's. */
  static final Map<String, int[]> RESEARCH_HOSPITALS =
      RowAnswers.bands(
          "no_prior_collaboration=0..0",
          "collaborate_with_1_hospital=1..1",
          "collaborate_with_2_to_5_hospitals=2..5",
          "collaborate_with_gt_5_hospitals=6..10");

  static final Map<String, int[]> RESEARCH_COMPANIES =
      RowAnswers.bands(
          "do_not_have_collaborations_with_any_relevant_companies=0..0",
          "collaborate_with_le_5_companies=1..5",
          "collaborate_with_gt_5_companies=6..10");

  static final Map<String, int[]> INDUSTRY_HOSPITALS =
      RowAnswers.bands(
          "none=0..0", "one_to_five=1..5", "six_to_twenty=6..20", "more_than_twenty=21..30");

  static final Map<String, int[]> INDUSTRY_INSTITUTIONS =
      RowAnswers.bands("none=0..0", "one_to_two=1..2", "three_to_five=3..5", "more_than_five=6..9");

  /** Industry's ways of obtaining hospital data under which no tie is data sharing. */
  static final Set<String> NO_HOSPITAL_DATA = Set.of("public_datasets_only", "no_access");

  private final NetworkOrganisations orgs;
  private final Map<String, Set<String>> namedBy = new TreeMap<>();

  NetworkRules(NetworkOrganisations orgs) {
    this.orgs = orgs;
  }

  /** A partner before its tie answers: a listed organisation or a name typed in. */
  private record Pending(Org org, String typed, Sector sector) {}

  List<Ties.Row> clinicians(Dataset d, Item roster, String[] own, SplittableRandom rng) {
    requireOptions(d, PARTNER_TYPES, "companies", "universities", "research_institutes", "other");
    List<Org> companies = orgs.of(Sector.COMPANY);
    List<Org> devices = companies.stream().filter(o -> o.kind().equals(DEVICE_MAKER)).toList();
    List<Org> others = companies.stream().filter(o -> !o.kind().equals(DEVICE_MAKER)).toList();
    List<Org> universities =
        orgs.of(Sector.INSTITUTION).stream().filter(o -> o.kind().equals(UNIVERSITY)).toList();
    List<Org> institutes =
        orgs.of(Sector.INSTITUTION).stream().filter(o -> !o.kind().equals(UNIVERSITY)).toList();
    List<Ties.Row> rows = new ArrayList<>();
    for (int r = 0; r < d.size(); r++) {
      if (!"no".equals(RowAnswers.code(d, NO_COLLAB, r))) {
        continue;
      }
      String province = orgs.get(own[r]).province();
      boolean company = RowAnswers.ticked(d, PARTNER_TYPES, r, "companies");
      boolean university = RowAnswers.ticked(d, PARTNER_TYPES, r, "universities");
      boolean institute = RowAnswers.ticked(d, PARTNER_TYPES, r, "research_institutes");
      boolean other = RowAnswers.ticked(d, PARTNER_TYPES, r, "other");
      boolean device = "no".equals(RowAnswers.code(d, NO_DEVICE, r));
      List<Pending> named = new ArrayList<>();
      Set<String> taken = new HashSet<>();
      int wish = TieAnswers.pick(CLINICIAN_COUNTS, rng) + 1;
      if (company) {
        pick(named, taken, device ? devices : others, 1, province, rng);
      }
      if (university) {
        pick(named, taken, universities, 1, province, rng);
      }
      if (institute) {
        pick(named, taken, institutes, 1, province, rng);
      }
      if (other || named.isEmpty()) {
        String name =
            String.format(
                other
                    ? "SYNTHETIC unlisted partner %02d"
                    : "SYNTHETIC AI team of another hospital %02d",
                1 + rng.nextInt(TYPED_NAMES));
        named.add(new Pending(null, name, Sector.INSTITUTION));
      }
      List<Org> pool = new ArrayList<>();
      if (company) {
        pool.addAll(device ? companies : others);
      }
      if (university) {
        pool.addAll(universities);
      }
      if (institute) {
        pool.addAll(institutes);
      }
      pick(named, taken, pool, Math.max(0, wish - named.size()), province, rng);
      rows.addAll(rows(d, r, roster, own[r], Sector.HOSPITAL, named, false, -1, rng));
    }
    return rows;
  }

  List<Ties.Row> researchers(Dataset d, Item roster, String[] own, SplittableRandom rng) {
    List<Ties.Row> rows = new ArrayList<>();
    for (int r = 0; r < d.size(); r++) {
      int hospitals = count(band(d, "collaborating_hospitals", RESEARCH_HOSPITALS, r), rng);
      int companies = count(band(d, "company_collaborations", RESEARCH_COMPANIES, r), rng);
      if (hospitals + companies == 0) {
        continue;
      }
      String province = orgs.get(own[r]).province();
      List<Pending> named = new ArrayList<>();
      Set<String> taken = new HashSet<>();
      back(named, taken, own[r], Sector.HOSPITAL, hospitals, rng);
      pick(named, taken, orgs.of(Sector.HOSPITAL), hospitals - named.size(), province, rng);
      pick(named, taken, orgs.of(Sector.COMPANY), companies, province, rng);
      rows.addAll(rows(d, r, roster, own[r], Sector.INSTITUTION, named, false, -1, rng));
    }
    return rows;
  }

  List<Ties.Row> industry(Dataset d, Item roster, String[] own, SplittableRandom rng) {
    requireOptions(d, "hospital_data_access", NO_HOSPITAL_DATA.toArray(String[]::new));
    Item satisfaction = d.instrument().item("collaboration_satisfaction");
    List<Ties.Row> rows = new ArrayList<>();
    for (int r = 0; r < d.size(); r++) {
      int institutions = count(band(d, "research_partners", INDUSTRY_INSTITUTIONS, r), rng);
      int[] band = band(d, "hospital_partners", INDUSTRY_HOSPITALS, r).clone();
      band[1] = Math.min(band[1], roster.roster().max() - institutions);
      int hospitals = count(band, rng);
      if (hospitals + institutions == 0) {
        continue;
      }
      String province = orgs.get(own[r]).province();
      List<Pending> named = new ArrayList<>();
      Set<String> taken = new HashSet<>();
      back(named, taken, own[r], Sector.HOSPITAL, hospitals, rng);
      pick(named, taken, orgs.of(Sector.HOSPITAL), hospitals - named.size(), province, rng);
      int before = named.size();
      back(named, taken, own[r], Sector.INSTITUTION, institutions, rng);
      pick(
          named,
          taken,
          orgs.of(Sector.INSTITUTION),
          institutions - (named.size() - before),
          province,
          rng);
      String rating = RowAnswers.code(d, satisfaction.id(), r);
      boolean noData = NO_HOSPITAL_DATA.contains(RowAnswers.code(d, "hospital_data_access", r));
      int level = rating == null ? -1 : satisfaction.optionIndex(rating);
      rows.addAll(rows(d, r, roster, own[r], Sector.COMPANY, named, noData, level, rng));
    }
    return rows;
  }

  /** Adds up to {@code k} organisations of {@code pool}, weighted by province and tier. */
  private static void pick(
      List<Pending> named,
      Set<String> taken,
      List<Org> pool,
      int k,
      String province,
      SplittableRandom rng) {
    if (k <= 0) {
      return;
    }
    for (Org o :
        NetworkOrganisations.draw(
            pool, o -> NetworkOrganisations.weight(o, province), k, taken, rng)) {
      taken.add(o.id());
      named.add(new Pending(o, null, o.sector()));
    }
  }

  /**
   * Names back: each of the {@code k} places goes, with chance {@link #RECIPROCITY} and while any
   * is left, to one of the organisations of {@code sector} whose respondents named {@code own} (in
   * a shuffled order); the places left are drawn by weight afterwards.
   */
  private void back(
      List<Pending> named,
      Set<String> taken,
      String own,
      Sector sector,
      int k,
      SplittableRandom rng) {
    List<Org> candidates = new ArrayList<>();
    for (String id : namedBy.getOrDefault(own, Set.of())) {
      Org o = orgs.get(id);
      if (o.sector() == sector && !taken.contains(id)) {
        candidates.add(o);
      }
    }
    NetworkOrganisations.shuffle(candidates, rng);
    int next = 0;
    for (int place = 0; place < k; place++) {
      if (rng.nextDouble() < RECIPROCITY && next < candidates.size()) {
        Org o = candidates.get(next++);
        taken.add(o.id());
        named.add(new Pending(o, null, sector));
      }
    }
  }

  private List<Ties.Row> rows(
      Dataset d,
      int r,
      Item roster,
      String own,
      Sector from,
      List<Pending> named,
      boolean noData,
      int rating,
      SplittableRandom rng) {
    NetworkOrganisations.shuffle(named, rng);
    List<Ties.Row> out = new ArrayList<>();
    String respondent = d.respondentIds().get(r);
    for (Pending p : named) {
      boolean hospital = p.sector() == Sector.HOSPITAL;
      Map<String, Answer> ties =
          TieAnswers.of(roster, from, p.sector(), noData && hospital, hospital ? rating : -1, rng);
      Partner partner =
          p.org() == null
              ? new Partner(null, p.typed(), ties)
              : new Partner(p.org().id(), null, ties);
      out.add(new Ties.Row(respondent, roster.id(), out.size() + 1, partner));
      if (p.org() != null) {
        namedBy.computeIfAbsent(p.org().id(), k -> new TreeSet<>()).add(own);
      }
    }
    return out;
  }

  private static int count(int[] band, SplittableRandom rng) {
    return band[0] + rng.nextInt(band[1] - band[0] + 1);
  }

  /** The band of the respondent's answer to {@code item}; every option must have one. */
  private static int[] band(Dataset d, String item, Map<String, int[]> bands, int r) {
    Item it = d.instrument().item(item);
    for (Option o : it.options()) {
      if (!bands.containsKey(o.code())) {
        throw SyntheticNetwork.settings(
            "option " + o.code() + " of " + item + " has no band of partners");
      }
    }
    String code = RowAnswers.code(d, item, r);
    return code == null ? new int[] {0, 0} : bands.get(code);
  }

  private static void requireOptions(Dataset d, String item, String... codes) {
    Item it = d.instrument().item(item);
    for (String c : codes) {
      if (it.optionIndex(c) < 0) {
        throw SyntheticNetwork.settings("item " + item + " has no option '" + c + "'");
      }
    }
  }
}
