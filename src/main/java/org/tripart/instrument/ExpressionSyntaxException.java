package org.tripart.instrument;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A skip-logic expression or a calculation that does not follow its grammar. The message reads
 * {@code TRP-0019 calculation "a +" column 4: expected a number, ...}; {@link #column()} and {@link
 * #problem()} let a caller (an importer) place the fault in its own terms. Immutable and
 * thread-safe.
 */
public class ExpressionSyntaxException extends TripartException {
  private static final long serialVersionUID = 1L;

  private final String expression;
  private final int column;
  private final String problem;

  /**
   * @param code {@link ErrorCode#SKIP_LOGIC_SYNTAX} or {@link ErrorCode#CALCULATION_SYNTAX}
   * @param expression the text that was parsed
   * @param column the 1-based column of the fault; one past the end when something is missing
   * @param problem what is wrong there
   */
  public ExpressionSyntaxException(ErrorCode code, String expression, int column, String problem) {
    super(
        code,
        (code == ErrorCode.CALCULATION_SYNTAX ? "calculation \"" : "skip logic \"")
            + expression
            + "\" column "
            + column,
        problem);
    this.expression = expression;
    this.column = column;
    this.problem = problem;
  }

  /** The text that was parsed. */
  public String expression() {
    return expression;
  }

  /** The 1-based column of the fault. */
  public int column() {
    return column;
  }

  /** What is wrong, without the place. */
  public String problem() {
    return problem;
  }
}
