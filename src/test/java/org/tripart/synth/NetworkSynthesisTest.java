package org.tripart.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.NumericColumn;
import org.tripart.dataset.Ties;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.Partner;

/** Partner rosters in synthesis: left to a network generator, then written in with its ties. */
class NetworkSynthesisTest {
  private static final String HEADER =
      """
      instrument: t
      group: industry
      version: 1
      languages: [en, zh]
      title: {en: T, zh: T}
      sections:
        - id: s
          title: {en: S, zh: S}
          items:
      """;

  private static final String WORKS =
      """
      - id: works
        type: yesno
        label: {en: W, zh: W}
        required: true
      """;

  private static final String ORG =
      """
      - id: org
        type: institution
        label: {en: O, zh: O}
        sector: company
      """;

  private static final String PARTNERS =
      """
      - id: partners
        type: roster
        label: {en: P, zh: P}
        when: "works = 'yes'"
        roster:
          sectors: [hospital]
          max: 2
          other: true
          ties:
            - id: kind
              type: multiple
              label: {en: K, zh: K}
              options:
                - code: data_sharing
                  label: {en: D, zh: D}
                - code: deployment
                  label: {en: E, zh: E}
      """;

  private static final String REST =
      """
      - id: size
        type: single
        label: {en: S, zh: S}
        options:
          - code: small
            label: {en: S, zh: S}
          - code: large
            label: {en: L, zh: L}
      - id: years
        type: integer
        label: {en: Y, zh: Y}
        range: {min: 0, max: 30}
      """;

  private static Instrument instrument(String... items) {
    return InstrumentReader.read(
        new StringReader(HEADER + String.join("", items).indent(6)), "t.yaml");
  }

  private static SynthesisResult generate(Instrument i) {
    return Synthesizer.generate(Fixtures.spec(i, List.of(), 40, 11));
  }

  private static Partner hospital(String id) {
    return new Partner(
        id, null, Map.of("kind", new Answer.Choices(java.util.Set.of("data_sharing"))));
  }

  @Test
  void rostersAndUnfilledInstitutionItemsAreLeftBlankAndChangeNoOtherAnswer() {
    SynthesisResult with = generate(instrument(WORKS, ORG, PARTNERS, REST));
    SynthesisResult without = generate(instrument(WORKS, REST));

    assertThat(with.ties().isEmpty()).isTrue();
    assertThat(with.ties().instrument()).isSameAs(with.dataset().instrument());
    for (int r = 0; r < 40; r++) {
      assertThat(with.dataset().column("org").answer(r)).isNull();
      assertThat(with.dataset().column("partners").answer(r)).isNull();
      for (String item : List.of("works", "size", "years")) {
        assertThat(with.dataset().column(item).answer(r))
            .as("row %d item %s", r, item)
            .isEqualTo(without.dataset().column(item).answer(r));
      }
    }
  }

  @Test
  void aNetworkWritesTheOwnOrganisationsAndTheNumberOfPartnersAndKeepsEveryOtherAnswer() {
    SynthesisResult raw = generate(instrument(WORKS, ORG, PARTNERS, REST));
    Dataset d = raw.dataset();
    List<Integer> yes = new ArrayList<>();
    List<Integer> no = new ArrayList<>();
    for (int r = 0; r < d.size(); r++) {
      (d.column("works").answer(r).equals(new Answer.Choice("yes")) ? yes : no).add(r);
    }
    assertThat(yes).hasSizeGreaterThan(2);
    assertThat(no).isNotEmpty();
    String first = d.respondentIds().get(yes.get(0));
    String second = d.respondentIds().get(yes.get(1));
    Ties ties =
        Ties.of(
            d.instrument(),
            List.of(
                new Ties.Row(first, "partners", 1, hospital("SYN-H0001")),
                new Ties.Row(first, "partners", 2, new Partner(null, "SYNTHETIC typed", Map.of())),
                new Ties.Row(second, "partners", 1, hospital("SYN-H0002"))));

    SynthesisResult net = raw.withNetwork(Map.of(first, "SYN-C-001", second, "SYN-C-002"), ties);

    NumericColumn count = (NumericColumn) net.dataset().column("partners");
    assertThat(net.ties()).isSameAs(ties);
    assertThat(count.value(yes.get(0))).isEqualTo(2);
    assertThat(count.value(yes.get(1))).isEqualTo(1);
    assertThat(count.value(yes.get(2))).isEqualTo(0);
    assertThat(no).allSatisfy(r -> assertThat(count.answered(r)).isFalse());
    assertThat(net.dataset().column("org").answer(yes.get(0)))
        .isEqualTo(new Answer.Text("SYN-C-001"));
    assertThat(net.dataset().column("org").answer(yes.get(2))).isNull();
    assertThat(net.dataset().provenance()).isEqualTo(d.provenance()).startsWith("SYNTHETIC");
    assertThat(net.dataset().respondentIds()).isEqualTo(d.respondentIds());
    assertThat(net.invitations()).isEqualTo(raw.invitations());
    for (int r = 0; r < d.size(); r++) {
      for (String item : List.of("works", "size", "years")) {
        assertThat(net.dataset().column(item).answer(r)).isEqualTo(d.column(item).answer(r));
      }
    }
  }

  @Test
  void partnersWhereTheRosterDoesNotApplyOrAboveItsMaxOrOfUnknownRespondentsAreRefused() {
    SynthesisResult raw = generate(instrument(WORKS, ORG, PARTNERS, REST));
    Dataset d = raw.dataset();
    int no = 0;
    int yes = 0;
    while (!d.column("works").answer(no).equals(new Answer.Choice("no"))) {
      no++;
    }
    while (!d.column("works").answer(yes).equals(new Answer.Choice("yes"))) {
      yes++;
    }
    String noId = d.respondentIds().get(no);
    String yesId = d.respondentIds().get(yes);
    Instrument i = d.instrument();

    assertThatThrownBy(
            () ->
                raw.withNetwork(
                    Map.of(),
                    Ties.of(i, List.of(new Ties.Row(noId, "partners", 1, hospital("SYN-H1"))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "respondent "
                + noId
                + " names partners in roster partners, which does not apply to it");
    assertThatThrownBy(
            () ->
                raw.withNetwork(
                    Map.of(),
                    Ties.of(
                        i,
                        List.of(
                            new Ties.Row(yesId, "partners", 1, hospital("SYN-H1")),
                            new Ties.Row(yesId, "partners", 2, hospital("SYN-H2")),
                            new Ties.Row(yesId, "partners", 3, hospital("SYN-H3"))))))
        .hasMessage(
            "respondent " + yesId + " names 3 partners in roster partners, more than its max of 2");
    assertThatThrownBy(() -> raw.withNetwork(Map.of("SYNTHETIC-NOBODY", "SYN-C-1"), Ties.none(i)))
        .hasMessage("respondent SYNTHETIC-NOBODY is not in the responses to t");
    assertThatThrownBy(
            () -> raw.withNetwork(Map.of(), Ties.none(instrument(WORKS, ORG, PARTNERS, REST))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the ties are of instrument t");
  }
}
