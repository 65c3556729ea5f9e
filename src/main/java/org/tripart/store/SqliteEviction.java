package org.tripart.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Tells the pool to close an SQLite connection whose file has failed under it: an I/O error, a
 * read-only or unopenable file, a corrupt image. Such a connection keeps its file descriptors on
 * the file system it opened, so after an operator repairs and mounts the disk again (or frees it)
 * it would go on failing; a new connection opens the file as it is now. Busy, constraint and
 * full-disk errors leave the connection alone (they pass once the moment or the space does).
 * Stateless and thread-safe, as Hikari calls it from any thread.
 */
final class SqliteEviction implements SQLExceptionOverride {
  @java.lang.Override
  public Override adjudicate(SQLException e) {
    return broken(e) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
  }

  /** Whether {@code failure} or one of its causes says the SQLite file itself failed. */
  static boolean broken(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLiteException s) {
        SQLiteErrorCode code = s.getResultCode();
        int primary = code == null ? 0 : code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code
            || primary == SQLiteErrorCode.SQLITE_READONLY.code
            || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
            || primary == SQLiteErrorCode.SQLITE_CORRUPT.code
            || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
          return true;
        }
      }
    }
    return false;
  }
}
