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
        .isEqualTo(InstrumentWriter.write(original));
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
