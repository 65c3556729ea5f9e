package org.tripart.interop.fhir;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.tripart.FuzzContract;
import org.tripart.instrument.InstrumentReader;

/**
 * Fuzzes the FHIR importers: a Questionnaire, and QuestionnaireResponses (one, a Bundle, NDJSON)
 * read against the Questionnaire Tripart writes for {@code convert-small.yaml}.
 */
class FhirFuzzTest {
  private static final FhirQuestionnaire.Result SMALL =
      FhirQuestionnaire.convert(
          FhirExport.questionnaire(
                  InstrumentReader.readResource("org/tripart/cli/convert-small.yaml"))
              .json()
              .getBytes(StandardCharsets.UTF_8),
          "convert-small.json");

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyQuestionnaireIsImportedOrRefused(byte[] data) {
    FuzzContract.holds(() -> new FhirQuestionnaire().read(data, "fuzz.json"));
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyResponseIsImportedOrRefused(byte[] data) {
    FuzzContract.holds(
        () ->
            new FhirResponses(SMALL.ids()).read(SMALL.imported().instrument(), data, "fuzz.json"));
  }
}
