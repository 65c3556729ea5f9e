package org.tripart;

/**
 * Root of every failure Tripart reports to a user. The message always starts with the stable error
 * code and, where there is one, the place (file, line, column, item) so that a user can find and
 * fix the problem without reading a stack trace.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class TripartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  /**
   * @param code the stable code of the failure, never null
   * @param where the place of the problem ("clinician.yaml:41 item ai_department"), or null when
   *     the failure has no place
   * @param problem what is wrong, phrased for the person who has to fix it
   */
  public TripartException(ErrorCode code, String where, String problem) {
    super(format(code, where, problem));
    this.code = code;
  }

  public TripartException(ErrorCode code, String where, String problem, Throwable cause) {
    super(format(code, where, problem), cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  private static String format(ErrorCode code, String where, String problem) {
    return where == null || where.isBlank()
        ? code.code() + " " + problem
        : code.code() + " " + where + ": " + problem;
  }
}
