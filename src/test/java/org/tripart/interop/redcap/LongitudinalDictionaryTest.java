package org.tripart.interop.redcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.InstrumentImport;

/**
 * REDCapR's longitudinal test project dictionary: 95 fields on 9 forms. Counted by hand in the
 * file: radio 20, dropdown 15, checkbox 5, yesno 1, slider 1, calc 2, notes 5, file 1; text 40 of
 * which 5 without validation, 8 date_ymd, 1 email, 9 integer, 19 number and 3 phone. Seven fields
 * carry a section header (date_enrolled, first_name, gym, specify_mood, comments, vob1, vob8).
 */
class LongitudinalDictionaryTest {
  private static final String FILE = "redcapr__longitudinal__dictionary.csv";
  private final InstrumentImport imported = Fixtures.shared(FILE);
  private final Instrument instrument = imported.instrument();

  @Test
  void itemCountsByTypeFollowTheFieldTypes() {
    // single = 20 radio + 15 dropdown; integer = 9 integer texts + the slider; decimal = 19
    // number texts; text = 5 plain + email + 3 phone + 5 notes; note = the 7 section headers;
    // the file field is not carried over: 94 fields + 7 notes = 101 items.
    assertThat(Fixtures.countsByType(instrument))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "single", 35,
                "multiple", 5,
                "yesno", 1,
                "integer", 10,
                "decimal", 19,
                "date", 8,
                "text", 14,
                "calculated", 2,
                "note", 7));
    assertThat(instrument.items()).hasSize(101);
    assertThat(instrument.hasItem("patient_document")).isFalse();
  }

  @Test
  void formsBecomeSectionsInOrder() {
    assertThat(instrument.sections())
        .extracting(s -> s.id())
        .containsExactly(
            "demographics",
            "contact_info",
            "baseline_data",
            "visit_lab_data",
            "patient_morale_questionnaire",
            "visit_blood_workup",
            "visit_observed_behavior",
            "completion_data",
            "completion_project_questionnaire");
    assertThat(instrument.sections().get(4).title().en()).isEqualTo("Patient morale questionnaire");
    // demographics: 24 fields, less the file field, plus 5 section-header notes
    assertThat(instrument.sections().get(0).items()).hasSize(28);
    assertThat(instrument.id()).isEqualTo("redcapr__longitudinal__dictionary");
    assertThat(instrument.group()).isEqualTo(instrument.id());
    assertThat(instrument.version()).isEqualTo(1);
    assertThat(instrument.languages()).containsExactly("en");
  }

  @Test
  void sectionHeaderBecomesANoteBeforeItsField() {
    Item header = instrument.item("gym_header");
    assertThat(header.type()).isEqualTo(ItemType.NOTE);
    assertThat(header.label().en())
        .isEqualTo("Please provide the patient's weekly schedule for the activities below.");
  }

  @Test
  void doubleQuotedCodesInBranchingLogicBecomeSkipLogic() {
    // [sex] = "0" ; [sex] = "0" and [given_birth] = "1" (given_birth is yes/no: 1 = yes)
    assertThat(Fixtures.when(instrument, "given_birth")).isEqualTo("sex = '0'");
    assertThat(Fixtures.when(instrument, "num_children"))
        .isEqualTo("sex = '0' and given_birth = 'yes'");
  }

  @Test
  void bmiCalculationIsTranslated() {
    // round(([weight]*10000)/(([height])^(2)),1)
    Item bmi = instrument.item("bmi");
    assertThat(bmi.type()).isEqualTo(ItemType.CALCULATED);
    assertThat(bmi.calculation().referencedItems()).containsExactlyInAnyOrder("weight", "height");
    assertThat(instrument.item("bmi2").calculation().referencedItems())
        .containsExactlyInAnyOrder("weight2", "height2");
  }

  @Test
  void checkboxBecomesMultipleChoiceWithItsCodes() {
    Item meds = instrument.item("meds");
    assertThat(meds.type()).isEqualTo(ItemType.MULTIPLE);
    assertThat(meds.options()).extracting(Option::code).containsExactly("1", "2", "3", "4", "5");
    assertThat(meds.options().get(4).label().en()).isEqualTo("Zoloft");
  }

  @Test
  void rangesComeFromValidationMinAndMax() {
    // height: number 130..215; weight: integer 35..200; num_children: integer, min 0
    assertThat(instrument.item("height").range().min()).isEqualTo(130);
    assertThat(instrument.item("height").range().max()).isEqualTo(215);
    assertThat(instrument.item("weight").type()).isEqualTo(ItemType.INTEGER);
    assertThat(instrument.item("weight").range().max()).isEqualTo(200);
    assertThat(instrument.item("num_children").range().min()).isEqualTo(0);
    assertThat(instrument.item("num_children").range().max()).isInfinite();
  }

  @Test
  void sliderIsAnIntegerFrom0To100WithItsLabelsInTheHelp() {
    Item mood = instrument.item("specify_mood");
    assertThat(mood.type()).isEqualTo(ItemType.INTEGER);
    assertThat(mood.range().min()).isEqualTo(0);
    assertThat(mood.range().max()).isEqualTo(100);
    assertThat(mood.help().en())
        .isEqualTo("Slider: 0 = Very sad; 50 = Indifferent; 100 = Very happy");
  }

  @Test
  void unknownNotReportedChoicesAreMissingDataCodes() {
    // ethnicity 2 and race 6 are "Unknown / Not Reported"; no other choice looks like one
    assertThat(instrument.item("ethnicity").option("2").missing()).isTrue();
    assertThat(instrument.item("race").option("6").missing()).isTrue();
    long flagged =
        instrument.items().stream()
            .flatMap(i -> i.options().stream())
            .filter(Option::missing)
            .count();
    assertThat(flagged).isEqualTo(2);
  }

  @Test
  void notesNameWhatWasNotCarriedOver() {
    assertThat(imported.notes())
        .extracting(ConversionNote::line)
        .contains(
            FILE
                + ":4 field patient_document: file field not carried over: Tripart stores no"
                + " uploaded files",
            FILE
                + ":7 field telephone_1: text validation 'phone' not carried over: Tripart keeps"
                + " the answer as text",
            FILE
                + ":16 field gym: matrix group weekly_schedule not carried over: its questions"
                + " are asked one by one",
            FILE
                + ":5 field first_name: marked as an identifier in REDCap; Tripart does not"
                + " carry the flag");
  }
}
