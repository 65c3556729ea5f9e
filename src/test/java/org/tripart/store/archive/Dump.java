package org.tripart.store.archive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of a database, read with plain SQL and nothing of the code under test:
 * the tables from {@code sqlite_master} or {@code information_schema}, each row as its columns'
 * text by name (booleans as 0/1, as SQLite keeps them), the rows sorted in Java.
 */
final class Dump {
  private Dump() {}

  static Connection connect(String location) throws SQLException {
    return DriverManager.getConnection(
        FullStore.isPostgres(location) ? location : "jdbc:sqlite:" + location);
  }

  /** The tables of the schema, Flyway's history included. */
  static List<String> tables(String location) throws SQLException {
    String sql =
        FullStore.isPostgres(location)
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema ="
                + " current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                + " ORDER BY 1";
    List<String> names = new ArrayList<>();
    try (Connection c = connect(location);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  /** Table name to its sorted rows, each a map from column to text; Flyway's history left out. */
  static Map<String, List<Map<String, String>>> rows(String location) throws SQLException {
    Map<String, List<Map<String, String>>> all = new TreeMap<>();
    try (Connection c = connect(location)) {
      for (String table : tables(location)) {
        if (table.equals("flyway_schema_history")) {
          continue;
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            Map<String, String> row = new TreeMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              String v = rs.getString(i);
              int type = meta.getColumnType(i);
              if (v != null && (type == Types.BIT || type == Types.BOOLEAN)) {
                v = rs.getBoolean(i) ? "1" : "0";
              }
              row.put(meta.getColumnName(i), v);
            }
            rows.add(row);
          }
        }
        rows.sort(Comparator.comparing(Object::toString));
        all.put(table, rows);
      }
    }
    return all;
  }

  static long count(String location, String sql) throws SQLException {
    try (Connection c = connect(location);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
