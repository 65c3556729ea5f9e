package org.tripart.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.InstrumentWriter;
import org.tripart.interop.RecordsImport;
import org.tripart.study.Study;
import org.tripart.study.StudyGroup;
import org.tripart.synth.SynthesisSpec;
import org.tripart.synth.Synthesizer;

/** Tripart -> FHIR -> Tripart is exact for the bundled questionnaires and their answers. */
class FhirRoundTripTest {
  static Instrument bundled(String group) {
    return InstrumentReader.readResource("org/tripart/study/national-ai/" + group + ".yaml");
  }

  static Instrument roundTrip(Instrument in) {
    String json = FhirExport.questionnaire(in).json();
    return FhirQuestionnaire.convert(json.getBytes(StandardCharsets.UTF_8), "q.json")
        .imported()
        .instrument();
  }

  @ParameterizedTest
  @ValueSource(strings = {"clinician", "research", "industry"})
  void aBundledQuestionnaireComesBackTheSame(String group) {
    Instrument in = bundled(group);
    Instrument back = roundTrip(in);

    assertThat(InstrumentWriter.write(back))
        .isEqualTo(
            InstrumentWriter.write(org.tripart.interop.CarriedInstruments.asCarried(in, false)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"clinician", "research", "industry"})
  void answersComeBackTheSameThroughABundleAndNdjson(String group) {
    Study study = Study.nationalAi();
    StudyGroup g = study.group(group);
    Dataset data =
        Synthesizer.generate(
                new SynthesisSpec(
                    g.instrument(),
                    g.targets(),
                    40,
                    study.seed(),
                    Math.min(g.institutions(), 20),
                    g.distinct(),
                    g.invited(),
                    "SYNTHETIC-" + group + "-"))
            .dataset();

    for (String text : new String[] {FhirExport.bundleJson(data), FhirExport.ndjson(data)}) {
      RecordsImport r =
          new FhirResponses().read(g.instrument(), text.getBytes(StandardCharsets.UTF_8), "r.json");
      Dataset back = r.datasets().get("responses");
      assertThat(r.notes()).isEmpty();
      assertThat(back.respondentIds()).isEqualTo(data.respondentIds());
      for (String id : data.columns().keySet()) {
        for (int row = 0; row < data.size(); row++) {
          assertThat(back.column(id).answer(row))
              .as("%s row %d", id, row)
              .isEqualTo(data.column(id).answer(row));
        }
      }
    }
  }

  @Test
  void everyFeatureOfTheModelSurvivesAndOtherToolsSeeNativeFhir() throws Exception {
    String yaml;
    try (var s = getClass().getResourceAsStream("/org/tripart/instrument/every-feature.yaml")) {
      yaml = new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
    Instrument in = InstrumentReader.read(new java.io.StringReader(yaml), "every-feature.yaml");
    FhirExport.QuestionnaireExport out = FhirExport.questionnaire(in);
    Instrument back = roundTrip(in);

    assertThat(InstrumentWriter.write(back))
        .isEqualTo(
            InstrumentWriter.write(org.tripart.interop.CarriedInstruments.asCarried(in, false)));
    String json = out.json();
    assertThat(json)
        .contains("\"url\": \"http://hl7.org/fhir/StructureDefinition/ordinalValue\"")
        .contains("\"url\": \"http://hl7.org/fhir/StructureDefinition/translation\"")
        .contains("\"operator\": \"exists\"")
        .contains("\"repeats\": true");
    assertThat(out.notes())
        .extracting(n -> n.message())
        .anyMatch(m -> m.contains("other tools do not know Tripart's likert type"));
  }
}
