package org.tripart.store.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL's identity and serial columns, for copying rows with their ids: an INSERT of an
 * identity column {@code GENERATED ALWAYS} needs {@code OVERRIDING SYSTEM VALUE}, and the column's
 * sequence must then be set past the highest id copied, or the next row the server stores would
 * take an id already used. Stateless.
 */
final class PostgresSequences {
  private PostgresSequences() {}

  /** Whether the table has an identity column. */
  static boolean hasIdentity(Connection c, Table table) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = ? AND is_identity = 'YES'")) {
      s.setString(1, table.name());
      try (ResultSet rows = s.executeQuery()) {
        return rows.next();
      }
    }
  }

  /**
   * Sets every identity or serial sequence of the tables so that its next value is one past the
   * column's highest value (1 for an empty table).
   */
  static void advance(Connection c, List<Table> tables) throws SQLException {
    for (Table t : tables) {
      for (Column column : t.columns()) {
        if (column.kind() != ColumnKind.INTEGER) {
          continue;
        }
        String sequence = sequence(c, t, column);
        if (sequence == null) {
          continue;
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT setval(CAST(? AS regclass), COALESCE(MAX("
                    + TableRows.quote(column.name())
                    + "), 0) + 1, false) FROM "
                    + TableRows.quote(t.name()))) {
          s.setString(1, sequence);
          s.executeQuery().close();
        }
      }
    }
  }

  private static String sequence(Connection c, Table t, Column column) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
      s.setString(1, TableRows.quote(t.name()));
      s.setString(2, column.name());
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }
}
