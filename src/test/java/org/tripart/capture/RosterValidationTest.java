package org.tripart.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tripart.capture.Respondent.PARTNERS;
import static org.tripart.capture.Respondent.empty;
import static org.tripart.capture.Respondent.listed;
import static org.tripart.capture.Respondent.typedIn;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.Partner;

/**
 * Partner roster answers, checked against the SYNTHETIC test instrument {@code partners.yaml}:
 * company (institution item, sector company), collaborates (yes/no), partners (roster of hospitals
 * and research institutions, max 10, other allowed, required when collaborates = 'yes'; ties kind
 * multiple, optional, since integer 1990..2026, satisfied likert 1..3, formal yesno, started date,
 * note text), share (decimal 0..100).
 */
class RosterValidationTest {
  private static final PartnerDirectory REGISTERS =
      Respondent.registers(
          "H0001=hospital",
          "H0002=hospital",
          "U0001=institution",
          "C0001=company",
          "C0002=company");

  private static Respondent collaborator() {
    return Respondent.of(PARTNERS)
        .registers(REGISTERS)
        .answers("company", "C0001", "collaborates", "yes");
  }

  private static List<String> messages(ValidationResult r, String language) {
    return r.violations().stream().map(v -> v.message(language)).toList();
  }

  @Test
  void partnersAreStoredWithTheirTieAnswersTypedLikeItems() {
    ValidationResult r =
        collaborator()
            .names(
                "partners",
                listed(" H0001 ")
                    .tie("kind", List.of("joint_project", "data_sharing"))
                    .tie("since", "2019")
                    .tie("satisfied", 2)
                    .tie("formal", "yes")
                    .tie("started", " 2019-03-01 ")
                    .tie("note", "  kept as written "),
                typedIn("  Acme AI Ltd ").tie("kind", List.of("deployment")).tie("since", null),
                listed("U0001"))
            .submits();

    assertThat(r.violations()).isEmpty();
    assertThat(r.answers().get("partners"))
        .isEqualTo(
            new Answer.Partners(
                List.of(
                    new Partner(
                        "H0001",
                        null,
                        Map.of(
                            "kind", new Answer.Choices(Set.of("data_sharing", "joint_project")),
                            "since", new Answer.Number(2019),
                            "satisfied", new Answer.Choice("2"),
                            "formal", new Answer.Choice("yes"),
                            "started", new Answer.Text("2019-03-01"),
                            "note", new Answer.Text("  kept as written "))),
                    new Partner(
                        null,
                        "Acme AI Ltd",
                        Map.of("kind", new Answer.Choices(Set.of("deployment")))),
                    new Partner("U0001", null, Map.of()))));
    Partner first = ((Answer.Partners) r.answers().get("partners")).partners().get(0);
    assertThat(first.ties().keySet())
        .containsExactly("kind", "since", "satisfied", "formal", "started", "note");
  }

