package org.tripart.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;

/** Partner roster items and institution sectors: read, written back, and refused when wrong. */
class RosterInstrumentTest {
  private static final String PARTNERS = "org/tripart/instrument/partners.yaml";

  /** The header puts the first item on line 10. */
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

  private static final String ROSTER =
      """
      - id: partners
        type: roster
        label: {en: P, zh: P}
        roster:
          sectors: [institution, company]
          max: %s
          other: true
          ties:
            - id: since
              type: integer
              label: {en: Since, zh: 自}
              range: {min: 1990, max: 2026}
      """;

  private static Instrument read(String items) {
    return InstrumentReader.read(new StringReader(HEADER + items.indent(6)), "t.yaml");
  }

  private static InvalidInstrumentException failureOf(String items) {
    try {
      read(items);
    } catch (InvalidInstrumentException e) {
      return e;
    }
    return fail("expected the instrument to be rejected:%n%s", items);
  }

  private static List<String> problems(String items) {
    return failureOf(items).problems().stream().map(Problem::toString).toList();
  }

  @Test
  void rosterBlockIsReadIntoTheItemWithTiesReadLikeItems() {
    Instrument i = InstrumentReader.readResource(PARTNERS);

    Item partners = i.item("partners");
    Roster roster = partners.roster();
    assertThat(partners.type()).isEqualTo(ItemType.ROSTER);
    assertThat(partners.required()).isTrue();
    assertThat(partners.when().source()).isEqualTo("collaborates = 'yes'");
    assertThat(partners.help().in("zh")).isEqualTo("最多填写 10 个。");
    assertThat(roster.sectors()).containsExactly(Sector.HOSPITAL, Sector.INSTITUTION);
    assertThat(roster.max()).isEqualTo(10);
    assertThat(roster.other()).isTrue();
    assertThat(roster.ties())
        .extracting(Item::id, Item::type, Item::required)
        .containsExactly(
            tuple("kind", ItemType.MULTIPLE, false),
            tuple("since", ItemType.INTEGER, false),
            tuple("satisfied", ItemType.LIKERT, false),
            tuple("formal", ItemType.YES_NO, false),
            tuple("started", ItemType.DATE, false),
            tuple("note", ItemType.TEXT, false));
    Item kind = roster.tie("kind").orElseThrow();
    assertThat(kind.options())
        .extracting(Option::code)
        .containsExactly("data_sharing", "joint_project", "deployment");
    assertThat(kind.label().in("zh")).isEqualTo("合作形式");
    assertThat(kind.location().line()).isEqualTo(34);
    assertThat(roster.tie("since").orElseThrow().range()).isEqualTo(new NumericRange(1990, 2026));
    assertThat(roster.tie("formal").orElseThrow().options())
        .extracting(Option::code)
        .containsExactly("yes", "no");
    assertThat(i.hasItem("kind")).isFalse();
    assertThat(i.item("share").roster()).isNull();
  }

  @Test
  void institutionSectorIsReadAndDefaultsToHospital() {
    Instrument partners = InstrumentReader.readResource(PARTNERS);
    Instrument clinician =
        InstrumentReader.readResource("org/tripart/study/national-ai/clinician.yaml");

    assertThat(partners.item("company").sector()).isEqualTo(Sector.COMPANY);
    assertThat(partners.item("collaborates").sector()).isNull();
    assertThat(clinician.items())
        .filteredOn(item -> item.type() == ItemType.INSTITUTION)
        .isNotEmpty()
        .allSatisfy(item -> assertThat(item.sector()).isEqualTo(Sector.HOSPITAL));
  }

  @Test
  void rosterInstrumentIsWrittenBackByteForByte() {
    String text = Resources.text(PARTNERS);

    String written = InstrumentWriter.write(InstrumentReader.readResource(PARTNERS));

    assertThat(written).isEqualTo(text);
  }

  @Test
  void rosterWithoutTiesOrOtherIsWrittenWithoutThem() {
    Instrument i =
        read(
            """
            - id: partners
              type: roster
              label: {en: P, zh: P}
              roster: {sectors: [company], max: 3}
            """);

    String written = InstrumentWriter.write(i);

    assertThat(written)
        .contains(
            """
                    roster:
                      sectors: [company]
                      max: 3
            """)
        .doesNotContain("other:")
        .doesNotContain("ties:");
    assertThat(InstrumentReader.read(new StringReader(written), "w.yaml").item("partners").roster())
        .isEqualTo(new Roster(List.of(Sector.COMPANY), 3, false, List.of()));
  }

