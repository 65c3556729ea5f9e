package org.tripart.store.archive;

/**
 * A column of a stored table as the database describes it.
 *
 * @param name the column's name
 * @param sqlType its {@link java.sql.Types} code
 * @param typeName the vendor's name of its type, for messages
 */
record Column(String name, int sqlType, String typeName) {
  ColumnKind kind() {
    return ColumnKind.of(sqlType);
  }
}
