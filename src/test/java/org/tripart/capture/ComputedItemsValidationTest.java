package org.tripart.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;

/** Notes, calculated items and option conditions in submissions (computed.yaml, 8 items). */
class ComputedItemsValidationTest {
  private static final Instrument INSTRUMENT =
      InstrumentReader.readResource("org/tripart/capture/computed.yaml");

  private static Map<String, Object> raw(Object... pairs) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  @Test
  void answerForACalculatedItemIsRefused() {
    ValidationResult r =
        Validator.validate(INSTRUMENT, raw("a", 1, "total", 99, "intro", "ok"), Mode.FINAL);

    assertThat(r.violations())
        .extracting(Violation::itemId, Violation::kind, v -> v.message("en"))
        .containsExactly(
            tuple(
                "intro", ViolationKind.NOT_ANSWERABLE, "Item intro is a note; it takes no answer."),
            tuple(
                "total",
                ViolationKind.NOT_ANSWERABLE,
                "Item total is calculated; it takes no answer."));
  }

  @Test
  void calculatedItemsAreComputedInDisplayOrderAndJoinTheAnswers() {
    // a 2 + b 1 = sub 3; total = (3 + mood high 2) * 2 = 10, so follow_up applies and is given.
    ValidationResult r =
        Validator.validate(
            INSTRUMENT,
            raw("mood", "high", "a", 2, "b", 1, "follow_up", "tired", "city", "beijing"),
            Mode.FINAL);

    assertThat(r.violations()).isEmpty();
    assertThat(r.answers())
        .containsEntry("sub", new Answer.Number(3))
        .containsEntry("total", new Answer.Number(10));
    assertThat(r.answers().keySet())
        .containsExactly("mood", "a", "b", "sub", "total", "follow_up", "city");
  }

  @Test
  void computedValueDrivesLaterSkipLogicButIsNeverRequired() {
    // total = (3 + 2) * 2 = 10 >= 10: the required follow_up applies and is missing.
    ValidationResult high =
        Validator.validate(INSTRUMENT, raw("mood", "high", "a", 2, "b", 1), Mode.FINAL);
    // total = (3 + 0) * 2 = 6: follow_up does not apply.
    ValidationResult low =
        Validator.validate(INSTRUMENT, raw("mood", "low", "a", 2, "b", 1), Mode.FINAL);

    assertThat(high.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(tuple("follow_up", ViolationKind.REQUIRED));
    assertThat(low.violations()).isEmpty();
    assertThat(low.answers()).containsEntry("total", new Answer.Number(6));
  }

  @Test
  void calculatedItemWithoutValueOrNotApplyingIsLeftOut() {
    // b unanswered: sub has no value; mood unanswered: total does not apply.
    ValidationResult r = Validator.validate(INSTRUMENT, raw("a", 2), Mode.FINAL);

    assertThat(r.violations()).isEmpty();
    assertThat(r.answers()).containsOnlyKeys("a");
  }

  @Test
  void sumSkipsAnUnansweredPartOfTheTotal() {
    // sub has no value (b unanswered) but sum skips it: total = mood high 2 * 2 = 4.
    ValidationResult r = Validator.validate(INSTRUMENT, raw("mood", "high", "a", 2), Mode.FINAL);

    assertThat(r.answers()).containsEntry("total", new Answer.Number(4));
  }

  @Test
  void optionOutsideItsConditionIsRefused() {
    ValidationResult r =
        Validator.validate(INSTRUMENT, raw("mood", "low", "city", "beijing"), Mode.FINAL);

    assertThat(r.violations())
        .extracting(Violation::itemId, Violation::kind, v -> v.message("en"))
        .containsExactly(
            tuple(
                "city",
                ViolationKind.OPTION_NOT_OFFERED,
                "'Beijing' is not a choice given your earlier answers; please choose again."));
    assertThat(r.answers()).doesNotContainKey("city");
  }

  @Test
  void draftDropsAnOptionNoLongerOffered() {
    ValidationResult r = Validator.validate(INSTRUMENT, raw("city", "beijing", "a", 1), Mode.DRAFT);

    assertThat(r.violations()).isEmpty();
    assertThat(r.dropped()).containsExactly("city");
    assertThat(r.answers()).containsOnlyKeys("a");
  }

  @Test
  void optionWithoutConditionIsAlwaysAccepted() {
    ValidationResult r = Validator.validate(INSTRUMENT, raw("city", "other"), Mode.FINAL);

    assertThat(r.violations()).isEmpty();
    assertThat(r.answers()).containsEntry("city", new Answer.Choice("other"));
  }

  @Test
  void optionConditionOnARejectedAnswerIsNotAFollowOnError() {
    ValidationResult r =
        Validator.validate(INSTRUMENT, raw("mood", "furious", "city", "beijing"), Mode.FINAL);

    assertThat(r.violations())
        .extracting(Violation::itemId, Violation::kind)
        .containsExactly(tuple("mood", ViolationKind.UNKNOWN_OPTION));
    assertThat(List.copyOf(r.answers().keySet())).containsExactly("city");
  }
}
