package org.tripart.store.archive;

import java.util.List;

/**
 * What a restore or migration wrote, every table verified row by row and by checksum.
 *
 * @param source the archive or store the rows came from
 * @param target the store they went into
 * @param sourceVersion the schema version they were read at and loaded into
 * @param targetVersion the target's schema version at the end (migrated on from the source's)
 * @param tables every table of the schema in load order
 * @param millis how long it took, in milliseconds
 */
public record Restored(
    String source,
    String target,
    String sourceVersion,
    String targetVersion,
    List<TableCount> tables,
    long millis) {
  public Restored {
    tables = List.copyOf(tables);
  }

  public long totalRows() {
    return tables.stream().mapToLong(TableCount::rows).sum();
  }
}
