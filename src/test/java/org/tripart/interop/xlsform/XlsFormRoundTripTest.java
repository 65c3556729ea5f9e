package org.tripart.interop.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.InstrumentWriter;
import org.tripart.interop.InstrumentImport;

class XlsFormRoundTripTest {
  /**
   * Tripart -> XLSForm -> Tripart gives the same instrument: compared as {@link InstrumentWriter}
   * text, which holds every field but source locations (items, types, options, scores, labels in en
   * and zh, ranges, skip logic, fills, exclusive options).
   */
  @ParameterizedTest
  @ValueSource(strings = {"clinician", "research", "industry"})
  void bundledQuestionnaireSurvivesExportAndImport(String name) {
    Instrument original =
        InstrumentReader.readResource("org/tripart/study/national-ai/" + name + ".yaml");
    XlsFormExport.Result exported = XlsFormExport.write(original);
    InstrumentImport back = new XlsForm().read(exported.xlsx(), name + ".xlsx");
    assertThat(InstrumentWriter.write(back.instrument()))
        .isEqualTo(
            InstrumentWriter.write(
                org.tripart.interop.CarriedInstruments.asCarried(original, false)));
  }

  /**
   * The model's test instrument with every feature (notes, calculations with ^ and sum, likert
   * scores, missing codes, an option condition, exclusive options, yes/no, province, institution)
   * survives too; the calculations XPath cannot say are noted.
   */
  @org.junit.jupiter.api.Test
  void everyFeatureSurvivesExportAndImport() {
    Instrument original =
        InstrumentReader.readResource("org/tripart/instrument/every-feature.yaml");
    XlsFormExport.Result exported = XlsFormExport.write(original);
    InstrumentImport back = new XlsForm().read(exported.xlsx(), "every-feature.xlsx");
    assertThat(InstrumentWriter.write(back.instrument()))
        .isEqualTo(InstrumentWriter.write(original));
    assertThat(exported.notes())
        .anySatisfy(n -> assertThat(n.line()).contains("item bmi").contains("no XPath equivalent"))
        .anySatisfy(n -> assertThat(n.line()).contains("item tier").contains("every option"));
  }

  /** Every real XLSForm, once imported, survives export and import unchanged. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "pyodk__gis_centre_demo.xlsx",
        "pyodk__simple_repeat.xlsx",
        "pyxform__case_insensitivity.xlsx",
        "pyxform__choice_filter_test.xlsx",
        "pyxform__group.md",
        "pyxform__loop.md",
        "pyxform__tutorial.xls",
        "pyxform__widgets.csv",
        "pyxform__xlsform_spec_test.xlsx"
      })
  void importedRealFormSurvivesExportAndImport(String file) {
    Instrument imported = Imports.of(file).instrument();
    XlsFormExport.Result exported = XlsFormExport.write(imported);
    InstrumentImport back = new XlsForm().read(exported.xlsx(), "again.xlsx");
    assertThat(InstrumentWriter.write(back.instrument()))
        .isEqualTo(InstrumentWriter.write(imported));
  }

  /** What ODK and Kobo read: language columns, XPath relevance, a range as a constraint. */
  @org.junit.jupiter.api.Test
  void exportIsAnOrdinaryXlsFormForOtherTools() throws java.io.IOException {
    Instrument original =
        InstrumentReader.readResource("org/tripart/study/national-ai/clinician.yaml");
    byte[] xlsx = XlsFormExport.write(original).xlsx();
    try (org.apache.poi.ss.usermodel.Workbook wb =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            new java.io.ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheet("choices")).isNotNull();
      assertThat(wb.getSheet("settings").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("clinician");
      org.apache.poi.ss.usermodel.Sheet survey = wb.getSheet("survey");
      java.util.List<String> header = new java.util.ArrayList<>();
      survey.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).contains("label::English (en)", "label::Chinese (zh)", "relevant");
      int name = header.indexOf("name");
      int relevant = header.indexOf("relevant");
      int type = header.indexOf("type");
      String found = null;
      String foundType = null;
      for (org.apache.poi.ss.usermodel.Row row : survey) {
        if (row.getCell(name) != null
            && row.getCell(name).getStringCellValue().equals("structured_report_departments")) {
          found = row.getCell(relevant).getStringCellValue();
          foundType = row.getCell(type).getStringCellValue();
        }
      }
      assertThat(found)
          .isEqualTo("${structured_report_system} = 'already_established_and_operational'");
      assertThat(foundType).isEqualTo("select_multiple structured_report_departments");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"clinician"})
  void exportNotesWhatOtherToolsWillNotSee(String name) {
    Instrument original =
        InstrumentReader.readResource("org/tripart/study/national-ai/" + name + ".yaml");
    XlsFormExport.Result exported = XlsFormExport.write(original);
    assertThat(exported.notes())
        .anySatisfy(n -> assertThat(n.line()).contains("item hospital").contains("institution"))
        .anySatisfy(n -> assertThat(n.line()).contains("item province").contains("31 regions"));
  }
}
