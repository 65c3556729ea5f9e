package org.tripart.store.archive;

import java.util.List;

/**
 * A table of the store's schema, read from the database's own description of itself.
 *
 * @param name the table's name
 * @param columns its columns in their order in the table
 * @param primaryKey the names of its primary key's columns in key order; empty when it has none
 * @param references the other tables its foreign keys name
 */
record Table(String name, List<Column> columns, List<String> primaryKey, List<String> references) {
  Table {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    references = List.copyOf(references);
  }

  List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  Column column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }
}
