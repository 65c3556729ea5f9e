package org.tripart.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * A writer thread's open connection and the statements prepared on it. Writes use {@link #handle()}
 * for Jdbi and {@link #statement} for hot statements worth preparing once. Not thread-safe:
 * confined to its writer thread; statements must not be closed by callers.
 */
final class WriterSession {
  private final Handle handle;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  WriterSession(Handle handle) {
    this.handle = handle;
  }

  Handle handle() {
    return handle;
  }

  /** The statement for {@code sql}, prepared on first use and kept until a batch fails. */
  PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = handle.getConnection().prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  void closeStatements() {
    for (PreparedStatement statement : statements.values()) {
      try {
        statement.close();
      } catch (SQLException | RuntimeException e) {
        // the connection is checked next; a statement that will not close is dropped
      }
    }
    statements.clear();
  }

  void close() {
    closeStatements();
    try {
      if (handle.isInTransaction()) {
        handle.rollback();
      }
    } catch (RuntimeException e) {
      // the handle is closed below whatever its state
    }
    try {
      handle.close();
    } catch (RuntimeException e) {
      // closing a broken connection fails; the pool drops it either way
    }
  }
}
