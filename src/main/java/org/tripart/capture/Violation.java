package org.tripart.capture;

import java.util.Objects;
import org.tripart.instrument.LocalizedText;

/**
 * One problem with one answer of a submission, phrased for the respondent. Immutable.
 *
 * @param itemId the item the problem concerns, as submitted (it may be unknown to the instrument)
 * @param kind what is wrong
 * @param message what to do about it, in English ({@code en}) and Chinese ({@code zh})
 */
public record Violation(String itemId, ViolationKind kind, LocalizedText message) {
  public Violation {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** The message in this language (falling back to English), for example {@code zh}. */
  public String message(String language) {
    return message.in(language);
  }
}
