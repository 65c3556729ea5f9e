package org.tripart.store.archive;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the tables of a store's schema from the database's own metadata ({@link DatabaseMetaData}),
 * not from a list in the code: a table a new migration adds is found and copied like the others.
 * Flyway's {@code flyway_schema_history} and SQLite's own {@code sqlite_} tables are left out: the
 * target's migrations write their own history. Stateless.
 */
final class SchemaReader {
  static final String HISTORY = "flyway_schema_history";

  private SchemaReader() {}

  /**
   * The store's tables in an order in which each comes after the tables its foreign keys name (a
   * valid order to insert them in), otherwise by name.
   */
  static List<Table> tables(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String schema = connection.getSchema();
    Map<String, Table> byName = new TreeMap<>();
    for (String name : tableNames(meta, schema)) {
      byName.put(
          name,
          new Table(
              name,
              columns(meta, schema, name),
              primaryKey(meta, schema, name),
              references(meta, schema, name)));
    }
    return loadOrder(byName);
  }

  /** Whether the database has Flyway's history table, that is, is a Tripart store at all. */
  static boolean hasHistory(Connection connection) throws SQLException {
    return tableNames(connection.getMetaData(), connection.getSchema(), true).contains(HISTORY);
  }

  private static Set<String> tableNames(DatabaseMetaData meta, String schema) throws SQLException {
    Set<String> names = tableNames(meta, schema, false);
    names.remove(HISTORY);
    return names;
  }

  private static Set<String> tableNames(DatabaseMetaData meta, String schema, boolean all)
      throws SQLException {
    Set<String> names = new TreeSet<>();
    try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String name = rows.getString("TABLE_NAME");
        String rowSchema = rows.getString("TABLE_SCHEM");
        if ((schema == null || schema.equals(rowSchema) || rowSchema == null)
            && (all || !name.startsWith("sqlite_"))) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static List<Column> columns(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    Map<Integer, Column> byPosition = new TreeMap<>();
    try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
      while (rows.next()) {
        if (table.equals(rows.getString("TABLE_NAME"))) {
          byPosition.put(
              rows.getInt("ORDINAL_POSITION"),
              new Column(
                  rows.getString("COLUMN_NAME"),
                  rows.getInt("DATA_TYPE"),
                  rows.getString("TYPE_NAME")));
        }
      }
    }
    return List.copyOf(byPosition.values());
  }

  private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    Map<Integer, String> bySequence = new TreeMap<>();
    try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
      while (rows.next()) {
        if (table.equals(rows.getString("TABLE_NAME"))) {
          bySequence.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
        }
      }
    }
    return List.copyOf(bySequence.values());
  }

  private static List<String> references(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    Set<String> referenced = new TreeSet<>();
    try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
      while (rows.next()) {
        String other = rows.getString("PKTABLE_NAME");
        if (other != null && !other.equals(table)) {
          referenced.add(other);
        }
      }
    }
    return List.copyOf(referenced);
  }

  /** Kahn's order, taking the first ready table by name; tables in a cycle come last by name. */
  private static List<Table> loadOrder(Map<String, Table> byName) {
    List<Table> ordered = new ArrayList<>();
    Map<String, Table> left = new LinkedHashMap<>(byName);
    while (!left.isEmpty()) {
      Table next =
          left.values().stream()
              .filter(t -> t.references().stream().noneMatch(left::containsKey))
              .findFirst()
              .orElse(left.values().iterator().next());
      ordered.add(next);
      left.remove(next.name());
    }
    return ordered;
  }
}
