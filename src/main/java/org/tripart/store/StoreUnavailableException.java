package org.tripart.store;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * The store cannot be opened, migrated or reached, is closed, or failed to save a change. When
 * thrown by a write, nothing of that write was stored. Immutable.
 */
public final class StoreUnavailableException extends TripartException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String where, String problem, Throwable cause) {
    super(ErrorCode.STORE_UNAVAILABLE, where, problem, cause);
  }
}
