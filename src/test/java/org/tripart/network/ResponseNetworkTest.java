package org.tripart.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.Ties;
import org.tripart.fieldwork.Institution;
import org.tripart.fieldwork.OrganisationDirectory;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Partner;
import org.tripart.instrument.Sector;

/**
 * Responses and their ties made into a network, worked by hand: two companies answer the industry
 * roster, two clinicians of two hospitals answer theirs.
 */
class ResponseNetworkTest {
  private static final Instrument INDUSTRY =
      InstrumentReader.readResource("org/tripart/instrument/partners.yaml");
  private static final Instrument CLINICIAN =
      InstrumentReader.read(
          new StringReader(
              """
              instrument: clinic
              group: clinician
              version: 1
              languages: [en]
              title: {en: Clinic (SYNTHETIC test instrument)}
              sections:
                - id: main
                  title: {en: Main}
                  items:
                    - id: hospital
                      type: institution
                      label: {en: Your hospital}
                    - id: firms
                      type: roster
                      label: {en: Companies you work with}
                      roster:
                        sectors: [company]
                        max: 3
                        ties:
                          - id: how
                            type: single
                            label: {en: How}
                            options:
                              - {code: data, label: {en: Data}}
                              - {code: trial, label: {en: Trial}}
              """),
          "clinic.yaml");

  private static final OrganisationDirectory REGISTERS =
      new OrganisationDirectory(
          List.of(
              org("H1", Sector.HOSPITAL, "44", Tier.TERTIARY),
              org("H2", Sector.HOSPITAL, "11", Tier.SECONDARY),
              org("H3", Sector.HOSPITAL, "11", Tier.TERTIARY),
              org("I1", Sector.INSTITUTION, "44", Tier.OTHER),
              org("C1", Sector.COMPANY, "44", Tier.OTHER),
              org("C2", Sector.COMPANY, "31", Tier.OTHER),
              org("C9", Sector.COMPANY, "31", Tier.OTHER)));

  private static Institution org(String id, Sector sector, String province, Tier tier) {
    return new Institution(id, "Org " + id, province, tier, "", sector, LocalizedText.EMPTY);
  }

  private static Dataset csv(Instrument instrument, String text) {
    return CsvDatasetReader.read(
        instrument, new StringReader(text), "t.csv", CsvDatasetReader.Options.defaults());
  }

  private static Ties.Row row(String respondent, String item, int position, String id) {
    return new Ties.Row(respondent, item, position, new Partner(id, null, Map.of()));
  }

  private static Ties.Row kinds(String respondent, int position, String id, String... kinds) {
    return new Ties.Row(
        respondent,
        "partners",
        position,
        new Partner(id, null, Map.of("kind", new Answer.Choices(Set.of(kinds)))));
  }

  private static List<ResponseNetwork.Group> groups(List<Ties.Row> industry) {
    Dataset companies =
        csv(
            INDUSTRY,
            "record_id,company,collaborates,partners,share\n"
                + "R1,C1,yes,3,\nR2,C2,yes,1,\nR3,C9,no,,\n");
    Dataset clinicians = csv(CLINICIAN, "record_id,hospital,firms\nR1,H1,1\nR2,H3,0\nR3,,1\n");
    return List.of(
        new ResponseNetwork.Group("industry", companies, Ties.of(INDUSTRY, industry)),
        new ResponseNetwork.Group(
            "clinician",
            clinicians,
            Ties.of(
                CLINICIAN,
                List.of(
                    new Ties.Row(
                        "R1",
                        "firms",
                        1,
                        new Partner("C1", null, Map.of("how", new Answer.Choice("trial")))),
                    row("R3", "firms", 1, "C2")))));
  }

  private static List<Ties.Row> industryTies() {
    return new ArrayList<>(
        List.of(
            kinds("R1", 1, "H1", "data_sharing", "deployment"),
            kinds("R1", 2, "I1"),
            new Ties.Row("R1", "partners", 3, new Partner(null, "Acme Lab", Map.of())),
            kinds("R2", 1, "H1", "data_sharing")));
  }

  @Test
  void nodesAreTheOrganisationsAskedAndNamedAndTiesAreWeightedByRespondentsAndReciprocated() {
    ResponseNetwork.Result r = ResponseNetwork.build(groups(industryTies()), REGISTERS);
    Network n = r.network();

    assertThat(n.organisations())
        .extracting(Organisation::id)
        .containsExactly("C1", "C2", "H1", "H3", "I1");
    assertThat(n.ties())
        .containsExactly(
            new Tie("C1", "H1", 2, true, Map.of("data_sharing", 1, "deployment", 1)),
            new Tie("C1", "I1", 1, false, Map.of()),
            new Tie("C2", "H1", 1, false, Map.of("data_sharing", 1)));
    assertThat(n.unmatched())
        .containsExactly(new UnmatchedPartner("industry/R1", "C1", "Acme Lab"));
    assertThat(r.inputs()).isEqualTo(new ResponseNetwork.Inputs(6, 5, 4, 4, 1, 1));
  }

  @Test
  void aPartnerOutsideTheRegistersIsRefusedNamingRespondentItemAndPosition() {
    List<Ties.Row> ties = industryTies();
    ties.set(1, kinds("R1", 2, "I7"));

    assertThatThrownBy(() -> ResponseNetwork.build(groups(ties), REGISTERS))
        .hasMessage(
            "TRP-1156 industry respondent R1 item partners position 2: partner 'I7' is not an"
                + " organisation of the registers");
  }

  @Test
  void aPartnerFromARegisterTheRosterDoesNotOfferIsRefused() {
    List<Ties.Row> ties = industryTies();
    ties.set(1, kinds("R1", 2, "C2"));

    assertThatThrownBy(() -> ResponseNetwork.build(groups(ties), REGISTERS))
        .hasMessage(
            "TRP-1156 industry respondent R1 item partners position 2: partner 'C2' is a company;"
                + " the roster offers [hospital, institution]");
  }

  @Test
  void namingOnesOwnOrganisationIsRefused() {
    Dataset clinicians = csv(CLINICIAN, "record_id,hospital,firms\nR1,C1,1\n");
    List<ResponseNetwork.Group> g =
        List.of(
            new ResponseNetwork.Group(
                "clinician", clinicians, Ties.of(CLINICIAN, List.of(row("R1", "firms", 1, "C1")))));

    assertThatThrownBy(() -> ResponseNetwork.build(g, REGISTERS))
        .hasMessage(
            "TRP-1101 clinician respondent R1 item firms position 1: names its own organisation"
                + " C1 as a partner");
  }

  @Test
  void anOwnOrganisationOutsideTheRegistersIsRefused() {
    Dataset clinicians = csv(CLINICIAN, "record_id,hospital,firms\nR1,H77,0\n");
    List<ResponseNetwork.Group> g =
        List.of(new ResponseNetwork.Group("clinician", clinicians, Ties.none(CLINICIAN)));

    assertThatThrownBy(() -> ResponseNetwork.build(g, REGISTERS))
        .hasMessage(
            "TRP-1100 clinician respondent R1 item hospital: the own organisation 'H77' is not an"
                + " organisation of the registers");
  }
}
