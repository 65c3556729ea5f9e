package org.tripart.store;

import java.sql.SQLException;
import org.tripart.TripartException;

/** Turns database failures into the store's exceptions. */
final class Failures {
  private Failures() {}

  /**
   * The exception a caller sees for {@code failure}: store exceptions as they are, others wrapped.
   */
  static TripartException translate(String where, Throwable failure) {
    if (failure instanceof TripartException t) {
      return t;
    }
    return new StoreUnavailableException(
        where, "the database failed, nothing was stored: " + rootMessage(failure), failure);
  }

  /** Whether {@code failure} was caused by a unique or primary-key constraint. */
  static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String message = String.valueOf(sql.getMessage());
        if ("23505".equals(sql.getSQLState())
            || message.contains("UNIQUE constraint failed")
            || message.contains("PRIMARY KEY constraint failed")) {
          return true;
        }
      }
    }
    return false;
  }

  static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
