package org.tripart.report;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A design, analysis plan or margins file names a column the data do not have, a value no margin
 * covers, or a stratum that cannot be estimated as asked (a single cluster under the FAIL rule).
 * Immutable.
 */
public final class DesignPlanException extends TripartException {
  private static final long serialVersionUID = 1L;

  public DesignPlanException(String where, String problem) {
    super(ErrorCode.ANALYSIS_PLAN, where, problem);
  }
}
