package org.tripart.web;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The row count of every table of an SQLite store, read over a connection of its own (the server's
 * writes are seen once committed). The audit log and the sessions are left out: a refused sign-in
 * is audited, by design. Not thread-safe.
 */
final class StoreRows {
  static final List<String> NOT_COUNTED = List.of("audit_log", "sessions");
  private final Connection connection;

  StoreRows(Path sqlite) throws SQLException {
    this.connection = DriverManager.getConnection("jdbc:sqlite:" + sqlite);
  }

  Map<String, Long> counts() {
    try (Statement s = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      Map<String, Long> out = new TreeMap<>();
      for (String t : tables) {
        if (!NOT_COUNTED.contains(t)) {
          try (ResultSet r = s.executeQuery("SELECT count(*) FROM \"" + t + "\"")) {
            r.next();
            out.put(t, r.getLong(1));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
