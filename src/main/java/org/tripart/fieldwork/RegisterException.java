package org.tripart.fieldwork;

import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * An institution register file could not be loaded; carries every problem found, so that a user can
 * fix them all in one pass. Nothing of the file was loaded. Immutable.
 */
public class RegisterException extends TripartException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<RegisterProblem> problems;

  /**
   * @param source the file name as the user gave it
   * @param problems every problem, in file order; at least one
   */
  public RegisterException(String source, List<RegisterProblem> problems) {
    super(code(problems), source, describe(problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  public String source() {
    return source;
  }

  /** Every problem found, in file order. */
  public List<RegisterProblem> problems() {
    return problems;
  }

  private static ErrorCode code(List<RegisterProblem> problems) {
    return problems.stream().anyMatch(p -> p.code() == ErrorCode.REGISTER_FORMAT)
        ? ErrorCode.REGISTER_FORMAT
        : ErrorCode.REGISTER_VALUE;
  }

  private static String describe(List<RegisterProblem> problems) {
    StringBuilder b =
        new StringBuilder(
            problems.size() == 1
                ? "1 problem in the institution register; nothing was loaded:"
                : problems.size() + " problems in the institution register; nothing was loaded:");
    for (RegisterProblem p : problems) {
      b.append(System.lineSeparator()).append("  ").append(p);
    }
    return b.toString();
  }
}
