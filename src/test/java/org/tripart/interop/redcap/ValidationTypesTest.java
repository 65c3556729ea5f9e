package org.tripart.interop.redcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.ItemType;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.InstrumentImport;
import org.tripart.interop.RecordsImport;

/**
 * REDCapR's validation-types project: 50 fields on form_1, one of every field type (record_id and
 * f_text are plain text; calc, checkbox, descriptive, dropdown, file, notes, radio, signature,
 * slider, sql, truefalse, yesno) and 36 text validations: integer; number, number_1dp..4dp,
 * number_comma_decimal and number_1dp..4dp_comma_decimal (10); date_dmy, date_mdy, date_ymd (3);
 * and 22 others (alpha_only, 6 datetime, email, 2 mrn, 2 phone, 4 postal codes, ssn, 3 time, vmrn,
 * zipcode). Two fields carry section headers (f_calculated, v_alpha_only).
 */
class ValidationTypesTest {
  private static final String FILE = "redcapr__validation-types-1__dictionary.csv";
  private final InstrumentImport imported = Fixtures.shared(FILE);
  private final Instrument instrument = imported.instrument();

  @Test
  void everyFieldTypeMapsToItsTripartType() {
    // text = record_id, f_notes, f_text + 22 other validations; single = dropdown, radio,
    // truefalse; integer = slider + integer; note = descriptive + 2 headers; file, signature
    // and sql are not carried over: 47 fields + 2 notes = 49 items
    assertThat(Fixtures.countsByType(instrument))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "text", 25,
                "single", 3,
                "multiple", 1,
                "yesno", 1,
                "integer", 2,
                "decimal", 10,
                "date", 3,
                "calculated", 1,
                "note", 3));
    assertThat(instrument.hasItem("f_file_upload")).isFalse();
    assertThat(instrument.hasItem("f_signature")).isFalse();
    assertThat(instrument.hasItem("f_sql")).isFalse();
  }

  @Test
  void otherValidationsAreTextWithANote() {
    long noted =
        imported.notes().stream().filter(n -> n.message().startsWith("text validation '")).count();
    assertThat(noted).isEqualTo(22);
    assertThat(instrument.item("v_time_mm_ss").type()).isEqualTo(ItemType.TEXT);
    assertThat(instrument.item("v_number_2dp_comma_decimal").type()).isEqualTo(ItemType.DECIMAL);
    assertThat(instrument.item("v_date_dmy").type()).isEqualTo(ItemType.DATE);
  }

  @Test
  void sliderTakesItsMinAndMaxAndLabels() {
    // f_slider: labels "-1 | 50 | 101", min -1, max 101; the middle label sits at 50
    assertThat(instrument.item("f_slider").range().min()).isEqualTo(-1);
    assertThat(instrument.item("f_slider").range().max()).isEqualTo(101);
    assertThat(instrument.item("f_slider").help().en())
        .isEqualTo("Slider: -1 = -1; 50 = 50; 101 = 101");
  }

  @Test
  void trueFalseIsSingleChoiceOneAndZero() {
    assertThat(instrument.item("f_true_false").options())
        .extracting(o -> o.code() + "=" + o.label().en())
        .containsExactly("1=True", "0=False");
  }

  @Test
  void constantCalculationAndSqlAreHandled() {
    assertThat(instrument.item("f_calculated").calculation().source()).isEqualTo("3 + 4");
    assertThat(imported.notes())
        .extracting(ConversionNote::line)
        .contains(
            FILE
                + ":12 field f_sql: sql field not carried over: Tripart cannot run REDCap's"
                + " database query",
            FILE
                + ":10 field f_signature: signature field not carried over: Tripart stores no"
                + " uploaded files");
  }

  @Test
  void oneRecordWithNoDescriptiveColumnIsImported() {
    // data.csv: record 1, f_checkbox___0..2 all 0 (answered, nothing ticked), the calc column
    // blank although 3+4 = 7, form_1_complete 0; f_descriptive has no column.
    String data = "redcapr__validation-types-1__data.csv";
    RecordsImport records = new RedcapRecords().read(instrument, InteropFiles.bytes(data), data);
    Dataset d = records.datasets().get("responses");
    assertThat(records.datasets()).containsOnlyKeys("responses");
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.respondentIds()).containsExactly("1");
    assertThat(d.column("f_checkbox").answer(0)).isEqualTo(new Answer.Choices(java.util.Set.of()));
    assertThat(d.column("f_calculated").answer(0)).isEqualTo(new Answer.Number(7));
    assertThat(d.column("f_radio").answer(0)).isNull();
    assertThat(records.notes())
        .extracting(ConversionNote::line)
        .containsExactly(
            data + ":1 column form_1_complete: form status column, not imported",
            data + ":2 record 1 field f_calculated: no stored value; computed 7");
  }
}
