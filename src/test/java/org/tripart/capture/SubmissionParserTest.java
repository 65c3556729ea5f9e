package org.tripart.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.instrument.Answer;

class SubmissionParserTest {
  private final SubmissionParser parser = new SubmissionParser(Fixtures.clinician());

  private ParsedSubmission parse(Object... keysAndValues) {
    Map<String, Object> raw = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      raw.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return parser.parse(raw);
  }

  private List<ViolationKind> kinds(Object... keysAndValues) {
    return parse(keysAndValues).violations().stream().map(Violation::kind).toList();
  }

  @Test
  void everyItemTypeBecomesItsTypedAnswer() {
    ParsedSubmission p =
        parse(
            "role", "radiologist",
            "uses_ai", "yes",
            "ai_tools", List.of("triage", "detection"),
            "ai_years", 4,
            "detection_accuracy", "92.5",
            "province", "44",
            "hospital", " H0001 ",
            "started", "2024-02-29",
            "comment", "很好");

    assertThat(p.violations()).isEmpty();
    assertThat(p.answers())
        .containsExactly(
            Map.entry("role", new Answer.Choice("radiologist")),
            Map.entry("uses_ai", new Answer.Choice("yes")),
            Map.entry("ai_tools", new Answer.Choices(Set.of("triage", "detection"))),
            Map.entry("ai_years", new Answer.Number(4)),
            Map.entry("detection_accuracy", new Answer.Number(92.5)),
            Map.entry("province", new Answer.Choice("44")),
            Map.entry("hospital", new Answer.Text("H0001")),
            Map.entry("started", new Answer.Text("2024-02-29")),
            Map.entry("comment", new Answer.Text("很好")));
  }

  @Test
  void nullBlankAndEmptyListMeanUnanswered() {
    ParsedSubmission p =
        parse(
            "role", null, "comment", "   ", "ai_tools", List.of(), "ai_years", "", "hospital", "");

    assertThat(p.answers()).isEmpty();
    assertThat(p.violations()).isEmpty();
  }

