package org.tripart.store.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.tripart.store.StoreUnavailableException;

/**
 * Reads a table of a database as canonical lines, in an order both vendors agree on: by primary key
 * (by every column when there is none), text compared byte by byte ({@code COLLATE "C"} on
 * PostgreSQL, SQLite's {@code BINARY}), nulls first. Not thread-safe; close it when done.
 */
final class TableRows implements Lines {
  private final String where;
  private final PreparedStatement statement;
  private final ResultSet rows;
  private final RowCodec codec;

  private TableRows(String where, PreparedStatement statement, ResultSet rows, RowCodec codec) {
    this.where = where;
    this.statement = statement;
    this.rows = rows;
    this.codec = codec;
  }

  /**
   * The rows of {@code table} with the columns in {@code order} (names of the table's columns).
   * Under auto-commit off, PostgreSQL streams them in batches instead of loading them all.
   */
  static TableRows open(
      Connection connection, boolean postgres, Table table, List<String> order, String where) {
    List<Column> columns = new ArrayList<>();
    for (String name : order) {
      columns.add(table.column(name));
    }
    RowCodec codec = new RowCodec(table.name(), columns);
    String sql =
        "SELECT "
            + String.join(", ", order.stream().map(TableRows::quote).toList())
            + " FROM "
            + quote(table.name())
            + " ORDER BY "
            + orderBy(table, postgres);
    try {
      PreparedStatement statement = connection.prepareStatement(sql);
      try {
        statement.setFetchSize(1000);
        return new TableRows(where, statement, statement.executeQuery(), codec);
      } catch (SQLException | RuntimeException e) {
        statement.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreUnavailableException(
          where, "cannot read table " + table.name() + ": " + e.getMessage(), e);
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static String orderBy(Table table, boolean postgres) {
    List<String> keys = table.primaryKey().isEmpty() ? table.columnNames() : table.primaryKey();
    List<String> terms = new ArrayList<>();
    for (String key : keys) {
      String term = quote(key);
      if (table.column(key).kind() == ColumnKind.TEXT) {
        term += postgres ? " COLLATE \"C\"" : " COLLATE BINARY";
      }
      terms.add(term + " NULLS FIRST");
    }
    return String.join(", ", terms);
  }

  @Override
  public byte[] next() {
    try {
      return rows.next() ? codec.encode(rows) : null;
    } catch (SQLException e) {
      throw new StoreUnavailableException(where, "cannot read a row: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      rows.close();
      statement.close();
    } catch (SQLException e) {
      throw new StoreUnavailableException(where, "cannot close a query: " + e.getMessage(), e);
    }
  }
}
