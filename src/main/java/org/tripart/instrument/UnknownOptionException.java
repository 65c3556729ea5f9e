package org.tripart.instrument;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/** An option code was asked of an item that does not define it. */
public class UnknownOptionException extends TripartException {
  private static final long serialVersionUID = 1L;

  public UnknownOptionException(Item item, String code) {
    super(
        ErrorCode.UNKNOWN_OPTION,
        item.location() + " item " + item.id(),
        "no option '" + code + "' is defined");
  }
}
