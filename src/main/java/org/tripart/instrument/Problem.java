package org.tripart.instrument;

import java.util.Objects;
import org.tripart.ErrorCode;

/**
 * One problem found in an instrument file. Immutable and thread-safe.
 *
 * @param code the stable code of the problem, never null
 * @param where the file and 1-based line of the offending text, never null
 * @param itemId the item the problem belongs to, or null when it belongs to no single item
 * @param message what is wrong, phrased for the author of the file, never null
 */
public record Problem(ErrorCode code, SourceLocation where, String itemId, String message) {
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  /** The place as printed: {@code clinician.yaml:41 item ai_department}, or just the location. */
  public String place() {
    return itemId == null ? where.toString() : where + " item " + itemId;
  }

  /** The problem as printed: {@code TRP-0004 clinician.yaml:41 item x: option code ...}. */
  @Override
  public String toString() {
    return code.code() + " " + place() + ": " + message;
  }
}
