package org.tripart.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * One test PostgreSQL server for tests outside this package (the web tests, the HTTP benchmark),
 * started on first use and stopped when the JVM exits. Thread-safe.
 */
public final class SharedPostgres {
  private static PostgresServer server;

  private SharedPostgres() {}

  /** Whether PostgreSQL server binaries are installed. */
  public static boolean available() {
    return PostgresServer.findBinaries() != null;
  }

  /**
   * Drops a database {@link #newDatabaseUrl} made, closing what is still connected to it; nothing
   * when no server was started.
   */
  public static synchronized void dropDatabase(String url) {
    if (server == null) {
      return;
    }
    try {
      server.dropDatabase(url);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop a test database: " + e.getMessage(), e);
    }
  }

  /** A new empty database's JDBC URL. */
  public static synchronized String newDatabaseUrl() {
    try {
      if (server == null) {
        Path bin = PostgresServer.findBinaries();
        if (bin == null) {
          throw new IllegalStateException("PostgreSQL server binaries are not installed");
        }
        server = PostgresServer.start(bin);
        PostgresServer started = server;
        Runtime.getRuntime().addShutdownHook(new Thread(started::close));
      }
      return server.newDatabaseUrl();
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
