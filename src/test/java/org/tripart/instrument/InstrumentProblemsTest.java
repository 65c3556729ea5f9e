package org.tripart.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;

/** Each bad file names the right code, line and item; the header puts the first item on line 10. */
class InstrumentProblemsTest {
  private static final String HEADER =
      """
      instrument: t
      group: clinician
      version: 1
      languages: [en, zh]
      title: {en: T, zh: T}
      sections:
        - id: s
          title: {en: S, zh: S}
          items:
      """;

  private static InvalidInstrumentException failureOf(String items) {
    return failureOfFile(HEADER + items.indent(6));
  }

  private static InvalidInstrumentException failureOfFile(String yaml) {
    try {
      InstrumentReader.read(new StringReader(yaml), "t.yaml");
    } catch (InvalidInstrumentException e) {
      return e;
    }
    return fail("expected the instrument to be rejected:%n%s", yaml);
  }

  @Test
  void duplicateOptionCodeNamesTheSecondOption() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: ai_department
              type: single
              label: {en: Q, zh: Q}
              options:
                - code: yes
                  label: {en: Y, zh: Y}
                - code: yes
                  label: {en: Y2, zh: Y2}
            """);

    assertThat(e)
        .hasMessage("TRP-0004 t.yaml:16 item ai_department: option code 'yes' is defined twice");
    assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_OPTION);
    assertThat(e.problems()).hasSize(1);
  }

  @Test
  void duplicateItemIdNamesBothLines() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: q
              type: yesno
              label: {en: Q, zh: Q}
            - id: q
              type: text
              label: {en: Q, zh: Q}
            """);

    assertThat(e)
        .hasMessage("TRP-0003 t.yaml:13 item q: item id 'q' is defined twice (first at line 10)");
  }

  @Test
  void duplicateItemIdAcrossSectionsIsFound() {
    InvalidInstrumentException e =
        failureOfFile(
            HEADER
                + """
                      - id: q
                        type: yesno
                        label: {en: Q, zh: Q}
                  - id: s
                    title: {en: S, zh: S}
                    items:
                      - id: q
                        type: yesno
                        label: {en: Q, zh: Q}
                """);

    assertThat(e.problems())
        .extracting(p -> p.code(), p -> p.where().line(), Problem::itemId)
        .containsExactly(
            tuple(ErrorCode.DUPLICATE_SECTION, 13, null), tuple(ErrorCode.DUPLICATE_ITEM, 16, "q"));
  }

  @Test
  void unknownTypeIsNamedWithTheKnownOnes() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: q
              type: singel
              label: {en: Q, zh: Q}
            """);

    assertThat(e)
        .hasMessageStartingWith("TRP-0005 t.yaml:11 item q: unknown type 'singel'; the types are")
        .hasMessageContaining("single, multiple, yesno");
  }

  @Test
  void missingChineseLabelIsReported() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: q
              type: yesno
              label: {en: Q}
            """);

    assertThat(e).hasMessage("TRP-0007 t.yaml:12 item q: label has no text in zh");
  }

  @Test
  void labelInALanguageTheInstrumentDoesNotListIsAnUnknownKey() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: q
              type: yesno
              label: {en: Q, zh: Q, fr: Q}
            """);

    assertThat(e)
        .hasMessage(
            "TRP-0012 t.yaml:12 item q: label has text in 'fr', which is not one of the"
                + " languages [en, zh]");
  }

  @Test
  void skipLogicNamingALaterItemIsRejected() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: a
              type: yesno
              label: {en: A, zh: A}
              when: "b = 'yes'"
            - id: b
              type: yesno
              label: {en: B, zh: B}
            """);

    assertThat(e)
        .hasMessage(
            "TRP-0010 t.yaml:13 item a: skip logic \"b = 'yes'\" column 1: item 'b' comes later"
                + " (line 14); skip logic may only read earlier items");
  }

  @Test
  void skipLogicNamingItsOwnOrAnUndefinedItemIsRejected() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: a
              type: yesno
              label: {en: A, zh: A}
              when: "answered(a) or nobody = 'x'"
            """);

    assertThat(e.problems())
        .extracting(Problem::code, Problem::message)
        .containsExactly(
            tuple(
                ErrorCode.SKIP_LOGIC_REFERENCE,
                "skip logic \"answered(a) or nobody = 'x'\" column 1: an item's skip logic cannot"
                    + " read the item itself"),
            tuple(
                ErrorCode.SKIP_LOGIC_REFERENCE,
                "skip logic \"answered(a) or nobody = 'x'\" column 16: no item 'nobody' is defined"));
  }

  @Test
  void skipLogicNamingAnUnknownOptionGivesTheOptionsColumn() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: b
              type: yesno
              label: {en: B, zh: B}
            - id: a
              type: yesno
              label: {en: A, zh: A}
              when: "b in ('yes', 'maybe')"
            """);

    assertThat(e)
        .hasMessage(
            "TRP-0010 t.yaml:16 item a: skip logic \"b in ('yes', 'maybe')\" column 14: item 'b'"
                + " has no option 'maybe'");
  }

  @Test
  void skipLogicSyntaxErrorNamesTheColumn() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: x
              type: yesno
              label: {en: X, zh: X}
            - id: ai_engineers
              type: integer
              label: {en: E, zh: E}
              when: "x = "
            """);

    assertThat(e)
        .hasMessage(
            "TRP-0009 t.yaml:16 item ai_engineers: skip logic \"x = \" column 5: expected an"
                + " option code in quotes");
  }

  @Test
  void skipLogicComparisonMustSuitTheItemsType() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: tools
              type: multiple
              label: {en: T, zh: T}
              options:
                - {code: a, label: {en: A, zh: A}}
                - {code: b, label: {en: B, zh: B}}
            - id: years
              type: integer
              label: {en: Y, zh: Y}
            - id: q
              type: text
              label: {en: Q, zh: Q}
              when: "tools = 'a' or years has '3'"
            """);

    assertThat(e.problems())
        .extracting(Problem::code, p -> p.where().line())
        .containsOnly(tuple(ErrorCode.SKIP_LOGIC_TYPE, 22));
    assertThat(e.problems())
        .extracting(Problem::message)
        .containsExactly(
            "skip logic \"tools = 'a' or years has '3'\" column 1: item 'tools' is multiple; test"
                + " its options with has, like tools has 'code'",
            "skip logic \"tools = 'a' or years has '3'\" column 16: item 'years' is integer; skip"
                + " logic can only ask answered(years)");
  }

  @Test
  void unknownKeyIsNamedWithTheLikelyIntendedOne() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: q
              type: yesno
              label: {en: Q, zh: Q}
              requird: true
              colour: red
            """);

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "TRP-0012 t.yaml:13 item q: unknown key 'requird' in item; did you mean 'required'?",
            "TRP-0012 t.yaml:14 item q: unknown key 'colour' in item; item takes calculate, fills,"
                + " help, id, label, options, range, required, roster, sector, type, when");
  }

  @Test
  void misspeltRequiredKeyIsReportedOnceAsTheTypo() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: q
              tpye: yesno
              lable: {en: Q, zh: Q}
            """);

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "TRP-0012 t.yaml:11 item q: unknown key 'tpye' in item; did you mean 'type'?",
            "TRP-0012 t.yaml:12 item q: unknown key 'lable' in item; did you mean 'label'?");
  }

  @Test
  void exclusiveOnASingleChoiceOptionIsRejected() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: q
              type: single
              label: {en: Q, zh: Q}
              options:
                - code: a
                  label: {en: A, zh: A}
                  exclusive: true
                - code: b
                  label: {en: B, zh: B}
            """);

    assertThat(e)
        .hasMessage(
            "TRP-0015 t.yaml:16 item q: exclusive is only for options of multiple items, not"
                + " single items");
  }

  @Test
  void rangeWithMinAboveMaxIsRejected() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: years
              type: integer
              label: {en: Y, zh: Y}
              range: {min: 60, max: 0}
            """);

    assertThat(e).hasMessage("TRP-0008 t.yaml:13 item years: range min 60 is greater than max 0");
  }

  @Test
  void rangeFillsAndOptionsOnTheWrongTypesAreRejected() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: note
              type: text
              label: {en: N, zh: N}
              range: {min: 0}
              options:
                - {code: a, label: {en: A, zh: A}}
            - id: agree
              type: yesno
              label: {en: A, zh: A}
              fills: {tier: note}
              options:
                - {code: yes, label: {en: Y, zh: Y}}
                - {code: no, label: {en: N, zh: N}}
            - id: pick
              type: single
              label: {en: P, zh: P}
              options:
                - {code: only, label: {en: O, zh: O}}
            - id: tier
              type: likert
              label: {en: T, zh: T}
            """);

    assertThat(e.problems())
        .extracting(Problem::code, p -> p.where().line(), Problem::itemId)
        .containsExactly(
            tuple(ErrorCode.NOT_FOR_ITEM_TYPE, 13, "note"),
            tuple(ErrorCode.OPTIONS_NOT_ALLOWED, 14, "note"),
            tuple(ErrorCode.NOT_FOR_ITEM_TYPE, 19, "agree"),
            tuple(ErrorCode.OPTIONS_NOT_ALLOWED, 20, "agree"),
            tuple(ErrorCode.OPTIONS_NOT_ALLOWED, 26, "pick"),
            tuple(ErrorCode.OPTIONS_NOT_ALLOWED, 28, "tier"));
    assertThat(e.problems().get(3).message())
        .isEqualTo("yesno items have the implied options yes and no; remove options");
    assertThat(e.problems().get(4).message())
        .isEqualTo("single items need at least 2 options, this has 1");
  }

  @Test
  void fillsMustNameOtherItemsOfASuitableType() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: region
              type: single
              label: {en: R, zh: R}
              options:
                - {code: east, label: {en: E, zh: E}}
                - {code: west, label: {en: W, zh: W}}
            - id: hospital
              type: institution
              label: {en: H, zh: H}
              fills: {province: region, tier: hospital, type: kind, size: region}
            """);

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "TRP-0012 t.yaml:19 item hospital: unknown key 'size' in fills; fills takes province,"
                + " tier, type",
            "TRP-0018 t.yaml:19 item hospital: fills province into item 'region', which is"
                + " single; it must be a province item",
            "TRP-0018 t.yaml:19 item hospital: fills tier into item 'hospital': an institution"
                + " item cannot fill itself",
            "TRP-0018 t.yaml:19 item hospital: fills type into item 'kind', which is not defined");
  }

  @Test
  void malformedIdsAndCodesAreRejected() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: Age
              type: single
              label: {en: A, zh: A}
              options:
                - {code: Young, label: {en: Y, zh: Y}}
                - {code: _old, label: {en: O, zh: O}}
            - id: not
              type: yesno
              label: {en: N, zh: N}
            """);

    assertThat(e.problems())
        .extracting(Problem::code, p -> p.where().line())
        .containsExactly(
            tuple(ErrorCode.INVALID_IDENTIFIER, 10),
            tuple(ErrorCode.INVALID_IDENTIFIER, 14),
            tuple(ErrorCode.INVALID_IDENTIFIER, 15),
            tuple(ErrorCode.INVALID_IDENTIFIER, 16));
    assertThat(e.problems().get(3).message())
        .isEqualTo("item id 'not' is a word of skip logic; choose another");
  }

  @Test
  void missingKeysAndValuesOfTheWrongKindAreStructureProblems() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: q
              label: {en: Q, zh: Q}
              required: yes
              options: {code: a}
            """);

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "TRP-0002 t.yaml:10 item q: item needs 'type'",
            "TRP-0002 t.yaml:12 item q: required must be true or false",
            "TRP-0002 t.yaml:13 item q: 'options' must be a list, not a mapping");
  }

  @Test
  void yamlSyntaxErrorGivesLineAndColumn() {
    InvalidInstrumentException e =
        failureOfFile(
            """
            instrument: t
            group: clinician
            version: 1: 2
            """);

    assertThat(e).hasMessageStartingWith("TRP-0001 t.yaml:3: column 11: mapping values");
    assertThat(e.problems()).hasSize(1);
  }

  @Test
  void severalProblemsAreReportedTogetherInFileOrder() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: r
              type: integer
              label: {en: R, zh: R}
              range: {min: 5, max: 1}
            - id: q
              type: singel
              label: {en: Q}
            """);

    assertThat(e.problems())
        .extracting(Problem::code, p -> p.where().line())
        .containsExactly(
            tuple(ErrorCode.INVALID_RANGE, 13),
            tuple(ErrorCode.UNKNOWN_ITEM_TYPE, 15),
            tuple(ErrorCode.MISSING_LABEL, 16));
    assertThat(e)
        .hasMessage(
            "TRP-0008 t.yaml:13 item r: range min 5 is greater than max 1 (and 2 more problems)");
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_RANGE);
  }
}
