package org.tripart.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * The lock that servers starting together on one database take in turn: while one migrates the
 * schema or prepares the store (loads the bundled study, makes the admin token), the others wait.
 * On PostgreSQL it is the session advisory lock {@link #KEY}, taken with {@code pg_advisory_lock}
 * on a pooled connection of its own and released with {@code pg_advisory_unlock}; a connection that
 * cannot release it is evicted from the pool, and the database releases the lock of a lost
 * connection (a killed server) by itself. On SQLite the work runs directly: one server process per
 * SQLite file. Stateless; thread-safe.
 */
final class StartupLock {
  /** The advisory lock's key: "Tripart" in ASCII, then 1. */
  static final long KEY = 0x5472697061727401L;

  private StartupLock() {}

  /** Runs {@code work} holding the lock on {@code dataSource}'s database. */
  static <T> T around(HikariDataSource dataSource, Vendor vendor, String where, Supplier<T> work) {
    if (vendor != Vendor.POSTGRESQL) {
      return work.get();
    }
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new StoreUnavailableException(
          where, "cannot take the startup lock: " + Failures.rootMessage(e), e);
    }
    try {
      run(connection, "SELECT pg_advisory_lock(" + KEY + ")");
    } catch (SQLException e) {
      discard(dataSource, connection);
      throw new StoreUnavailableException(
          where, "cannot take the startup lock: " + Failures.rootMessage(e), e);
    }
    try {
      return work.get();
    } finally {
      try {
        run(connection, "SELECT pg_advisory_unlock(" + KEY + ")");
        connection.close();
      } catch (SQLException e) {
        discard(dataSource, connection);
      }
    }
  }

  /** Closes the connection for good, so that a lock it may still hold goes with it. */
  private static void discard(HikariDataSource dataSource, Connection connection) {
    dataSource.evictConnection(connection);
    try {
      connection.close();
    } catch (SQLException ignored) {
      // evicted: the pool closes it
    }
  }

  private static void run(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }
}
