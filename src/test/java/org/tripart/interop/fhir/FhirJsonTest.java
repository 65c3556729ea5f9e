package org.tripart.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.TripartException;

/** FHIR JSON is read under Tripart's one JSON configuration, NDJSON line by line. */
class FhirJsonTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aKeyGivenTwiceIsRefusedWithItsFileLineAndColumn() {
    String twice =
        "{\"resourceType\":\"Questionnaire\",\n\"status\":\"draft\",\"status\":\"active\"}";

    assertThatThrownBy(() -> FhirJson.values(utf8(twice), "q.json"))
        .isInstanceOf(TripartException.class)
        .hasMessageStartingWith("TRP-")
        .hasMessageContaining("q.json:2:")
        .hasMessageContaining("the key 'status' is given twice");
  }

  @Test
  void ndjsonIsReadAsOneValuePerLine() {
    String ndjson =
        "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"a\"}\n"
            + "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"b\"}\n";

    List<FhirJson.Value> values = FhirJson.values(utf8(ndjson), "r.ndjson");

    assertThat(values).extracting(FhirJson.Value::line).containsExactly(1, 2);
    assertThat(values).extracting(v -> v.node().get("id").asText()).containsExactly("a", "b");
  }

  @Test
  void aDecimalKeepsItsDigits() {
    String q = "{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":1.50}}";

    assertThat(FhirJson.values(utf8(q), "o.json").get(0).node().toString()).contains("1.50");
  }

  @Test
  void nestingDeeperThanTheBoundIsRefusedWithItsPlace() {
    String deep =
        "{\"resourceType\":\"Questionnaire\",\"x\":" + "[".repeat(80) + "]".repeat(80) + "}";

    assertThatThrownBy(() -> FhirJson.values(utf8(deep), "deep.json"))
        .isInstanceOf(TripartException.class)
        .hasMessageContaining("deep.json:1:");
  }
}
