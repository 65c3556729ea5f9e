package org.tripart.stats.design;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A replicate-weight design or an estimate on one was asked of inputs it cannot use: a replicate
 * column that is missing, negative or NaN, scales that do not suit the type, a design that cannot
 * be turned into replicates of the asked type. Codes 0440-0443. Immutable.
 */
public final class ReplicateInputException extends TripartException {
  private static final long serialVersionUID = 1L;

  ReplicateInputException(ErrorCode code, String where, String problem) {
    super(code, where, problem);
  }
}
