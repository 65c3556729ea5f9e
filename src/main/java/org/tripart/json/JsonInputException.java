package org.tripart.json;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A JSON text Tripart does not read: not well-formed, not the value expected, a key given twice, or
 * over a bound of {@link StrictJson}. Immutable.
 */
public final class JsonInputException extends TripartException {
  private static final long serialVersionUID = 1L;

  private final String where;
  private final String problem;
  private final String key;

  /**
   * @param code {@link ErrorCode#JSON_MALFORMED}, {@link ErrorCode#JSON_DUPLICATE_KEY} or {@link
   *     ErrorCode#JSON_OVER_LIMIT}
   * @param where {@code line 3, column 7}, {@code item 'share'}, or {@code position unknown}
   * @param problem what is wrong
   * @param key the key given twice, or null for another problem
   */
  JsonInputException(ErrorCode code, String where, String problem, String key, Throwable cause) {
    super(code, where, problem, cause);
    this.where = where;
    this.problem = problem;
    this.key = key;
  }

  /** The place of the fault: {@code line 3, column 7}, {@code item 'share'} or similar. */
  public String where() {
    return where;
  }

  /** What is wrong, without the place. */
  public String problem() {
    return problem;
  }

  /** The key an object gives twice, or null when the problem is another. */
  public String duplicateKey() {
    return key;
  }
}
