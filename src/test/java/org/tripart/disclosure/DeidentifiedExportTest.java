package org.tripart.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;

class DeidentifiedExportTest {
  private static final String YAML =
      """
      instrument: tiny
      group: test
      version: 1
      languages: [en]
      title: {en: "Tiny"}
      sections:
        - id: s
          title: {en: "S"}
          items:
            - id: hospital
              type: institution
              label: {en: "Hospital"}
            - id: role
              type: single
              label: {en: "Role"}
              options:
                - {code: doctor, label: {en: "Doctor"}}
                - {code: nurse, label: {en: "Nurse"}}
            - id: tools
              type: multiple
              label: {en: "Tools"}
              options:
                - {code: ct, label: {en: "CT"}}
                - {code: mri, label: {en: "MRI"}}
            - id: years
              type: decimal
              label: {en: "Years"}
            - id: name
              type: text
              label: {en: "Your name"}
            - id: done
              type: date
              label: {en: "Date"}
      """;

  private static Dataset data(String hospitalOfSecondRow) {
    Instrument inst = InstrumentReader.read(new StringReader(YAML), "tiny.yaml");
    DatasetBuilder b = new DatasetBuilder(inst, 2);
    int hospital = b.itemIndex("hospital");
    int role = b.itemIndex("role");
    int tools = b.itemIndex("tools");
    int years = b.itemIndex("years");
    int name = b.itemIndex("name");
    int done = b.itemIndex("done");
    int r = b.addRow("R1");
    b.setText(r, hospital, "H1");
    b.setChoice(r, role, 1);
    b.setSelected(r, tools, 1, true);
    b.setNumber(r, years, 2.5);
    b.setText(r, name, "Dr Wang, Beijing");
    b.setText(r, done, "2024-03-01");
    r = b.addRow("R2");
    b.setText(r, hospital, hospitalOfSecondRow);
    b.setChoice(r, role, 0);
    return b.build();
  }

  @Test
  void dropsTextPseudonymisesIdsAndCoarsensInstitutions() {
    Map<String, InstitutionArea> register =
        Map.of(
            "H1", new InstitutionArea("110000", "tertiary"),
            "H2", new InstitutionArea("440000", "secondary"));
    StringWriter out = new StringWriter();

    DeidentifiedExport.write(data("H2"), register, PseudonymsTest.SECRET, out);

    // pseudonyms from PseudonymsTest (computed with Python's hmac); H2 likewise:
    // base64.b32encode(hmac.new(b'0123456789abcdef', b'institution:H2', sha256).digest()[:10])
    assertThat(out.toString())
        .isEqualTo(
            "respondent,hospital,hospital_province,hospital_tier,role,tools___ct,tools___mri,"
                + "years,done_year\n"
                + "OGITYZXNGEOPLPDZ,PS4IHH2HRDJCZA4K,110000,tertiary,nurse,0,1,2.5,2024\n"
                + "4PYQDNASB3LM4EWQ,GNZ4IHRHMXDINXMW,440000,secondary,doctor,,,,\n");
    assertThat(out.toString()).doesNotContain("Wang").doesNotContain("R1").doesNotContain("H1,");
  }

  @Test
  void eachRowsInstrumentVersionFollowsItsPseudonymAndAnUnrecordedOneIsBlank() {
    Map<String, InstitutionArea> register =
        Map.of(
            "H1", new InstitutionArea("110000", "tertiary"),
            "H2", new InstitutionArea("440000", "secondary"));
    StringWriter out = new StringWriter();

    DeidentifiedExport.write(
        data("H2"), Arrays.asList(2, null), register, PseudonymsTest.SECRET, out);

    assertThat(out.toString().lines().toList())
        .containsExactly(
            "respondent,instrument_version,hospital,hospital_province,hospital_tier,role,"
                + "tools___ct,tools___mri,years,done_year",
            "OGITYZXNGEOPLPDZ,2,PS4IHH2HRDJCZA4K,110000,tertiary,nurse,0,1,2.5,2024",
            "4PYQDNASB3LM4EWQ,,GNZ4IHRHMXDINXMW,440000,secondary,doctor,,,,");
  }

  @Test
  void versionsThatDoNotMatchTheRowsFailBeforeAnythingIsWritten() {
    StringWriter out = new StringWriter();
    Map<String, InstitutionArea> register =
        Map.of(
            "H1", new InstitutionArea("110000", "tertiary"),
            "H2", new InstitutionArea("440000", "secondary"));

    assertThatThrownBy(
            () ->
                DeidentifiedExport.write(
                    data("H2"), List.of(1), register, PseudonymsTest.SECRET, out))
        .isInstanceOf(DisclosureInputException.class)
        .hasMessageContaining("1 versions given for 2 rows");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void institutionMissingFromTheRegisterFailsBeforeAnythingIsWritten() {
    StringWriter out = new StringWriter();
    Map<String, InstitutionArea> register = Map.of("H1", new InstitutionArea("110000", "tertiary"));

    assertThatThrownBy(
            () -> DeidentifiedExport.write(data("H9"), register, PseudonymsTest.SECRET, out))
        .isInstanceOf(DisclosureInputException.class)
        .hasMessageContaining("row 2 item hospital")
        .hasMessageContaining("'H9'");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void calculatedItemIsExportedAsANumberAndANoteNotAtAll() {
    Instrument inst =
        InstrumentReader.read(
            new StringReader(
                """
                instrument: tiny
                group: test
                version: 1
                languages: [en]
                title: {en: "Tiny"}
                sections:
                  - id: s
                    title: {en: "S"}
                    items:
                      - {id: intro, type: note, label: {en: "Hello"}}
                      - {id: years, type: decimal, label: {en: "Years"}}
                      - {id: months, type: calculated, label: {en: "Months"}, calculate: "years * 12"}
                """),
            "tiny.yaml");
    DatasetBuilder b = new DatasetBuilder(inst, 1);
    int r = b.addRow("R1");
    b.setNumber(r, b.itemIndex("years"), 2.5);
    b.setNumber(r, b.itemIndex("months"), 30);
    StringWriter out = new StringWriter();

    DeidentifiedExport.write(b.build(), Map.of(), PseudonymsTest.SECRET, out);

    // R1's pseudonym as in dropsTextPseudonymisesIdsAndCoarsensInstitutions.
    assertThat(out.toString()).isEqualTo("respondent,years,months\nOGITYZXNGEOPLPDZ,2.5,30\n");
  }
}
