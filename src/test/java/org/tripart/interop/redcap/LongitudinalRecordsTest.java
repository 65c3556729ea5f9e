package org.tripart.interop.redcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.RecordsImport;

/**
 * REDCapR's longitudinal raw export: 18 rows for records 100 and 220 (arm 1, six events each) and
 * 304 (arm 2, six events, one row each), read by hand from the file.
 */
class LongitudinalRecordsTest {
  private static final String DATA = "redcapr__longitudinal__data.csv";
  private final Instrument instrument =
      Fixtures.shared("redcapr__longitudinal__dictionary.csv").instrument();
  private final RecordsImport records =
      new RedcapRecords().read(instrument, InteropFiles.bytes(DATA), DATA);

  @Test
  void oneDataSetPerEventWithItsRows() {
    Map<String, Integer> rows = new TreeMap<>();
    records.datasets().forEach((event, d) -> rows.put(event, d.size()));
    assertThat(records.datasets().keySet())
        .containsExactly(
            "enrollment_arm_1",
            "dose_1_arm_1",
            "visit_1_arm_1",
            "dose_2_arm_1",
            "visit_2_arm_1",
            "final_visit_arm_1",
            "enrollment_arm_2",
            "deadline_to_opt_ou_arm_2",
            "first_dose_arm_2",
            "first_visit_arm_2",
            "final_visit_arm_2",
            "deadline_to_return_arm_2");
    assertThat(rows.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(18);
    assertThat(rows).containsEntry("visit_1_arm_1", 2).containsEntry("first_visit_arm_2", 1);
    assertThat(records.datasets().get("enrollment_arm_1").respondentIds())
        .containsExactly("100", "220");
  }

  @Test
  void checkboxColumnsBecomeTickedOptions() {
    Dataset enrollment = records.datasets().get("enrollment_arm_1");
    // record 100: gym 1,0,0,0,0; aerobics 0,1,1,0,0; drink 0,0,0,0,1; meds 0,1,0,0,0
    assertThat(enrollment.column("gym").answer(0)).isEqualTo(new Answer.Choices(Set.of("0")));
    assertThat(enrollment.column("aerobics").answer(0))
        .isEqualTo(new Answer.Choices(Set.of("1", "2")));
    assertThat(enrollment.column("drink").answer(0)).isEqualTo(new Answer.Choices(Set.of("4")));
    assertThat(enrollment.column("meds").answer(0)).isEqualTo(new Answer.Choices(Set.of("2")));
    // record 220: drink 0,0,0,1,1; meds 1,1,0,0,0
    assertThat(enrollment.column("drink").answer(1))
        .isEqualTo(new Answer.Choices(Set.of("3", "4")));
    assertThat(enrollment.column("meds").answer(1)).isEqualTo(new Answer.Choices(Set.of("1", "2")));
    // the dose events do not hold the demographics form: its checkbox columns are blank
    assertThat(records.datasets().get("dose_1_arm_1").column("gym").answer(0)).isNull();
  }

  @Test
  void otherAnswersKeepTheirTypes() {
    Dataset enrollment = records.datasets().get("enrollment_arm_1");
    // record 220: sex 0 (Female), given_birth 0 (no), specify_mood 29, height 156
    assertThat(enrollment.column("sex").answer(1)).isEqualTo(new Answer.Choice("0"));
    assertThat(enrollment.column("given_birth").answer(1)).isEqualTo(new Answer.Choice("no"));
    assertThat(enrollment.column("specify_mood").answer(1)).isEqualTo(new Answer.Number(29));
    assertThat(enrollment.column("height").answer(1)).isEqualTo(new Answer.Number(156));
    assertThat(enrollment.column("dob").answer(1)).isEqualTo(new Answer.Text("2011-02-12"));
    assertThat(enrollment.column("study_id").answer(1)).isEqualTo(new Answer.Text("220"));
  }

  @Test
  void bmiIsRecomputedAndRoundsHalfUpAsRedcapDoes() {
    // 80 kg, 160 cm: 800000 / 25600 = 31.25, which REDCap stores as 31.3; 66 kg, 156 cm: 27.12
    Dataset enrollment = records.datasets().get("enrollment_arm_1");
    assertThat(enrollment.column("bmi").answer(0)).isEqualTo(new Answer.Number(31.3));
    assertThat(enrollment.column("bmi").answer(1)).isEqualTo(new Answer.Number(27.1));
    // bmi2 for record 100: 234 kg at 200 cm = 58.5
    assertThat(enrollment.column("bmi2").answer(0)).isEqualTo(new Answer.Number(58.5));
    assertThat(records.notes()).noneMatch(n -> n.message().contains("disagrees"));
  }

  @Test
  void storedValueThatDisagreesIsNoted() {
    String changed =
        new String(InteropFiles.bytes(DATA), StandardCharsets.UTF_8)
            .replace("160,80,31.3", "160,80,31.2");
    RecordsImport r =
        new RedcapRecords().read(instrument, changed.getBytes(StandardCharsets.UTF_8), DATA);
    assertThat(r.notes())
        .extracting(ConversionNote::line)
        .contains(
            DATA
                + ":2 record 100 field bmi: stored value 31.2 disagrees with the recomputed 31.3;"
                + " the recomputed value is imported");
  }

  @Test
  void formStatusAndFileValuesAreNoted() {
    assertThat(records.notes())
        .extracting(ConversionNote::line)
        .filteredOn(l -> l.contains("form status column"))
        .hasSize(9);
    assertThat(records.notes())
        .extracting(ConversionNote::line)
        .contains(
            DATA
                + ":14 record 304 field patient_document: value 'levon_and_barry.jpg' left out:"
                + " not a field of the instrument");
    assertThat(records.notes()).hasSize(10);
  }
}