  @Test
  void anItemTheInstrumentDoesNotDefineIsReported() {
    ParsedSubmission p = parse("role", "radiologist", "favourite_colour", "blue");

    assertThat(p.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(tuple("favourite_colour", ViolationKind.UNKNOWN_ITEM));
    assertThat(p.answers()).containsOnlyKeys("role");
  }

  @Test
  void aCodeTheItemDoesNotDefineIsReported() {
    assertThat(kinds("role", "surgeon")).containsExactly(ViolationKind.UNKNOWN_OPTION);
    assertThat(kinds("ai_tools", List.of("triage", "dictation")))
        .containsExactly(ViolationKind.UNKNOWN_OPTION);
    assertThat(parse("ai_tools", List.of("triage", "dictation")).answers()).isEmpty();
  }

  @Test
  void yesNoItemsHaveImpliedOptions() {
    assertThat(kinds("uses_ai", "no")).isEmpty();
    assertThat(kinds("uses_ai", "maybe")).containsExactly(ViolationKind.UNKNOWN_OPTION);
  }

  @Test
  void provinceItemsAcceptTheThirtyOneMainlandCodesOnly() {
    for (String code : List.of("11", "15", "44", "54", "65")) {
      assertThat(kinds("province", code)).as(code).isEmpty();
    }
    for (String code : List.of("71", "81", "82", "10", "440000", "Guangdong")) {
      assertThat(kinds("province", code)).as(code).containsExactly(ViolationKind.UNKNOWN_OPTION);
    }
  }

  @Test
  void aCodeMayArriveAsAJsonInteger() {
    assertThat(parse("province", 44).answers()).containsEntry("province", new Answer.Choice("44"));
    assertThat(kinds("province", 44.0)).containsExactly(ViolationKind.WRONG_TYPE);
  }

  @Test
  void aValueOfTheWrongShapeIsReported() {
    assertThat(kinds("role", List.of("radiologist"))).containsExactly(ViolationKind.WRONG_TYPE);
    assertThat(kinds("ai_tools", "triage")).containsExactly(ViolationKind.WRONG_TYPE);
    assertThat(kinds("ai_tools", Arrays.asList("triage", null)))
        .containsExactly(ViolationKind.WRONG_TYPE);
    assertThat(kinds("ai_years", "four")).containsExactly(ViolationKind.WRONG_TYPE);
    assertThat(kinds("ai_years", true)).containsExactly(ViolationKind.WRONG_TYPE);
    assertThat(kinds("detection_accuracy", "92,5")).containsExactly(ViolationKind.WRONG_TYPE);
    assertThat(kinds("comment", 12)).containsExactly(ViolationKind.WRONG_TYPE);
    assertThat(kinds("started", 20240301)).containsExactly(ViolationKind.WRONG_TYPE);
    assertThat(kinds("hospital", Map.of("id", "H1"))).containsExactly(ViolationKind.WRONG_TYPE);
  }

  @Test
  void numbersMayArriveAsAnyJsonNumberOrAsNumericText() {
    assertThat(parse("ai_years", "12").answers()).containsEntry("ai_years", new Answer.Number(12));
    assertThat(parse("ai_years", 12L).answers()).containsEntry("ai_years", new Answer.Number(12));
    assertThat(parse("ai_years", 3.0).answers()).containsEntry("ai_years", new Answer.Number(3));
    assertThat(parse("detection_accuracy", new BigDecimal("0.125")).answers())
        .containsEntry("detection_accuracy", new Answer.Number(0.125));
  }

  @Test
  void aFractionForAnIntegerItemIsNotAnInteger() {
    assertThat(kinds("ai_years", 2.5)).containsExactly(ViolationKind.NOT_INTEGER);
    assertThat(kinds("ai_years", "2.5")).containsExactly(ViolationKind.NOT_INTEGER);
  }

  @Test
  void numbersOutsideTheRangeAreReportedAndTheBoundsAreAllowed() {
    assertThat(kinds("ai_years", 0)).isEmpty();
    assertThat(kinds("ai_years", 30)).isEmpty();
    assertThat(kinds("ai_years", 31)).containsExactly(ViolationKind.OUT_OF_RANGE);
    assertThat(kinds("ai_years", -1)).containsExactly(ViolationKind.OUT_OF_RANGE);
    assertThat(kinds("detection_accuracy", "100.01")).containsExactly(ViolationKind.OUT_OF_RANGE);
    assertThat(kinds("detection_accuracy", "1e400")).containsExactly(ViolationKind.OUT_OF_RANGE);
  }

  @Test
  void theRangeMessageNamesTheBoundsInBothLanguages() {
    Violation v = parse("ai_years", 31).violations().get(0);

    assertThat(v.message("en")).isEqualTo("Please enter a number from 0 to 30.");
    assertThat(v.message("zh")).isEqualTo("请输入 0 到 30 之间的数字。");
  }

  @Test
  void anOptionChosenTwiceIsReported() {
    assertThat(kinds("ai_tools", List.of("triage", "triage")))
        .containsExactly(ViolationKind.DUPLICATE_OPTION);
  }

  @Test
  void anExclusiveOptionCannotBeCombinedWithOthers() {
    ParsedSubmission p = parse("ai_tools", List.of("triage", "none"));

    assertThat(p.violations())
        .extracting(Violation::kind)
        .containsExactly(ViolationKind.EXCLUSIVE_WITH_OTHERS);
    assertThat(p.violations().get(0).message("en"))
        .isEqualTo("'None of these' cannot be combined with other choices.");
    assertThat(p.violations().get(0).message("zh")).isEqualTo("“以上都没有”不能与其他选项同时选择。");
    assertThat(p.answers()).isEmpty();
    assertThat(kinds("ai_tools", List.of("none"))).isEmpty();
  }

  @Test
  void aDateMustBeARealCalendarDayWrittenYearMonthDay() {
    assertThat(kinds("started", "2024-02-29")).isEmpty();
    assertThat(kinds("started", "2023-02-29")).containsExactly(ViolationKind.BAD_DATE);
    assertThat(kinds("started", "2024-13-01")).containsExactly(ViolationKind.BAD_DATE);
    assertThat(kinds("started", "01/03/2024")).containsExactly(ViolationKind.BAD_DATE);
    assertThat(kinds("started", "2024-3-1")).containsExactly(ViolationKind.BAD_DATE);
  }

  @Test
  void textIsLimitedToTenThousandCharactersCountedAsCodePoints() {
    assertThat(kinds("comment", "a".repeat(10_000))).isEmpty();
    assertThat(kinds("comment", "a".repeat(10_001))).containsExactly(ViolationKind.TOO_LONG);
    String rareHan = new String(Character.toChars(0x20000));
    assertThat(kinds("comment", rareHan.repeat(10_000))).isEmpty();
    assertThat(parse("comment", "a".repeat(10_001)).violations().get(0).message("en"))
        .contains("10,000")
        .contains("10,001");
  }

  @Test
  void everyMessageIsGivenInEnglishAndChinese() {
    ParsedSubmission p =
        parse(
            "nope",
            "x",
            "role",
            "surgeon",
            "uses_ai",
            List.of("yes"),
            "ai_tools",
            List.of("triage", "triage", "none"),
            "ai_years",
            2.5,
            "detection_accuracy",
            101,
            "started",
            "yesterday",
            "comment",
            "a".repeat(10_001));

    assertThat(p.violations()).hasSize(9);
    for (Violation v : p.violations()) {
      assertThat(v.message().texts()).containsOnlyKeys("en", "zh");
      assertThat(v.message("en")).as(v.kind().name()).matches("[\\x20-\\x7E]+");
      assertThat(v.message("zh")).as(v.kind().name()).containsPattern("\\p{IsHan}");
    }
  }
}
