package org.tripart.disclosure;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/** A disclosure-control input is invalid: a threshold, a secret, a table or a register entry. */
public final class DisclosureInputException extends TripartException {
  private static final long serialVersionUID = 1L;

  public DisclosureInputException(String where, String problem) {
    super(ErrorCode.DISCLOSURE_INPUT, where, problem);
  }
}