  @Test
  void everyBadPartnerIsReportedAtOnceWithItsPosition() {
    ValidationResult r =
        collaborator()
            .answers("company", "H0002")
            .names(
                "partners",
                listed("H9999"),
                listed("C0002"),
                listed("H0001").tie("since", 2001),
                listed("H0001"),
                listed("H0002"),
                empty().tie("kind", List.of("data_sharing")),
                listed("U0001").tie("kind", List.of("teleport")).tie("since", 1980),
                typedIn(" acme  AI ltd"),
                typedIn("ACME AI Ltd"))
            .submits();

    assertThat(r.answers()).doesNotContainKey("partners");
    assertThat(r.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(
            tuple("partners", ViolationKind.UNKNOWN_PARTNER),
            tuple("partners", ViolationKind.PARTNER_SECTOR),
            tuple("partners", ViolationKind.DUPLICATE_PARTNER),
            tuple("partners", ViolationKind.OWN_ORGANISATION),
            tuple("partners", ViolationKind.TIE_WITHOUT_PARTNER),
            tuple("partners", ViolationKind.UNKNOWN_OPTION),
            tuple("partners", ViolationKind.OUT_OF_RANGE),
            tuple("partners", ViolationKind.DUPLICATE_PARTNER));
    assertThat(messages(r, "en"))
        .containsExactly(
            "partners[1]: 'H9999' is not in the list of organisations; please choose it from the"
                + " list again.",
            "partners[2]: This organisation is a company; this question asks for hospitals or"
                + " research institutions only.",
            "partners[4]: This organisation is already named as partners[3]; please name each"
                + " partner once.",
            "partners[5]: This is your own organisation; please name only partners outside it.",
            "partners[6]: Answers were given for this partner but no organisation was named;"
                + " please choose the organisation or clear the answers.",
            "partners[7].kind: 'teleport' is not one of the choices for this question; please"
                + " choose again.",
            "partners[7].since: Please enter a number from 1990 to 2026.",
            "partners[9]: This organisation is already named as partners[8]; please name each"
                + " partner once.");
    assertThat(messages(r, "zh"))
        .contains(
            "partners[2]: 该机构属于企业，本题只填写医院或科研机构。",
            "partners[5]: 这是您所在的机构，请只填写外部合作机构。",
            "partners[7].since: 请输入 1990 到 2026 之间的数字。");
  }

  @Test
  void moreThanMaxPartnersIsReportedOnceAtTheFirstOneTooMany() {
    String[] ids = new String[12];
    Respondent.Entry[] entries = new Respondent.Entry[12];
    for (int i = 0; i < 12; i++) {
      ids[i] = String.format("H%04d=hospital", i + 1);
      entries[i] = listed(String.format("H%04d", i + 1));
    }

    ValidationResult r =
        collaborator().registers(Respondent.registers(ids)).names("partners", entries).submits();
    ValidationResult ten =
        collaborator()
            .registers(Respondent.registers(ids))
            .names("partners", List.of(entries).subList(0, 10).toArray(Respondent.Entry[]::new))
            .submits();

    assertThat(messages(r, "en"))
        .containsExactly("partners[11]: At most 10 partners may be named; please remove the rest.");
    assertThat(r.violations().get(0).kind()).isEqualTo(ViolationKind.TOO_MANY_PARTNERS);
    assertThat(ten.violations()).isEmpty();
    assertThat(((Answer.Partners) ten.answers().get("partners")).partners()).hasSize(10);
  }

  @Test
  void emptySlotsAreSkippedButKeepTheirPositions() {
    ValidationResult r =
        collaborator().names("partners", null, empty(), typedIn("  "), listed("H9999")).submits();

    assertThat(messages(r, "en"))
        .containsExactly(
            "partners[4]: 'H9999' is not in the list of organisations; please choose it from the"
                + " list again.");
  }

  @Test
  void aRequiredRosterWithNoPartnerIsRefusedInFinalOnly() {
    Respondent nobody = collaborator().names("partners", empty(), null);

    ValidationResult submitted = nobody.submits();
    ValidationResult draft = nobody.savesDraft();

    assertThat(submitted.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(tuple("partners", ViolationKind.REQUIRED));
    assertThat(messages(submitted, "en"))
        .containsExactly("Please name at least one partner organisation.");
    assertThat(messages(submitted, "zh")).containsExactly("请至少填写一个合作机构。");
    assertThat(draft.violations()).isEmpty();
  }

  /** {@link Respondent#PARTNERS} with its tie question {@code kind} made required. */
  private static final Instrument KIND_REQUIRED =
      InstrumentReader.read(
          new StringReader(
              resource("org/tripart/instrument/partners.yaml")
                  .replace(
                      "type: multiple\n              label: {en: \"Kind of collaboration\"",
                      "type: multiple\n              required: true\n"
                          + "              label: {en: \"Kind of collaboration\"")),
          "partners-kind-required.yaml");

  private static String resource(String name) {
    try (var in = RosterValidationTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aRequiredTieQuestionMustBeAnsweredForEveryPartnerNamedInFinalOnly() {
    Respondent partly =
        Respondent.of(KIND_REQUIRED)
            .registers(REGISTERS)
            .answers("company", "C0001", "collaborates", "yes")
            .names(
                "partners",
                listed("H0001").tie("kind", List.of("joint_project")),
                listed("U0001").tie("since", 2020),
                typedIn("Acme Imaging Lab").tie("kind", List.of()),
                empty());

    ValidationResult submitted = partly.submits();
    ValidationResult draft = partly.savesDraft();

    assertThat(KIND_REQUIRED.item("partners").roster().tie("kind").orElseThrow().required())
        .isTrue();
    assertThat(submitted.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(
            tuple("partners", ViolationKind.REQUIRED), tuple("partners", ViolationKind.REQUIRED));
    assertThat(messages(submitted, "en"))
        .containsExactly(
            "partners[2].kind: Please answer this question.",
            "partners[3].kind: Please answer this question.");
    assertThat(messages(submitted, "zh")).first().asString().startsWith("partners[2].kind: 此题为必答题");
    assertThat(draft.violations()).isEmpty();
  }

  @Test
  void aDraftKeepsTheNamedPartnersAndLeavesOutASlotWhosePartnerIsNotChosenYet() {
    Respondent halfway =
        collaborator()
            .names(
                "partners",
                listed("H0001").tie("since", 2020),
                empty().tie("kind", List.of("deployment")).tie("since", 2021));

    ValidationResult draft = halfway.savesDraft();
    ValidationResult submitted = halfway.submits();

    assertThat(draft.violations()).isEmpty();
    assertThat(draft.answers().get("partners"))
        .isEqualTo(
            new Answer.Partners(
                List.of(new Partner("H0001", null, Map.of("since", new Answer.Number(2020))))));
    assertThat(submitted.violations())
        .extracting(Violation::kind)
        .containsExactly(ViolationKind.TIE_WITHOUT_PARTNER);
  }

  @Test
  void aDraftStillRefusesBadPartnersAndBadTieValues() {
    ValidationResult draft =
        collaborator()
            .names("partners", listed("H9999"), empty().tie("since", "soon"))
            .savesDraft();

    assertThat(draft.violations())
        .extracting(Violation::kind)
        .containsExactly(ViolationKind.UNKNOWN_PARTNER, ViolationKind.WRONG_TYPE);
    assertThat(messages(draft, "en").get(1)).isEqualTo("partners[2].since: Please enter a number.");
  }

  @Test
  void aRosterThatDoesNotApplyIsRefusedWhenAnsweredInFinal() {
    ValidationResult r =
        collaborator().answers("collaborates", "no").names("partners", listed("H0001")).submits();

    assertThat(r.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(tuple("partners", ViolationKind.ANSWERED_WHEN_SKIPPED));
  }

  @Test
  void withoutADirectoryEveryListedPartnerIsUnknownButTypedInOnesAreKept() {
    Map<String, Object> raw =
        collaborator().names("partners", typedIn("Acme AI Ltd"), listed("H0001")).raw();
    Map<String, Object> typedOnly = collaborator().names("partners", typedIn("Acme")).raw();

    ValidationResult r = Validator.validate(PARTNERS, raw, Mode.FINAL);

    assertThat(r.violations())
        .extracting(Violation::kind)
        .containsExactly(ViolationKind.UNKNOWN_PARTNER);
    assertThat(Validator.validate(PARTNERS, typedOnly, Mode.FINAL).isValid()).isTrue();
  }

  @Test
  void typedInNamesMustBeAllowedAtMostTwoHundredCharactersAndNotBesideAnId() {
    Instrument listedOnly =
        InstrumentReader.read(
            new StringReader(
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
                      - id: partners
                        type: roster
                        label: {en: P, zh: P}
                        roster: {sectors: [hospital], max: 3}
                """),
            "t.yaml");
    String longest = "医".repeat(200);

    ValidationResult refused =
        Respondent.of(listedOnly).registers(REGISTERS).names("partners", typedIn("Acme")).submits();
    ValidationResult lengths =
        collaborator()
            .names(
                "partners",
                typedIn(longest),
                typedIn(longest + "院"),
                listed("H0001").with("other", "Also this"))
            .submits();

    assertThat(messages(refused, "en"))
        .containsExactly(
            "partners[1]: This question only takes organisations from the list; please choose"
                + " one.");
    assertThat(lengths.violations())
        .extracting(Violation::kind)
        .containsExactly(ViolationKind.TOO_LONG, ViolationKind.ID_AND_OTHER);
    assertThat(messages(lengths, "en").get(0))
        .isEqualTo("partners[2]: Please shorten your text to at most 200 characters (it has 201).");
  }

  @Test
  void wrongShapesAndUnknownKeysAreNamedWithTheirPosition() {
    ValidationResult notAList = collaborator().answers("partners", "H0001").submits();
    ValidationResult badEntries =
        collaborator()
            .answers("partners", List.of("H0001", Map.of("id", "H0001", "colour", "red")))
            .submits();

    assertThat(notAList.violations())
        .extracting(Violation::kind, v -> v.message("en"))
        .containsExactly(
            tuple(ViolationKind.WRONG_TYPE, "Please name partner organisations from the list."));
    assertThat(messages(badEntries, "en"))
        .containsExactly(
            "partners[1]: Please name partner organisations from the list.",
            "partners[2]: 'colour' is not a question about partners here; please reload the page.");
  }

  @Test
  void theParserAloneGivesThePartnersOfAWellFormedRoster() {
    Map<String, Object> raw =
        collaborator().names("partners", listed("U0001").tie("formal", "no")).raw();

    ParsedSubmission parsed = new SubmissionParser(PARTNERS, REGISTERS).parse(raw);
    ParsedSubmission unknown = new SubmissionParser(PARTNERS).parse(raw);

    assertThat(parsed.answers().get("partners"))
        .isEqualTo(
            new Answer.Partners(
                List.of(new Partner("U0001", null, Map.of("formal", new Answer.Choice("no"))))));
    assertThat(unknown.answers()).doesNotContainKey("partners");
    assertThat(unknown.violations())
        .extracting(Violation::kind)
        .containsExactly(ViolationKind.UNKNOWN_PARTNER);
  }
}
