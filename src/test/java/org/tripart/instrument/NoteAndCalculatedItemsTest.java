package org.tripart.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.StringReader;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;

/** Notes, calculated items and the new option keys: read, evaluated, and refused with a place. */
class NoteAndCalculatedItemsTest {
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

  private static final Instrument EVERY =
      InstrumentReader.readResource("org/tripart/instrument/every-feature.yaml");

  private static InvalidInstrumentException failureOf(String items) {
    String yaml = HEADER + items.indent(6);
    try {
      InstrumentReader.read(new StringReader(yaml), "t.yaml");
    } catch (InvalidInstrumentException e) {
      return e;
    }
    return fail("expected the instrument to be rejected:%n%s", yaml);
  }

  @Test
  void everyFeatureFileIsReadWithItsNewKeys() {
    // every-feature.yaml by hand: 15 items (7 + 8); notes intro and severe; calculated bmi and
    // total.
    assertThat(EVERY.items()).hasSize(15);
    assertThat(EVERY.items().stream().filter(i -> i.type() == ItemType.NOTE))
        .extracting(Item::id)
        .containsExactly("intro", "severe");
    Item interest = EVERY.item("interest");
    assertThat(interest.options()).extracting(Option::score).containsExactly(0.0, 1.0, 2.5, null);
    assertThat(interest.options())
        .extracting(Option::missing)
        .containsExactly(false, false, false, true);
    assertThat(EVERY.item("tier").option("tertiary").when().source())
        .isEqualTo("province in ('11', '31') or not answered(province)");
    assertThat(EVERY.item("severe").when().source()).isEqualTo("total >= 3");
    assertThat(EVERY.item("bmi").calculation().referencedItems())
        .containsExactly("weight", "height");
  }

  @Test
  void calculationReadsScoresNumericCodesAndYesNo() {
    Calculation total = EVERY.item("total").calculation();
    // interest most_days scores 2.5, mood code 2, smokes yes = 1, cough ticked +1: 6.5.
    Map<String, Answer> answers =
        Map.of(
            "interest", new Answer.Choice("most_days"),
            "mood", new Answer.Choice("2"),
            "smokes", new Answer.Choice("yes"),
            "symptoms", new Answer.Choices(java.util.Set.of("cough")));
    assertThat(total.evaluate(answers::get)).isEqualTo(OptionalDouble.of(6.5));

    // don't know is a missing-data code and 999 too: neither counts; smokes no = 0; sum = 0 + 0.
    Map<String, Answer> missing =
        Map.of(
            "interest", new Answer.Choice("dont_know"),
            "mood", new Answer.Choice("999"),
            "smokes", new Answer.Choice("no"),
            "symptoms", new Answer.Choices(java.util.Set.of()));
    assertThat(total.evaluate(missing::get)).isEqualTo(OptionalDouble.of(0));
  }

  @Test
  void bmiIsRoundedHalfAwayFromZero() {
    // 70 kg, 175 cm: 70 * 10000 / 30625 = 22.857... -> 22.9
    Map<String, Answer> answers =
        Map.of("weight", new Answer.Number(70), "height", new Answer.Number(175));
    assertThat(EVERY.item("bmi").calculation().evaluate(answers::get))
        .isEqualTo(OptionalDouble.of(22.9));
  }

