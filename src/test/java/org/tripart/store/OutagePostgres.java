package org.tripart.store;

import java.sql.SQLException;

/**
 * A test PostgreSQL server of its own, for tests that stop and restart the database under a running
 * Tripart (outages); the shared server of {@link SharedPostgres} must stay up for the others. Not
 * thread-safe; close it when done (its data are deleted).
 */
public final class OutagePostgres implements AutoCloseable {
  private final PostgresServer server;

  private OutagePostgres(PostgresServer server) {
    this.server = server;
  }

  /** Starts a server; the binaries must be installed ({@link SharedPostgres#available()}). */
  public static OutagePostgres start() throws Exception {
    return new OutagePostgres(PostgresServer.start(PostgresServer.findBinaries()));
  }

  /** A new empty database's JDBC URL. */
  public String newDatabaseUrl() throws SQLException {
    return server.newDatabaseUrl();
  }

  /** Stops the database server at once, as a crash would. */
  public void stop() throws Exception {
    server.stop();
  }

  /** Starts it again on the same port and data. */
  public void restart() throws Exception {
    server.restart();
  }

  /** Sends SIGKILL to the postmaster alone and waits until it is gone; returns its pid. */
  public long killPostmaster() throws Exception {
    return server.killPostmaster();
  }

  /** Starts it again after {@link #killPostmaster()} (crash recovery), retrying while needed. */
  public void restartAfterKill() throws Exception {
    server.restartAfterKill();
  }

  @Override
  public void close() {
    server.close();
  }
}