  @Test
  void maxAboveFiftyIsRefusedAtItsLine() {
    InvalidInstrumentException e = failureOf(ROSTER.formatted("80"));

    assertThat(e).hasMessage("TRP-1130 t.yaml:15 item partners: roster max 80 is above 50");
    assertThat(e.code()).isEqualTo(ErrorCode.ROSTER_BLOCK);
  }

  @Test
  void maxBelowOneAndAMaxThatIsNotANumberAreRefused() {
    assertThat(problems(ROSTER.formatted("0")))
        .containsExactly("TRP-1130 t.yaml:15 item partners: roster max 0 is below 1");
    assertThat(problems(ROSTER.formatted("many")))
        .containsExactly("TRP-0002 t.yaml:15 item partners: max must be a whole number");
  }

  @Test
  void aMisspelledRosterKeyGetsTheNearMissSuggestion() {
    List<String> p = problems(ROSTER.formatted("5").replace("other: true", "othre: true"));

    assertThat(p)
        .containsExactly(
            "TRP-0012 t.yaml:16 item partners: unknown key 'othre' in roster; did you mean"
                + " 'other'?");
  }

  @Test
  void aRosterItemWithoutItsBlockIsRefusedOnceEvenWhenTheKeyIsMisspelled() {
    assertThat(
            problems(
                """
                - id: partners
                  type: roster
                  label: {en: P, zh: P}
                """))
        .containsExactly(
            "TRP-1130 t.yaml:10 item partners: roster items need a roster block with sectors and"
                + " max (and optionally other and ties)");
    assertThat(
            problems(
                """
                - id: partners
                  type: roster
                  label: {en: P, zh: P}
                  rooster: {sectors: [company], max: 3}
                """))
        .containsExactly(
            "TRP-0012 t.yaml:13 item partners: unknown key 'rooster' in item; did you mean"
                + " 'roster'?");
  }

  @Test
  void sectorsMustBeKnownDifferentAndPresent() {
    List<String> p =
        problems(
            """
            - id: a
              type: roster
              label: {en: A, zh: A}
              roster:
                sectors: [company, university, company]
                max: 3
            - id: b
              type: roster
              label: {en: B, zh: B}
              roster:
                sectors: []
                max: 3
            - id: c
              type: roster
              label: {en: C, zh: C}
              roster: {max: 3}
            """);

    assertThat(p)
        .containsExactly(
            "TRP-1134 t.yaml:14 item a: roster sector 'university' is not one of hospital,"
                + " institution, company",
            "TRP-1130 t.yaml:14 item a: roster sector company is listed twice",
            "TRP-1130 t.yaml:20 item b: roster sectors is empty; name 1 to 3 of hospital,"
                + " institution, company",
            "TRP-0002 t.yaml:25 item c: roster needs 'sectors'");
  }

  @Test
  void tieQuestionsHaveOnlyTheTypesAndKeysATieCanHave() {
    List<String> p =
        problems(
            """
            - id: region
              type: province
              label: {en: R, zh: R}
            - id: partners
              type: roster
              label: {en: P, zh: P}
              roster:
                sectors: [company]
                max: 3
                ties:
                  - id: where
                    type: province
                    label: {en: W, zh: W}
                  - id: since
                    type: integer
                    label: {en: S, zh: S}
                    when: "region = '11'"
                  - id: kind
                    type: single
                    label: {en: K, zh: K}
                    options:
                      - code: a
                        label: {en: A, zh: A}
                        when: "region = '11'"
                      - code: a
                        label: {en: B, zh: B}
                  - id: often
                    type: integer
                    label: {en: O, zh: O}
                    range: {min: 5, max: 1}
                  - id: lable
                    type: text
                    lable: {en: L, zh: L}
            """);

    assertThat(p)
        .containsExactly(
            "TRP-1131 t.yaml:20 item partners.where: tie question 'where' is province; a tie is"
                + " single, multiple, yesno, likert, integer, decimal, text or date",
            "TRP-1131 t.yaml:26 item partners.since: tie question 'since' has a when; tie"
                + " questions are asked of every partner named, remove it",
            "TRP-1131 t.yaml:33 item partners.kind: tie question 'kind' option a has a when;"
                + " options of tie questions take none",
            "TRP-0004 t.yaml:34 item partners.kind: option code 'a' is defined twice",
            "TRP-0008 t.yaml:39 item partners.often: range min 5 is greater than max 1",
            "TRP-0012 t.yaml:42 item partners.lable: unknown key 'lable' in tie question; did you"
                + " mean 'label'?");
  }

