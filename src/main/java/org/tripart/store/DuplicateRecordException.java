package org.tripart.store;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A record with the same identity is already stored (or given twice in one import); nothing of the
 * write that met it was stored. Immutable.
 */
public final class DuplicateRecordException extends TripartException {
  private static final long serialVersionUID = 1L;

  public DuplicateRecordException(String where, String problem) {
    super(ErrorCode.DUPLICATE_RECORD, where, problem);
  }
}
