package org.tripart.store;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A value to store is missing or malformed (a blank id, answers that are not a JSON object, a token
 * hash that is not 64 hex digits); thrown before anything is written. Immutable.
 */
public final class InvalidRecordException extends TripartException {
  private static final long serialVersionUID = 1L;

  public InvalidRecordException(String where, String problem) {
    super(ErrorCode.INVALID_RECORD, where, problem);
  }
}
