package org.tripart.interop.redcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.InstrumentWriter;
import org.tripart.interop.InstrumentImport;

class RoundTripTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "org/tripart/study/national-ai/clinician.yaml",
        "org/tripart/study/national-ai/research.yaml",
        "org/tripart/study/national-ai/industry.yaml",
        "org/tripart/instrument/every-feature.yaml"
      })
  void questionnaireSurvivesRedcapDictionary(String resource) {
    Instrument original = InstrumentReader.readResource(resource);
    String name = original.id();
    RedcapExport.Result exported = RedcapExport.dictionary(original);
    InstrumentImport back =
        new RedcapDictionary()
            .read(exported.text().getBytes(StandardCharsets.UTF_8), name + "_redcap.csv");
    assertThat(InstrumentWriter.write(back.instrument()))
        .isEqualTo(
            InstrumentWriter.write(
                org.tripart.interop.CarriedInstruments.asCarried(original, true)));
  }
}
