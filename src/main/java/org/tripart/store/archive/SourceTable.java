package org.tripart.store.archive;

import java.util.List;

/**
 * A table as a source gives it.
 *
 * @param name the table's name
 * @param columns the names of the columns, in the order of the values of each row
 * @param rows the number of rows the source promises, or -1 when it is only known by reading them
 * @param sha256 the SHA-256 (lower-case hex) of the table's canonical lines the source promises, or
 *     null when it is only known by reading them
 */
record SourceTable(String name, List<String> columns, long rows, String sha256) {
  SourceTable {
    columns = List.copyOf(columns);
  }
}
