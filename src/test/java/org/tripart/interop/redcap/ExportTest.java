package org.tripart.interop.redcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.interop.ConversionNote;

/** What REDCap itself sees of an exported instrument. */
class ExportTest {
  private static final String YAML =
      "instrument: visit\n"
          + "group: patients\n"
          + "version: 2\n"
          + "languages: [en]\n"
          + "title: {en: Visit}\n"
          + "sections:\n"
          + "  - id: body\n"
          + "    title: {en: Body}\n"
          + "    items:\n"
          + "      - id: smoker\n"
          + "        type: yesno\n"
          + "        label: {en: Do you smoke?}\n"
          + "        required: true\n"
          + "      - id: weight\n"
          + "        type: decimal\n"
          + "        label: {en: Weight (kg)}\n"
          + "        range: {min: 20, max: 300}\n"
          + "        when: \"not smoker = 'yes'\"\n"
          + "      - id: height\n"
          + "        type: integer\n"
          + "        label: {en: Height (cm)}\n"
          + "      - id: bmi\n"
          + "        type: calculated\n"
          + "        label: {en: BMI}\n"
          + "        calculate: \"round(weight * 10000 / height ^ 2, 1)\"\n"
          + "      - id: habits\n"
          + "        type: multiple\n"
          + "        label: {en: Habits}\n"
          + "        options:\n"
          + "          - {code: walk, label: {en: Walking}}\n"
          + "          - {code: none, label: {en: None}, exclusive: true}\n"
          + "        when: \"bmi > 25 or smoker = 'yes'\"\n";

  private final Instrument instrument = InstrumentReader.read(new StringReader(YAML), "visit.yaml");
  private final RedcapExport.Result exported = RedcapExport.dictionary(instrument);

  @Test
  void nativeConstructsAreWrittenAsRedcapWritesThem() {
    List<String> lines = exported.text().lines().toList();
    assertThat(lines.get(0))
        .startsWith("Variable / Field Name,Form Name,Section Header,Field Type");
    assertThat(lines.get(1))
        .startsWith("record_id,body,,text,Record ID,")
        .contains("@TRIPART-RECORDID=true");
    assertThat(lines.get(2)).isEqualTo("smoker,body,,yesno,Do you smoke?,,,,,,,,y,,,,,");
    assertThat(lines.get(3))
        .isEqualTo("weight,body,,text,Weight (kg),,,number,20,300,,[smoker] <> '1',,,,,,");
    assertThat(lines.get(4)).isEqualTo("height,body,,text,Height (cm),,,integer,,,,,,,,,,");
    assertThat(lines.get(5))
        .isEqualTo("bmi,body,,calc,BMI,\"round([weight] * 10000 / [height] ^ 2, 1)\",,,,,,,,,,,,");
    assertThat(lines.get(6))
        .startsWith(
            "habits,body,,checkbox,Habits,\"walk, Walking | none, None\",,,,,,[bmi] > 25 or [smoker] = '1',")
        .contains("@TRIPART-OPTIONS=");
  }

  @Test
  void notesSayWhatRedcapWillNotSee() {
    assertThat(exported.notes())
        .extracting(ConversionNote::line)
        .containsExactly(
            "visit.yaml:26 item habits: option none is exclusive; REDCap does not enforce it");
  }

  @Test
  void importingTheExportGivesTheInstrumentBack() {
    Instrument back =
        new RedcapDictionary()
            .read(exported.text().getBytes(java.nio.charset.StandardCharsets.UTF_8), "visit.csv")
            .instrument();
    assertThat(org.tripart.instrument.InstrumentWriter.write(back))
        .isEqualTo(org.tripart.instrument.InstrumentWriter.write(instrument));
  }
}
