package org.tripart.store.archive;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A backup, restore or migration that cannot be done or whose result does not verify. When a
 * restore or migration throws it, the target holds none of the rows it was writing. Immutable.
 */
public final class ArchiveException extends TripartException {
  private static final long serialVersionUID = 1L;

  public ArchiveException(ErrorCode code, String where, String problem) {
    super(code, where, problem);
  }

  public ArchiveException(ErrorCode code, String where, String problem, Throwable cause) {
    super(code, where, problem, cause);
  }
}
