package org.tripart.store.archive;

import java.util.List;

/**
 * Where a restore or migration takes its rows from: an archive file or a live store's snapshot.
 * Each table's rows can be read more than once and come the same each time (the second reading
 * verifies the target row by row). Not thread-safe.
 */
interface RowSource extends AutoCloseable {
  /** The source for messages. */
  String where();

  /** The Flyway version of the schema the rows were read from, such as {@code 5}. */
  String schemaVersion();

  /** The tables, in an order valid for inserting them, with their columns in row order. */
  List<SourceTable> tables();

  /** The rows of one of {@link #tables()}, in primary-key order. */
  Lines lines(SourceTable table);

  @Override
  void close();
}
