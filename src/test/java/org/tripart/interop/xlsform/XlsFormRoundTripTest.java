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