  @Test
  void noteTakesOnlyALabelAndAWhen() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: n
              type: note
              label: {en: Read this, zh: 请阅读}
              help: {en: H, zh: H}
              required: true
              options:
                - code: a
                  label: {en: A, zh: A}
              range: {min: 1}
            """);

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "TRP-0015 t.yaml:13 item n: a note's text is its label; help is not for note items",
            "TRP-0015 t.yaml:14 item n: a note is only shown, never answered; remove required",
            "TRP-0011 t.yaml:15 item n: note items take no options",
            "TRP-0015 t.yaml:18 item n: range is only for integer and decimal items, not note items");
  }

  @Test
  void calculatedItemNeedsCalculateAndTakesNoRangeOrRequired() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: c
              type: calculated
              label: {en: C, zh: C}
              required: true
              range: {min: 1}
            - id: t
              type: text
              label: {en: T, zh: T}
              calculate: "1 + 1"
            """);

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "TRP-0002 t.yaml:10 item c: calculated items need 'calculate', the expression that"
                + " works out the value",
            "TRP-0015 t.yaml:13 item c: a calculated item's value is worked out, never asked;"
                + " remove required",
            "TRP-0015 t.yaml:14 item c: range is only for integer and decimal items, not"
                + " calculated items",
            "TRP-0015 t.yaml:18 item t: calculate is only for calculated items, not text items");
  }

  @Test
  void calculationSyntaxErrorNamesLineAndColumn() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: a
              type: integer
              label: {en: A, zh: A}
            - id: c
              type: calculated
              label: {en: C, zh: C}
              calculate: "a * (2 +"
            """);

    assertThat(e)
        .hasMessage(
            "TRP-0019 t.yaml:16 item c: calculation \"a * (2 +\" column 9: expected a number, an item"
                + " id, a function or '(', found the end of the expression");
    assertThat(e.code()).isEqualTo(ErrorCode.CALCULATION_SYNTAX);
  }

  @Test
  void calculationMayReadOnlyEarlierNumericItems() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: tools
              type: multiple
              label: {en: T, zh: T}
              options:
                - code: a
                  label: {en: A, zh: A}
                - code: b
                  label: {en: B, zh: B}
            - id: role
              type: single
              label: {en: R, zh: R}
              options:
                - code: doctor
                  label: {en: D, zh: D}
                - code: nurse
                  label: {en: N, zh: N}
            - id: intro
              type: note
              label: {en: I, zh: I}
            - id: c
              type: calculated
              label: {en: C, zh: C}
              calculate: "tools + role + intro + c + later + nothing + if(intro = 'x', 1, 0)"
            - id: later
              type: integer
              label: {en: L, zh: L}
            """);

    String prefix =
        "t.yaml:32 item c: calculation \"tools + role + intro + c + later + nothing"
            + " + if(intro = 'x', 1, 0)\" column ";
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "TRP-0020 "
                + prefix
                + "1: item 'tools' is multiple; count its options with if, like"
                + " if(tools has 'code', 1, 0)",
            "TRP-0020 "
                + prefix
                + "9: item 'role' is single and its option 'doctor' has no score"
                + " and no number as its code; give its options a score",
            "TRP-0020 "
                + prefix
                + "16: item 'intro' is note; a calculation reads only integer,"
                + " decimal, calculated, single, likert and yesno items",
            "TRP-0020 " + prefix + "24: a calculation cannot read its own item",
            "TRP-0020 "
                + prefix
                + "28: item 'later' comes later (line 33); a calculation may only"
                + " read earlier items",
            "TRP-0020 " + prefix + "36: no item 'nothing' is defined",
            "TRP-0017 "
                + prefix
                + "49: item 'intro' is note; a note has no answer, so skip logic"
                + " cannot read it");
  }

  @Test
  void skipLogicComparesACalculatedItemAsANumberAndCannotReadANote() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: intro
              type: note
              label: {en: I, zh: I}
            - id: a
              type: integer
              label: {en: A, zh: A}
            - id: total
              type: calculated
              label: {en: T, zh: T}
              calculate: "a * 2"
            - id: b
              type: text
              label: {en: B, zh: B}
              when: "total >= 10 and answered(intro)"
            """);

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "TRP-0017 t.yaml:23 item b: skip logic \"total >= 10 and answered(intro)\" column 17:"
                + " item 'intro' is note; a note has no answer, so skip logic cannot read it");
  }

  @Test
  void optionConditionMayReadOnlyItemsBeforeItsItem() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: province
              type: province
              label: {en: P, zh: P}
            - id: city
              type: single
              label: {en: C, zh: C}
              options:
                - code: beijing
                  label: {en: Beijing, zh: 北京}
                  when: "province = '11'"
                - code: other
                  label: {en: Other, zh: 其他}
                  when: "city = 'beijing' or province = '99' or province = "
                  score: many
                  missing: maybe
            """);

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "TRP-0009 t.yaml:22 item city: option other condition \"city = 'beijing' or province ="
                + " '99' or province = \" column 51: expected an option code in quotes",
            "TRP-0002 t.yaml:23 item city: score must be a number",
            "TRP-0002 t.yaml:24 item city: missing must be true or false");
  }

  @Test
  void optionConditionReferencesAreChecked() {
    InvalidInstrumentException e =
        failureOf(
            """
            - id: province
              type: province
              label: {en: P, zh: P}
            - id: city
              type: single
              label: {en: C, zh: C}
              options:
                - code: beijing
                  label: {en: Beijing, zh: 北京}
                  when: "city = 'beijing' or province = '99'"
                - code: other
                  label: {en: Other, zh: 其他}
            """);

    String prefix =
        "t.yaml:19 item city: option beijing condition \"city = 'beijing' or province = '99'\""
            + " column ";
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "TRP-0010 " + prefix + "1: an item's skip logic cannot read the item itself",
            "TRP-0010 " + prefix + "32: item 'province' has no option '99'");
  }
}
