package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tripart.FuzzContract;
import org.tripart.capture.Mode;
import org.tripart.capture.ValidationResult;
import org.tripart.capture.Validator;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.web.http.HttpProblem;

/**
 * Fuzzes a submission body as the respondent API takes it: {@link Answers#parse}, then validation
 * (final and draft) against an instrument with every item type, then the stored JSON of what was
 * accepted. Refusals are {@link HttpProblem}s (400, 422) with TRP- codes, never a 5xx.
 */
class SubmissionFuzzTest {
  private static final Instrument ALL_TYPES =
      InstrumentReader.readResource("org/tripart/web/pages/all-types.yaml");

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anySubmissionBodyIsAcceptedOrRefused(byte[] data) {
    FuzzContract.holds(
        () -> {
          try {
            Map<String, Object> raw = Answers.parse(FuzzContract.text(data));
            for (Mode mode : Mode.values()) {
              ValidationResult v = Validator.validate(ALL_TYPES, raw, mode);
              Answers.toJson(v.answers());
            }
          } catch (HttpProblem p) {
            if (p.status() >= 500) {
              throw new AssertionError("a " + p.status() + " for a bad body: " + p.getMessage(), p);
            }
            throw p;
          }
        });
  }

  @Test
  void aNumberNoDecimalCanHoldIsRefusedNamingItsItem() {
    // Found while fuzzing: Jackson reads the number but cannot make a BigDecimal of it, and its
    // exception has no location, so building the message threw a NullPointerException (a 500).
    assertThatThrownBy(() -> Answers.parse("{\"years\": 1, \"share\": 1E-92345678901234567890}"))
        .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status()).isEqualTo(400))
        .hasMessageStartingWith("TRP-")
        .hasMessageContaining("(item 'share')");
  }
}
