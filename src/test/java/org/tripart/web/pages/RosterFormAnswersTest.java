package org.tripart.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.capture.Mode;
import org.tripart.capture.ValidationResult;
import org.tripart.capture.Validator;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Partner;

/** The fields of a posted partner roster: the raw list the validator reads, and the slots shown. */
class RosterFormAnswersTest {
  private final Instrument partners = RosterPages.partners();

  private static Map<String, List<String>> form(String... namesAndValues) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.computeIfAbsent(namesAndValues[i], k -> new java.util.ArrayList<>())
          .add(namesAndValues[i + 1]);
    }
    return m;
  }

  @Test
  void slotFieldsBecomeOneEntryPerSlotAtTheSlotsPosition() {
    Map<String, Object> raw =
        FormAnswers.parse(
            partners,
            form(
                "partners.3.other", " Acme AI Ltd ",
                "partners.1.kind", "data_sharing",
                "partners.1.id", "H1",
                "partners.1.province", "44",
                "partners.1.kind", "deployment",
                "partners.1.since", "2019",
                "partners.2.province", "11",
                "partners.2.note", "   ",
                "collaborates", "yes"));

    Map<String, Object> first = new LinkedHashMap<>();
    first.put("kind", List.of("data_sharing", "deployment"));
    first.put("id", "H1");
    first.put("since", "2019");
    assertThat(raw)
        .containsExactly(
            Map.entry("collaborates", "yes"),
            Map.entry("partners", Arrays.asList(first, null, Map.of("other", " Acme AI Ltd "))));
  }

  @Test
  void aMultipleChoiceTieIsAListEvenWithOneCode() {
    Map<String, Object> raw =
        FormAnswers.parse(partners, form("partners.1.id", "H1", "partners.1.kind", "deployment"));

    assertThat(raw.get("partners"))
        .isEqualTo(List.of(Map.of("id", "H1", "kind", List.of("deployment"))));
  }

  @Test
  void aRosterWithOnlyAProvinceChosenIsUnanswered() {
    Map<String, Object> raw =
        FormAnswers.parse(partners, form("partners.1.province", "44", "partners.1.id", ""));

    assertThat(raw).isEmpty();
  }

  @Test
  void slotNumbersOutsideOneToNinetyNineAndOtherRostersFieldsAreLeftForTheValidator() {
    Map<String, Object> raw =
        FormAnswers.parse(
            partners, form("partners.0.id", "H1", "partners.100.id", "H2", "nope.1.id", "H3"));

    assertThat(raw.keySet()).containsExactly("nope.1.id", "partners.0.id", "partners.100.id");
  }

  @Test
  void theValidatorsPositionsAreTheSlotNumbersAndTheAnswerHasThePartnersInSlotOrder() {
    Map<String, List<String>> posted =
        form(
            "collaborates", "yes",
            "company", "C1",
            "partners.2.id", "H2",
            "partners.2.kind", "joint_project",
            "partners.4.other", "Acme AI Ltd (SYNTHETIC)",
            "partners.5.since", "2020");

    ValidationResult draft =
        Validator.validate(
            partners, FormAnswers.parse(partners, posted), Mode.DRAFT, RosterPages.DIRECTORY);
    ValidationResult last =
        Validator.validate(
            partners, FormAnswers.parse(partners, posted), Mode.FINAL, RosterPages.DIRECTORY);

    assertThat(draft.violations()).isEmpty();
    assertThat(draft.answers().get("partners"))
        .isEqualTo(
            new Answer.Partners(
                List.of(
                    new Partner(
                        "H2", null, Map.of("kind", new Answer.Choices(Set.of("joint_project")))),
                    new Partner(null, "Acme AI Ltd (SYNTHETIC)", Map.of()))));
    assertThat(last.violations())
        .extracting(v -> v.kind().name() + " " + v.message("en").substring(0, 12))
        .containsExactly("TIE_WITHOUT_PARTNER partners[5]:");
  }

  @Test
  void postedSlotsKeepWhatWasSentIncludingWhatTheValidatorRefuses() {
    Map<String, List<RosterSlot>> slots =
        RosterSlots.fromForm(
            partners,
            form(
                "partners.1.id", "H1",
                "partners.1.other", "Also typed",
                "partners.1.since", "19x0",
                "partners.1.satisfied", "2",
                "partners.1.started", "2020-02-30",
                "partners.3.province", "21",
                "partners.3.kind", "deployment",
                "partners.3.kind", "joint_project"));

    assertThat(slots)
        .containsExactly(
            Map.entry(
                "partners",
                List.of(
                    new RosterSlot(
                        1,
                        "H1",
                        "Also typed",
                        null,
                        Map.of(
                            "satisfied",
                            new Answer.Choice("2"),
                            "started",
                            new Answer.Text("2020-02-30"))),
                    new RosterSlot(
                        3,
                        null,
                        null,
                        "21",
                        Map.of(
                            "kind", new Answer.Choices(Set.of("deployment", "joint_project")))))));
  }
}
