package org.tripart.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Section;

class ValidatorTest {
  private final Instrument clinician = Fixtures.clinician();

  private static Map<String, Object> raw(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  @Test
  void aCompleteSubmissionIsAcceptedWithAnswersInInstrumentOrder() {
    ValidationResult r =
        Validator.validate(
            clinician,
            raw(
                "province",
                "11",
                "ai_years",
                2,
                "ai_tools",
                List.of("detection"),
                "detection_accuracy",
                90,
                "uses_ai",
                "yes",
                "role",
                "technician"),
            Mode.FINAL);

    assertThat(r.isValid()).isTrue();
    assertThat(r.dropped()).isEmpty();
    assertThat(r.answers().keySet())
        .containsExactly(
            "role", "uses_ai", "ai_tools", "ai_years", "detection_accuracy", "province");
  }

  @Test
  void finalRequiresEveryRequiredItemThatApplies() {
    ValidationResult r =
        Validator.validate(clinician, raw("uses_ai", "yes", "province", "44"), Mode.FINAL);

    assertThat(r.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(
            tuple("role", ViolationKind.REQUIRED),
            tuple("ai_tools", ViolationKind.REQUIRED),
            tuple("ai_years", ViolationKind.REQUIRED));
    assertThat(r.violations().get(0).message("zh")).isEqualTo("此题为必答题，请作答。");
  }

  @Test
  void aRequiredItemThatDoesNotApplyNeedNotBeAnswered() {
    ValidationResult r =
        Validator.validate(
            clinician, raw("role", "radiologist", "uses_ai", "no", "province", "44"), Mode.FINAL);

    assertThat(r.violations()).isEmpty();
    assertThat(r.answers()).containsOnlyKeys("role", "uses_ai", "province");
  }

  @Test
  void anEmptySelectionDoesNotAnswerARequiredMultipleChoice() {
    ValidationResult r =
        Validator.validate(
            clinician,
            raw(
                "role", "radiologist",
                "uses_ai", "yes",
                "ai_tools", List.of(),
                "ai_years", 1,
                "province", "44"),
            Mode.FINAL);

    assertThat(r.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(tuple("ai_tools", ViolationKind.REQUIRED));
  }

  @Test
  void draftAllowsUnansweredRequiredItems() {
    ValidationResult r = Validator.validate(clinician, raw("uses_ai", "yes"), Mode.DRAFT);

    assertThat(r.isValid()).isTrue();
    assertThat(r.answers()).containsExactly(Map.entry("uses_ai", new Answer.Choice("yes")));
  }

  @Test
  void draftStillChecksValues() {
    ValidationResult r =
        Validator.validate(
            clinician, raw("uses_ai", "yes", "ai_years", 99, "ai_tools", List.of("x")), Mode.DRAFT);

    assertThat(r.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(
            tuple("ai_tools", ViolationKind.UNKNOWN_OPTION),
            tuple("ai_years", ViolationKind.OUT_OF_RANGE));
  }

  @Test
  void finalRefusesAnAnswerToAnItemThatDoesNotApply() {
    ValidationResult r =
        Validator.validate(
            clinician,
            raw("role", "radiologist", "uses_ai", "no", "ai_years", 5, "province", "44"),
            Mode.FINAL);

    assertThat(r.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(tuple("ai_years", ViolationKind.ANSWERED_WHEN_SKIPPED));
    assertThat(r.answers()).doesNotContainKey("ai_years");
    assertThat(r.dropped()).isEmpty();
  }

  @Test
  void draftDropsStaleAnswersToItemsThatNoLongerApply() {
    ValidationResult r =
        Validator.validate(
            clinician,
            raw(
                "uses_ai",
                "no",
                "ai_tools",
                List.of("detection"),
                "ai_years",
                5,
                "detection_accuracy",
                80),
            Mode.DRAFT);

    assertThat(r.isValid()).isTrue();
    assertThat(r.dropped()).containsExactly("ai_tools", "ai_years", "detection_accuracy");
    assertThat(r.answers()).containsOnlyKeys("uses_ai");
  }

  @Test
  void skipLogicSeesOnlyAnswersThatApplySoSkipsCascade() {
    ValidationResult r =
        Validator.validate(
            clinician,
            raw(
                "role", "radiologist",
                "uses_ai", "no",
                "ai_tools", List.of("detection"),
                "detection_accuracy", 80,
                "province", "44"),
            Mode.FINAL);

    assertThat(r.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(
            tuple("ai_tools", ViolationKind.ANSWERED_WHEN_SKIPPED),
            tuple("detection_accuracy", ViolationKind.ANSWERED_WHEN_SKIPPED));
  }

  @Test
  void itemsHangingOnARejectedAnswerAreNeitherRequiredNorRefused() {
    ValidationResult r =
        Validator.validate(
            clinician,
            raw("role", "radiologist", "uses_ai", "maybe", "ai_years", 3, "province", "44"),
            Mode.FINAL);

    assertThat(r.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(tuple("uses_ai", ViolationKind.UNKNOWN_OPTION));
  }

  @Test
  void exclusiveOptionAloneSatisfiesTheRequiredItemButNotWithOthers() {
    Map<String, Object> base =
        raw("role", "radiologist", "uses_ai", "yes", "ai_years", 0, "province", "44");
    base.put("ai_tools", List.of("none"));
    assertThat(Validator.validate(clinician, base, Mode.FINAL).violations()).isEmpty();

    base.put("ai_tools", List.of("none", "reporting"));
    assertThat(Validator.validate(clinician, base, Mode.FINAL).violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(tuple("ai_tools", ViolationKind.EXCLUSIVE_WITH_OTHERS));
  }

  @Test
  void violationsFollowInstrumentOrderWithUnknownItemsLast() {
    ValidationResult r =
        Validator.validate(
            clinician,
            raw("zzz", 1, "province", "99", "aaa", 2, "comment", 5, "role", "chief"),
            Mode.DRAFT);

    assertThat(r.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(
            tuple("role", ViolationKind.UNKNOWN_OPTION),
            tuple("province", ViolationKind.UNKNOWN_OPTION),
            tuple("comment", ViolationKind.WRONG_TYPE),
            tuple("aaa", ViolationKind.UNKNOWN_ITEM),
            tuple("zzz", ViolationKind.UNKNOWN_ITEM));
  }

  private static Instrument oneChoice(String... codes) {
    List<org.tripart.instrument.Option> options = new java.util.ArrayList<>();
    for (String c : codes) {
      options.add(Fixtures.option(c));
    }
    return new Instrument(
        "x",
        "x",
        1,
        LocalizedText.of("x", "x"),
        List.of("en", "zh"),
        List.of(
            new Section(
                "s",
                LocalizedText.EMPTY,
                List.of(
                    Fixtures.item(
                        "pick",
                        ItemType.SINGLE,
                        true,
                        null,
                        options.toArray(org.tripart.instrument.Option[]::new))))),
        "<built-in>");
  }

  @Test
  void eachInstrumentIsCheckedAgainstItsOwnOptionsEvenWithTheSameIdAndVersion() {
    Instrument first = oneChoice("a", "b");
    Instrument second = oneChoice("c");

    ValidationResult a1 = Validator.validate(first, raw("pick", "a"), Mode.FINAL);
    ValidationResult a2 = Validator.validate(second, raw("pick", "a"), Mode.FINAL);
    ValidationResult c2 = Validator.validate(second, raw("pick", "c"), Mode.FINAL);

    assertThat(a1.isValid()).isTrue();
    assertThat(a2.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(tuple("pick", ViolationKind.UNKNOWN_OPTION));
    assertThat(c2.answers()).containsEntry("pick", new Answer.Choice("c"));
  }

  @Test
  void anItemWithoutConditionAndNotRequiredMayStayBlankInFinal() {
    Instrument one =
        new Instrument(
            "x",
            "x",
            1,
            LocalizedText.of("x", "x"),
            List.of("en", "zh"),
            List.of(
                new Section(
                    "s",
                    LocalizedText.EMPTY,
                    List.of(Fixtures.item("note", ItemType.TEXT, false, null)))),
            "<built-in>");

    assertThat(Validator.validate(one, Map.of(), Mode.FINAL).isValid()).isTrue();
  }
}
