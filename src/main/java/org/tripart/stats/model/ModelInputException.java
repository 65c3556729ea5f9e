package org.tripart.stats.model;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A design-based model was asked of inputs it cannot be fitted to, or its fit failed where R's
 * {@code glm} warns or stops: lengths that do not match, too few rows, an outcome outside the
 * family's range, an aliased column, separation, no convergence. The code says which. Immutable.
 */
public final class ModelInputException extends TripartException {
  private static final long serialVersionUID = 1L;

  ModelInputException(ErrorCode code, String where, String problem) {
    super(code, where, problem);
  }
}
