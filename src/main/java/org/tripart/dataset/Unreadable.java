package org.tripart.dataset;

import java.nio.charset.CharacterCodingException;

/** Why a CSV file could not be read, in words a user can act on. Stateless. */
final class Unreadable {
  private Unreadable() {}

  /**
   * "is not UTF-8 text ..." when the failure, or its cause, is a byte UTF-8 does not allow (a file
   * saved as GBK or Windows-1252), else "cannot be read: " and the failure's message.
   */
  static String problem(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return "is not UTF-8 text (it holds a byte sequence UTF-8 does not allow, as a file saved"
            + " as GBK or Windows-1252 does): save it as UTF-8 (in Excel: 'CSV UTF-8'), or"
            + " convert it, for example with iconv -f GBK -t UTF-8";
      }
    }
    return "cannot be read: " + e.getMessage();
  }
}
