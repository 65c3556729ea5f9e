package org.tripart.store.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.ErrorCode;
import org.tripart.store.StoreDatabase;
import org.tripart.store.StoreUnavailableException;

/**
 * One consistent view of a live store, taken while it keeps working: a single read-only transaction
 * on one connection, every table read inside it. On SQLite (WAL) the transaction reads the database
 * as of its first read and never blocks the server's writer; on PostgreSQL it is {@code REPEATABLE
 * READ READ ONLY}, the snapshot {@code pg_dump} takes. A submission is therefore either wholly in
 * every table (response, invitation status) or in none. Not thread-safe; close it to end the
 * transaction.
 */
final class Snapshot implements RowSource {
  private final StoreDatabase database;
  private final Connection connection;
  private final String schemaVersion;
  private final Instant takenAt = Instant.now();
  private final Map<String, Table> tables = new LinkedHashMap<>();

  private Snapshot(StoreDatabase database, Connection connection, String schemaVersion)
      throws SQLException {
    this.database = database;
    this.connection = connection;
    this.schemaVersion = schemaVersion;
    for (Table t : SchemaReader.tables(connection)) {
      RowCodec.requireSupported(t.name(), t.columns());
      tables.put(t.name(), t);
    }
  }

  /**
   * Opens the snapshot.
   *
   * @throws ArchiveException ({@link ErrorCode#NOT_A_STORE}) when there is no store there
   * @throws StoreUnavailableException when the database cannot be reached
   */
  static Snapshot open(StoreDatabase database) {
    if (!database.exists()) {
      throw new ArchiveException(
          ErrorCode.NOT_A_STORE, database.where(), "there is no store here: no such file");
    }
    Connection connection = null;
    try {
      connection = database.connect();
      if (database.isPostgres()) {
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      } else {
        try (Statement s = connection.createStatement()) {
          s.execute("PRAGMA query_only = ON");
        }
      }
      connection.setAutoCommit(false);
      if (!SchemaReader.hasHistory(connection)) {
        throw new ArchiveException(
            ErrorCode.NOT_A_STORE,
            database.where(),
            "holds no Tripart schema (no " + SchemaReader.HISTORY + " table)");
      }
      String version = SchemaVersions.current(connection);
      if (version == null) {
        throw new ArchiveException(
            ErrorCode.NOT_A_STORE, database.where(), "its schema has no applied migration");
      }
      return new Snapshot(database, connection, version);
    } catch (SQLException e) {
      close(connection);
      throw new StoreUnavailableException(
          database.where(), "cannot read the store: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close(connection);
      throw e;
    }
  }

  /** About when the snapshot was taken: just after its first read. */
  Instant takenAt() {
    return takenAt;
  }

  boolean isPostgres() {
    return database.isPostgres();
  }

  @Override
  public String where() {
    return database.where();
  }

  @Override
  public String schemaVersion() {
    return schemaVersion;
  }

  @Override
  public List<SourceTable> tables() {
    List<SourceTable> list = new ArrayList<>();
    for (Table t : tables.values()) {
      list.add(new SourceTable(t.name(), t.columnNames(), -1, null));
    }
    return list;
  }

  /** The table's description from the database, primary key included. */
  Table table(String name) {
    return tables.get(name);
  }

  @Override
  public Lines lines(SourceTable table) {
    return TableRows.open(
        connection, database.isPostgres(), tables.get(table.name()), table.columns(), where());
  }

  @Override
  public void close() {
    close(connection);
  }

  private static void close(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      connection.close();
    } catch (SQLException e) {
      // the transaction only read; closing the connection ends it either way
    }
  }
}
