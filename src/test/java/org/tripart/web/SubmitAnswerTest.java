package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tripart.store.StoredResponse;
import org.tripart.store.SubmitOutcome;
import org.tripart.store.SubmitResult;

/** The submit route's answer body, streamed, against the object node it was built as. */
class SubmitAnswerTest {
  @ParameterizedTest
  @EnumSource(SubmitOutcome.class)
  void theStreamedAnswerIsTheObjectNodesText(SubmitOutcome outcome) {
    for (Instant submitted :
        new Instant[] {
          Instant.parse("2026-12-07T15:52:01Z"),
          Instant.parse("2026-12-07T15:52:01.120Z"),
          Instant.parse("2026-12-07T15:52:01.123456789Z")
        }) {
      StoredResponse response =
          new StoredResponse(
              9_007_199_254_740_993L,
              "a",
              null,
              "study",
              "clinician",
              "{}",
              1,
              submitted,
              submitted,
              1);
      SubmitResult r = new SubmitResult(outcome, response, true);
      ObjectNode node = Answers.JSON.createObjectNode();
      node.put("responseId", response.id());
      node.put("outcome", outcome.name());
      node.put("submitted", submitted.toString());

      assertThat(RespondentApi.submitAnswer(r)).isEqualTo(node.toString());
    }
  }
}
