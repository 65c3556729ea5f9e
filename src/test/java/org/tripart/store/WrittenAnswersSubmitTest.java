package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.instrument.Answer;
import org.tripart.json.AnswersJson;
import org.tripart.json.WrittenAnswers;

/** {@link Store#submitAsync(ResponseKey, WrittenAnswers, int, String)}: the text as written. */
class WrittenAnswersSubmitTest {
  @TempDir Path folder;

  @Test
  void writtenAnswersAreStoredByteForByteAndARepeatIsTheSameSubmission() {
    try (Store store = Stores.open(folder.resolve("tripart.sqlite").toString())) {
      StoreContractTest.withStudy(store);
      store.createInvitations(
          StoreContractTest.STUDY,
          "clinician",
          "wave1",
          List.of(
              StoreContractTest.invitation("a", null), StoreContractTest.invitation("b", null)));
      Map<String, Answer> answers = new LinkedHashMap<>();
      answers.put("role", new Answer.Choice("nurse"));
      answers.put("tools", new Answer.Choices(Set.of("imaging", "chatbot")));
      answers.put("share", new Answer.Number(0.1));
      WrittenAnswers written = AnswersJson.written(answers);

      SubmitResult first =
          store.submitAsync(ResponseKey.invitation("a"), written, 1, "key-1").join();
      SubmitResult repeat =
          store.submitAsync(ResponseKey.invitation("a"), written, 1, "key-1").join();
      store.submit("b", written.json(), 1, "key-1");

      assertThat(first.outcome()).isEqualTo(SubmitOutcome.ACCEPTED);
      assertThat(repeat.outcome()).isEqualTo(SubmitOutcome.ALREADY_SUBMITTED);
      assertThat(repeat.sameSubmission()).isTrue();
      assertThat(store.response(ResponseKey.invitation("a")).orElseThrow().answersJson())
          .isEqualTo(AnswersJson.write(answers))
          .isEqualTo(store.response(ResponseKey.invitation("b")).orElseThrow().answersJson());
    }
  }
}
