package org.tripart.stats.model;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * An ordinal regression cannot be fitted to its input: too few outcome levels, a level without
 * rows, a constant or aliased covariate, separation, no convergence, arrays of the wrong shape.
 * Immutable.
 */
public final class OrdinalInputException extends TripartException {
  private static final long serialVersionUID = 1L;

  OrdinalInputException(ErrorCode code, String where, String problem) {
    super(code, where, problem);
  }
}
