package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.capture.Mode;
import org.tripart.capture.ValidationResult;
import org.tripart.capture.Validator;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;

/** What the server stores for a submission with a calculated item: the computed value too. */
class CalculatedAnswersTest {
  private static final Instrument COMPUTED =
      InstrumentReader.read(
          new StringReader(
              """
              instrument: computed
              group: clinician
              version: 1
              languages: [en]
              title: {en: Computed}
              sections:
                - id: main
                  title: {en: Main}
                  items:
                    - {id: intro, type: note, label: {en: Hello}}
                    - {id: a, type: integer, label: {en: A}}
                    - {id: b, type: integer, label: {en: B}}
                    - {id: total, type: calculated, label: {en: Total}, calculate: "round((a + b) / 3, 1)"}
              """),
          "computed.yaml");

  @Test
  void calculatedTotalIsStoredWithTheSubmission() {
    // (4 + 6) / 3 = 3.333... rounded to one digit: 3.3
    ValidationResult v = Validator.validate(COMPUTED, Map.of("a", 4, "b", 6), Mode.FINAL);

    assertThat(v.isValid()).isTrue();
    assertThat(Answers.toJson(v.answers())).isEqualTo("{\"a\":4,\"b\":6,\"total\":3.3}");
  }
}
