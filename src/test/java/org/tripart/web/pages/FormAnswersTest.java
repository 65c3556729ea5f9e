package org.tripart.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.capture.Mode;
import org.tripart.capture.ValidationResult;
import org.tripart.capture.Validator;
import org.tripart.capture.ViolationKind;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;

class FormAnswersTest {
  private final Instrument allTypes = Pages.allTypes();

  private static Map<String, List<String>> form(Object... keysAndValues) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> values = (List<String>) keysAndValues[i + 1];
      m.put((String) keysAndValues[i], values);
    }
    return m;
  }

  @Test
  void fieldsBecomeTheRawMapInInstrumentOrder() {
    Map<String, Object> raw =
        FormAnswers.parse(
            allTypes,
            form(
                "years", List.of("07"),
                "_csrf", List.of("secret"),
                "tools", List.of("triage", "detection"),
                "_action", List.of("submit"),
                "role", List.of("attending"),
                "comment", List.of("  kept as typed  "),
                "share", List.of("2.50")));

    assertThat(raw)
        .containsExactly(
            Map.entry("role", "attending"),
            Map.entry("tools", List.of("triage", "detection")),
            Map.entry("years", "07"),
            Map.entry("share", "2.50"),
            Map.entry("comment", "  kept as typed  "));
  }

  @Test
  void blanksAreDroppedSoTheItemIsUnanswered() {
    Map<String, Object> raw =
        FormAnswers.parse(
            allTypes,
            form(
                "years", List.of(""),
                "comment", List.of("   "),
                "hospital", List.of("", "h1"),
                "province", List.of()));

    assertThat(raw).containsExactly(Map.entry("hospital", "h1"));
  }

  @Test
  void aSingleTickedCheckboxIsStillAList() {
    assertThat(FormAnswers.parse(allTypes, form("tools", List.of("none"))))
        .containsExactly(Map.entry("tools", List.of("none")));
  }

  @Test
  void twoValuesForASingleChoiceAreKeptSoTheValidatorRefusesThem() {
    Map<String, Object> raw =
        FormAnswers.parse(allTypes, form("role", List.of("resident", "attending")));

    assertThat(raw).containsExactly(Map.entry("role", List.of("resident", "attending")));
    assertThat(Validator.validate(allTypes, raw, Mode.DRAFT).violations())
        .extracting(v -> v.kind())
        .containsExactly(ViolationKind.WRONG_TYPE);
  }

  @Test
  void fieldsThatAreNoItemReachTheValidatorAsUnknownItems() {
    Map<String, Object> raw = FormAnswers.parse(allTypes, form("zeta", List.of("1")));

    assertThat(raw).containsExactly(Map.entry("zeta", "1"));
    assertThat(Validator.validate(allTypes, raw, Mode.DRAFT).violations())
        .extracting(v -> v.kind())
        .containsExactly(ViolationKind.UNKNOWN_ITEM);
  }

  @Test
  void aParsedFormValidatesIntoTypedAnswers() {
    ValidationResult r =
        Validator.validate(
            allTypes,
            FormAnswers.parse(
                allTypes,
                form(
                    "hospital", List.of("h1"),
                    "role", List.of("resident"),
                    "uses_ai", List.of("yes"),
                    "tools", List.of("detection"),
                    "years", List.of("12"),
                    "started_on", List.of("2024-03-01"))),
            Mode.FINAL);

    assertThat(r.violations()).isEmpty();
    assertThat(r.answers())
        .containsEntry("years", new Answer.Number(12))
        .containsEntry("tools", new Answer.Choices(java.util.Set.of("detection")))
        .containsEntry("started_on", new Answer.Text("2024-03-01"));
  }
}
