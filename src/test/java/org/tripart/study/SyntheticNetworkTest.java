package org.tripart.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.NumericColumn;
import org.tripart.dataset.Ties;
import org.tripart.fieldwork.Institution;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Item;
import org.tripart.instrument.Partner;
import org.tripart.instrument.Sector;
import org.tripart.synth.SynthesisResult;
import org.tripart.synth.SynthesisSpec;
import org.tripart.synth.Synthesizer;

/** The bundled study's SYNTHETIC network, respondent by respondent, against its answers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticNetworkTest {
  private Study study;
  private StudyData data;
  private final Map<String, Sector> sectorOf = new HashMap<>();
  private final Map<String, String> provinceOf = new HashMap<>();
  private final Map<String, String> kindOf = new HashMap<>();

  @BeforeAll
  void generate() {
    study = Study.nationalAi();
    data = StudyData.synthesize(study);
    for (var h : data.group("clinician").register()) {
      sectorOf.put(h.id(), Sector.HOSPITAL);
      provinceOf.put(h.id(), h.provinceCode());
    }
    for (Institution i : SyntheticRegisters.generate(data)) {
      sectorOf.put(i.id(), i.sector());
      provinceOf.put(i.id(), i.provinceCode());
      kindOf.put(i.id(), i.type().replace(" (SYNTHETIC)", "").replace(' ', '_'));
    }
  }

  private static String code(Dataset d, String item, int row) {
    return d.column(item).answer(row) instanceof Answer.Choice c ? c.code() : null;
  }

  private static boolean ticked(Dataset d, String item, int row, String option) {
    return d.column(item).answer(row) instanceof Answer.Choices c && c.codes().contains(option);
  }

  private static String own(Dataset d, String item, int row) {
    return ((Answer.Text) d.column(item).answer(row)).value();
  }

  private List<Partner> partners(String group, int row) {
    SynthesisResult r = data.group(group);
    String roster = SyntheticNetwork.roster(r.dataset().instrument()).id();
    return r.ties()
        .partnersOf(r.dataset().respondentIds().get(row))
        .getOrDefault(roster, List.of());
  }

  private long listed(List<Partner> ps, Sector sector) {
    return ps.stream().filter(p -> !p.isOther() && sectorOf.get(p.id()) == sector).count();
  }

  @Test
  void theSameStudyGivesTheSameNetworkAndGeneratingAgainFromItsDataToo() {
    StudyData again = StudyData.synthesize(Study.nationalAi());
    Map<String, SyntheticNetwork.Group> fromNetworked = SyntheticNetwork.generate(data);

    for (String g : List.of("clinician", "research", "industry")) {
      assertThat(again.group(g).ties().rows()).isEqualTo(data.group(g).ties().rows());
      assertThat(fromNetworked.get(g).ties().rows()).isEqualTo(data.group(g).ties().rows());
      String roster = SyntheticNetwork.roster(data.dataset(g).instrument()).id();
      for (int r = 0; r < data.dataset(g).size(); r++) {
        assertThat(again.dataset(g).column(roster).answer(r))
            .isEqualTo(data.dataset(g).column(roster).answer(r));
      }
    }
    assertThat(data.group("clinician").ties().size()).isGreaterThan(823);
  }

  @Test
  void theNetworkLeavesEverySynthesisedAnswerAsTheSynthesizerMadeIt() {
    long seed = study.seed();
    for (StudyGroup g : study.groups()) {
      Dataset raw =
          Synthesizer.generate(
                  new SynthesisSpec(
                      g.instrument(),
                      g.targets(),
                      g.respondents(),
                      seed++,
                      g.institutions(),
                      g.distinct(),
                      g.invited(),
                      "SYNTHETIC-" + g.id().toUpperCase(java.util.Locale.ROOT) + "-"))
              .dataset();
      Dataset net = data.dataset(g.id());
      Set<String> written =
          Set.of("institution", "company", "partner_roster", "collaboration_roster");
      for (Item item : g.instrument().items()) {
        if (written.contains(item.id()) || !item.type().hasData()) {
          continue;
        }
        for (int r = 0; r < raw.size(); r++) {
          assertThat(net.column(item.id()).answer(r))
              .as("%s row %d item %s", g.id(), r, item.id())
              .isEqualTo(raw.column(item.id()).answer(r));
        }
      }
      assertThat(net.provenance()).isEqualTo(raw.provenance()).startsWith("SYNTHETIC");
    }
  }

  @Test
  void everyRosterColumnHoldsTheNumberOfPartnersTheTiesNameAndIsBlankWhereItDoesNotApply() {
    for (String g : List.of("clinician", "research", "industry")) {
      Dataset d = data.dataset(g);
      Item roster = SyntheticNetwork.roster(d.instrument());
      NumericColumn count = (NumericColumn) d.column(roster.id());
      var applies = d.applicableRows(roster.id());
      for (int r = 0; r < d.size(); r++) {
        if (applies.get(r)) {
          assertThat(count.value(r)).as("%s row %d", g, r).isEqualTo(partners(g, r).size());
          assertThat(partners(g, r)).hasSizeBetween(1, roster.roster().max());
        } else {
          assertThat(count.answered(r)).isFalse();
          assertThat(partners(g, r)).isEmpty();
        }
      }
    }
  }

  @Test
  void cliniciansNameOneToFivePartnersOnlyWhenTheyCollaboratedAndOfTheTypesTheyTicked() {
    Dataset d = data.dataset("clinician");
    int naming = 0;
    for (int r = 0; r < d.size(); r++) {
      List<Partner> ps = partners("clinician", r);
      if (!"no".equals(code(d, "no_collab_enterprises_or_research", r))) {
        assertThat(ps).isEmpty();
        continue;
      }
      naming++;
      assertThat(ps).hasSizeBetween(1, 5);
      String p = "collaboration_partners";
      boolean company = ticked(d, p, r, "companies");
      boolean device = company && "no".equals(code(d, "no_collab_device_companies", r));
      boolean anyListed =
          company || ticked(d, p, r, "universities") || ticked(d, p, r, "research_institutes");
      assertThat(listed(ps, Sector.COMPANY) > 0).as("row %d companies", r).isEqualTo(company);
      assertThat(ps.stream().anyMatch(x -> "imaging_device_maker".equals(kindOf.get(x.id()))))
          .as("row %d device makers", r)
          .isEqualTo(device);
      assertThat(ps.stream().anyMatch(x -> "university".equals(kindOf.get(x.id()))))
          .isEqualTo(ticked(d, p, r, "universities"));
      assertThat(
              ps.stream()
                  .anyMatch(
                      x ->
                          sectorOf.get(x.id()) == Sector.INSTITUTION
                              && !"university".equals(kindOf.get(x.id()))))
          .isEqualTo(ticked(d, p, r, "research_institutes"));
      assertThat(ps.stream().filter(Partner::isOther).count())
          .as("row %d typed in", r)
          .isEqualTo(ticked(d, p, r, "other") || !anyListed ? 1 : 0);
    }
    // The paper: 84% have not collaborated with enterprises or research institutions.
    assertThat(Math.round(100.0 * (d.size() - naming) / d.size())).isEqualTo(84);
  }

  @Test
  void researchersNameAsManyHospitalsAndCompaniesAsTheirBandsSay() {
    Dataset d = data.dataset("research");
    Map<String, int[]> hospitals =
        Map.of(
            "no_prior_collaboration", new int[] {0, 0},
            "collaborate_with_1_hospital", new int[] {1, 1},
            "collaborate_with_2_to_5_hospitals", new int[] {2, 5},
            "collaborate_with_gt_5_hospitals", new int[] {6, 10});
    Map<String, int[]> companies =
        Map.of(
            "do_not_have_collaborations_with_any_relevant_companies", new int[] {0, 0},
            "collaborate_with_le_5_companies", new int[] {1, 5},
            "collaborate_with_gt_5_companies", new int[] {6, 10});
    int withHospitals = 0;
    for (int r = 0; r < d.size(); r++) {
      List<Partner> ps = partners("research", r);
      int[] h = hospitals.get(code(d, "collaborating_hospitals", r));
      int[] c = companies.get(code(d, "company_collaborations", r));
      assertThat(listed(ps, Sector.HOSPITAL)).as("row %d", r).isBetween((long) h[0], (long) h[1]);
      assertThat(listed(ps, Sector.COMPANY)).as("row %d", r).isBetween((long) c[0], (long) c[1]);
      assertThat(ps).noneMatch(Partner::isOther);
      withHospitals += listed(ps, Sector.HOSPITAL) > 0 ? 1 : 0;
    }
    // Table 6: 31% have no prior collaboration with a hospital.
    assertThat(Math.round(100.0 * (d.size() - withHospitals) / d.size())).isEqualTo(31);
  }

  @Test
  void industryRespondentsNameAsManyHospitalsAndInstitutionsAsTheirBandsSay() {
    Dataset d = data.dataset("industry");
    Map<String, int[]> hospitals =
        Map.of(
            "none", new int[] {0, 0},
            "one_to_five", new int[] {1, 5},
            "six_to_twenty", new int[] {6, 20},
            "more_than_twenty", new int[] {21, 30});
    Map<String, int[]> institutions =
        Map.of(
            "none", new int[] {0, 0},
            "one_to_two", new int[] {1, 2},
            "three_to_five", new int[] {3, 5},
            "more_than_five", new int[] {6, 30});
    Set<String> bands = new HashSet<>();
    for (int r = 0; r < d.size(); r++) {
      List<Partner> ps = partners("industry", r);
      String hb = code(d, "hospital_partners", r);
      int[] h = hospitals.get(hb);
      int[] i = institutions.get(code(d, "research_partners", r));
      bands.add(hb);
      assertThat(listed(ps, Sector.HOSPITAL)).as("row %d", r).isBetween((long) h[0], (long) h[1]);
      assertThat(listed(ps, Sector.INSTITUTION))
          .as("row %d", r)
          .isBetween((long) i[0], (long) i[1]);
      assertThat(ps).hasSizeLessThanOrEqualTo(30).noneMatch(Partner::isOther);
      String access = code(d, "hospital_data_access", r);
      if (access.equals("no_access") || access.equals("public_datasets_only")) {
        assertThat(ps)
            .filteredOn(p -> sectorOf.get(p.id()) == Sector.HOSPITAL)
            .noneMatch(
                p -> ((Answer.Choices) p.ties().get("kind")).codes().contains("data_sharing"));
      }
    }
    assertThat(bands)
        .containsExactlyInAnyOrder("none", "one_to_five", "six_to_twenty", "more_than_twenty");
  }

  @Test
  void nobodyNamesItsOwnOrganisationOrAPartnerTwiceAndEveryPartnerIsInARegisterTheRosterOffers() {
    Map<String, String> ownItem =
        Map.of("clinician", "hospital", "research", "institution", "industry", "company");
    Map<String, String> kindItem =
        Map.of("research", "institution_type", "industry", "company_type");
    for (String g : List.of("clinician", "research", "industry")) {
      Dataset d = data.dataset(g);
      Item roster = SyntheticNetwork.roster(d.instrument());
      for (int r = 0; r < d.size(); r++) {
        String own = own(d, ownItem.get(g), r);
        assertThat(sectorOf).containsKey(own);
        assertThat(provinceOf.get(own)).isEqualTo(code(d, "province", r));
        if (kindItem.containsKey(g)) {
          assertThat(kindOf.get(own)).isEqualTo(code(d, kindItem.get(g), r));
        }
        List<Partner> ps = partners(g, r);
        Set<String> seen = new HashSet<>();
        for (Partner p : ps) {
          String key = p.isOther() ? "other:" + p.other() : p.id();
          assertThat(seen.add(key)).as("%s row %d names %s twice", g, r, key).isTrue();
          if (p.isOther()) {
            assertThat(p.other()).startsWith("SYNTHETIC ");
          } else {
            assertThat(p.id()).isNotEqualTo(own);
            assertThat(roster.roster().sectors()).contains(sectorOf.get(p.id()));
          }
        }
      }
    }
  }

  @Test
  void tieAnswersAreWithinTheirQuestionsAndSomeCompaniesNameBackTheHospitalsThatNamedThem() {
    Map<String, Set<String>> namedByHospitals = new HashMap<>();
    Dataset clinicians = data.dataset("clinician");
    for (Ties.Row row : data.group("clinician").ties().rows()) {
      int r = clinicians.respondentIds().indexOf(row.respondentId());
      if (!row.partner().isOther()) {
        namedByHospitals
            .computeIfAbsent(row.partner().id(), k -> new HashSet<>())
            .add(own(clinicians, "hospital", r));
      }
    }
    Dataset industry = data.dataset("industry");
    int namedBack = 0;
    for (String g : List.of("clinician", "research", "industry")) {
      for (Ties.Row row : data.group(g).ties().rows()) {
        Map<String, Answer> t = row.partner().ties();
        assertThat(((Answer.Choices) t.get("kind")).codes())
            .isNotEmpty()
            .isSubsetOf(
                "data_sharing", "annotation", "joint_project", "deployment", "coauthored_paper");
        if (t.containsKey("since")) {
          assertThat(((Answer.Number) t.get("since")).value()).isBetween(2010.0, 2023.0);
        }
        if (t.containsKey("satisfaction")) {
          assertThat(((Answer.Choice) t.get("satisfaction")).code()).isIn("1", "2", "3", "4", "5");
        }
        if (g.equals("industry")) {
          int r = industry.respondentIds().indexOf(row.respondentId());
          String company = own(industry, "company", r);
          if (namedByHospitals.getOrDefault(company, Set.of()).contains(row.partner().id())) {
            namedBack++;
          }
        }
      }
    }
    assertThat(namedBack).isGreaterThan(20);
  }
}
