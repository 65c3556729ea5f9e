package org.tripart.store;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * Replacing registers would lose or move what other records rely on: an organisation to be removed
 * that invitations or responses name ({@link ErrorCode#REGISTER_IN_USE}), or an organisation given
 * under a sector other than its stored one ({@link ErrorCode#REGISTER_SECTOR_CHANGE}). Nothing was
 * changed. Immutable.
 */
public final class RegisterConflictException extends TripartException {
  private static final long serialVersionUID = 1L;

  public RegisterConflictException(ErrorCode code, String where, String problem) {
    super(code, where, problem);
  }
}