  @Test
  void tieLabelsAreNeededInEveryLanguage() {
    assertThat(problems(ROSTER.formatted("5").replace("{en: Since, zh: 自}", "{en: Since}")))
        .containsExactly("TRP-0007 t.yaml:20 item partners.since: label has no text in zh");
  }

  @Test
  void tieIdsAreUniqueAcrossRostersAndDifferFromItemIdsAndTheReservedWords() {
    List<String> p =
        problems(
            """
            - id: since
              type: integer
              label: {en: S, zh: S}
            - id: a
              type: roster
              label: {en: A, zh: A}
              roster:
                sectors: [company]
                max: 3
                ties:
                  - {id: kind, type: text, label: {en: K, zh: K}}
                  - {id: since, type: integer, label: {en: S, zh: S}}
                  - {id: other, type: text, label: {en: O, zh: O}}
            - id: b
              type: roster
              label: {en: B, zh: B}
              roster:
                sectors: [hospital]
                max: 3
                ties:
                  - {id: kind, type: text, label: {en: K, zh: K}}
                  - {id: Bad, type: text, label: {en: B, zh: B}}
            """);

    assertThat(p)
        .containsExactly(
            "TRP-1132 t.yaml:21 item a.since: tie id 'since' is also an item's id (line 10); tie"
                + " ids name the columns of the ties file and must differ from item ids",
            "TRP-1132 t.yaml:22 item a.other: tie id 'other' is reserved: a partner's register id"
                + " and typed-in name are 'id' and 'other', and the ties file's columns are"
                + " respondent_id, item, position, partner and other",
            "TRP-1132 t.yaml:30 item b.kind: tie id 'kind' is defined twice in the instrument's"
                + " rosters (first at line 20)",
            "TRP-0006 t.yaml:31 item b.Bad: tie id 'Bad' must be lower-case letters, digits and _,"
                + " starting with a letter");
  }

  @Test
  void skipLogicCannotReadARosterOrItsTies() {
    List<String> p =
        problems(
            ROSTER.formatted("5")
                + """
                - id: more
                  type: text
                  label: {en: M, zh: M}
                  when: "answered(partners)"
                - id: again
                  type: text
                  label: {en: A, zh: A}
                  when: "since > 2000"
                """);

    assertThat(p)
        .containsExactly(
            "TRP-1133 t.yaml:25 item more: skip logic \"answered(partners)\" column 1: item"
                + " 'partners' is a partner roster, whose answer is a list of partners; skip logic"
                + " cannot read it",
            "TRP-1133 t.yaml:29 item again: skip logic \"since > 2000\" column 1: 'since' is a"
                + " tie question of roster 'partners', asked of each partner; skip logic cannot"
                + " read it");
  }

  @Test
  void rosterAndSectorKeysAreOnlyForTheirTypes() {
    List<String> p =
        problems(
            """
            - id: hospital
              type: institution
              label: {en: H, zh: H}
              sector: university
            - id: q
              type: text
              label: {en: Q, zh: Q}
              sector: company
              roster: {sectors: [company], max: 2}
            - id: partners
              type: roster
              label: {en: P, zh: P}
              options:
                - {code: a, label: {en: A, zh: A}}
                - {code: b, label: {en: B, zh: B}}
              roster: {sectors: [company], max: 2}
            """);

    assertThat(p)
        .containsExactly(
            "TRP-1134 t.yaml:13 item hospital: sector 'university' is not one of hospital,"
                + " institution, company",
            "TRP-0015 t.yaml:17 item q: sector is only for institution items, not text items",
            "TRP-0015 t.yaml:18 item q: roster is only for roster items, not text items",
            "TRP-0011 t.yaml:22 item partners: roster items take no options");
  }
}
