package org.tripart.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.RecordsImport;

/** QuestionnaireResponses read against imported questionnaires. */
class FhirResponsesTest {
  static final String RESPONSE = "hl7-sdc__questionnaireresponse-sdc-profile-example-PHQ9.json";

  static RecordsImport readPhq9(byte[] content, String name) {
    FhirQuestionnaire.Result q = FhirQuestionnaireTest.convert(FhirQuestionnaireTest.PHQ9);
    return new FhirResponses(q.ids()).read(q.imported().instrument(), content, name);
  }

  @Test
  void thePhq9ResponseIsMatchedByCodeAloneAndItsWrongStoredTotalIsReported() {
    // The response: 9 valueCoding answers with a code but no system: Not-at-all x3,
    // Several-days x3 (Q4, Q6, Q9), More than half the days x2 (Q5, Q8), Nearly every day (Q7).
    // Their ordinals add up to 0+0+0+1+2+1+3+2+1 = 10, but H1/TS stores valueQuantity 13.
    RecordsImport r = readPhq9(InteropFiles.bytes(RESPONSE), RESPONSE);
    Dataset d = r.datasets().get("responses");

    assertThat(d.size()).isEqualTo(1);
    assertThat(d.respondentIds()).containsExactly("questionnaireresponse-sdc-profile-example-PHQ9");
    assertThat(d.column("h1_t1_q1").answer(0)).isEqualTo(new Answer.Choice("not_at_all"));
    assertThat(d.column("h1_t1_q7").answer(0)).isEqualTo(new Answer.Choice("nearly_every_day"));
    assertThat(d.column("h1_t1_q8").answer(0))
        .isEqualTo(new Answer.Choice("more_than_half_the_days"));
    assertThat(d.column("h1_ts").answer(0)).isEqualTo(new Answer.Number(10));
    assertThat(r.notes())
        .extracting(ConversionNote::line)
        .containsExactly(
            RESPONSE
                + ":1 response questionnaireresponse-sdc-profile-example-PHQ9 item h1_ts: the"
                + " stored value 13 differs from the recomputed 10 (sum(h1_t1_q1, h1_t1_q2,"
                + " h1_t1_q3, h1_t1_q4, h1_t1_q5, h1_t1_q6, h1_t1_q7, h1_t1_q8, h1_t1_q9)); the"
                + " recomputed value is kept");
  }

  @Test
  void aBundleAndNdjsonGiveOneRowPerResponseAndBadAnswersAreReportedNotFatal() {
    String bundle =
        """
        {"resourceType": "Bundle", "type": "collection", "entry": [
          {"resource": {"resourceType": "QuestionnaireResponse", "id": "a", "status": "completed",
            "item": [{"linkId": "H1/T1", "item": [
              {"linkId": "H1/T1/Q1", "answer": [{"valueCoding": {"code": "Several-days"}}]},
              {"linkId": "H1/T1/Q2", "answer": [{"valueCoding": {"code": "Sometimes"}}]},
              {"linkId": "H1/T1/Q99", "answer": [{"valueCoding": {"code": "Not-at-all"}}]}]}]}},
          {"resource": {"resourceType": "Patient", "id": "p"}},
          {"resource": {"resourceType": "QuestionnaireResponse", "id": "b", "status": "completed",
            "item": [{"linkId": "H1/T1/Q3", "answer": [{"valueCoding": {"code": "Nearly every day"}}]}]}}
        ]}
        """;
    RecordsImport r = readPhq9(bundle.getBytes(StandardCharsets.UTF_8), "b.json");
    Dataset d = r.datasets().get("responses");

    assertThat(d.respondentIds()).containsExactly("a", "b");
    assertThat(d.column("h1_t1_q1").answer(0)).isEqualTo(new Answer.Choice("several_days"));
    assertThat(d.column("h1_t1_q2").answer(0)).isNull();
    assertThat(d.column("h1_ts").answer(0)).isEqualTo(new Answer.Number(1));
    assertThat(d.column("h1_t1_q3").answer(1)).isEqualTo(new Answer.Choice("nearly_every_day"));
    List<String> lines = r.notes().stream().map(ConversionNote::line).toList();
    assertThat(lines)
        .containsExactly(
            "b.json $.entry[1]: the entry holds Patient, not a QuestionnaireResponse; skipped",
            "b.json $.entry[0] response a linkId H1/T1/Q2: code Sometimes is not one of the item's"
                + " answer options; the answer is left out",
            "b.json $.entry[0] response a linkId H1/T1/Q99: no item of the questionnaire has this"
                + " linkId; the answer is left out");

    String ndjson =
        "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"x\",\"status\":\"completed\",\"item\":"
            + "[{\"linkId\":\"H1/T1/Q1\",\"answer\":[{\"valueCoding\":{\"code\":\"Not-at-all\"}}]}]}\n"
            + "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"y\",\"status\":\"completed\",\"item\":"
            + "[{\"linkId\":\"H1/T1/Q1\",\"answer\":[{\"valueCoding\":{\"code\":\"Several-days\"}}]}]}\n";
    Dataset n =
        readPhq9(ndjson.getBytes(StandardCharsets.UTF_8), "r.ndjson").datasets().get("responses");
    assertThat(n.respondentIds()).containsExactly("x", "y");
    assertThat(n.column("h1_t1_q1").answer(1)).isEqualTo(new Answer.Choice("several_days"));
  }

  @Test
  void brokenNdjsonIsUnreadableAtItsLine() {
    String ndjson =
        "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\"}\n"
            + "{\"resourceType\":\"QuestionnaireResponse\",\"status\":}\n";
    Instrument in =
        FhirQuestionnaireTest.convert(FhirQuestionnaireTest.PHQ9).imported().instrument();
    assertThatThrownBy(
            () -> new FhirResponses().read(in, ndjson.getBytes(StandardCharsets.UTF_8), "r.ndjson"))
        .hasMessageStartingWith("TRP-1000 r.ndjson:2:");
  }
}
