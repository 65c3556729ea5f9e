package org.tripart.instrument;

import org.tripart.ErrorCode;
import org.tripart.TripartException;

/** An item id was asked of an instrument that does not define it. */
public class UnknownItemException extends TripartException {
  private static final long serialVersionUID = 1L;

  public UnknownItemException(String instrumentId, String itemId) {
    super(
        ErrorCode.UNKNOWN_ITEM,
        "instrument " + instrumentId,
        "no item '" + itemId + "' is defined");
  }
}
