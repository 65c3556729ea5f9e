package org.tripart.instrument;

import java.util.List;
import org.tripart.TripartException;

/**
 * An instrument file cannot be used. Carries every problem found in the file, not only the first,
 * so that an author can fix them all in one go. The message is the first problem (in file order)
 * followed by {@code (and N more problems)}; {@link #code()} is the first problem's code. Immutable
 * and thread-safe.
 */
public class InvalidInstrumentException extends TripartException {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /**
   * @param problems the problems found, at least one, the first being the one the message shows
   */
  public InvalidInstrumentException(List<Problem> problems) {
    super(first(problems).code(), first(problems).place(), summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static Problem first(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid instrument has at least one problem");
    }
    return problems.get(0);
  }

  private static String summary(List<Problem> problems) {
    int more = problems.size() - 1;
    String message = problems.get(0).message();
    if (more == 0) {
      return message;
    }
    return message + " (and " + more + (more == 1 ? " more problem)" : " more problems)");
  }
}
