package org.tripart.store;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A write names a study, invitation, institution or open link that is not stored; nothing of that
 * write was stored. Immutable.
 */
public final class UnknownRecordException extends TripartException {
  private static final long serialVersionUID = 1L;

  public UnknownRecordException(String where, String problem) {
    super(ErrorCode.UNKNOWN_RECORD, where, problem);
  }
}
