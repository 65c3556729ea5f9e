package org.tripart.analysis;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A design, analysis plan or margins file names a column the data do not have, a value no margin
 * covers, or a stratum that cannot be estimated as asked (a single cluster under the FAIL rule).
 * Immutable.
 */
public final class DesignPlanException extends TripartException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String problem;

  public DesignPlanException(String where, String problem) {
    super(ErrorCode.ANALYSIS_PLAN, where, problem);
    this.key = "";
    this.problem = problem;
  }

  /**
   * @param source the file or request the plan came from
   * @param key the plan key at fault, dotted ({@code design.clusters}, {@code weighting.rake[2]}),
   *     empty for the plan as a whole
   */
  public DesignPlanException(String source, String key, String problem) {
    super(ErrorCode.ANALYSIS_PLAN, key.isEmpty() ? source : source + " " + key, problem);
    this.key = key;
    this.problem = problem;
  }

  /** The plan key at fault, as the plan file and the API spell it; empty when none is. */
  public String key() {
    return key;
  }

  /** What is wrong, without the code and the place. */
  public String problem() {
    return problem;
  }
}
