package org.tripart.store;

/** The two database systems the store runs on, each with its own migration folder. */
enum Vendor {
  SQLITE("classpath:db/migration/sqlite", 1),
  POSTGRESQL(
      "classpath:db/migration/postgresql",
      Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors() / 2)));

  private final String migrations;
  private final int writerThreads;

  Vendor(String migrations, int writerThreads) {
    this.migrations = migrations;
    this.writerThreads = writerThreads;
  }

  String migrations() {
    return migrations;
  }

  /**
   * SQLite has one writer at a time, so one thread commits every batch. PostgreSQL commits
   * concurrent transactions in parallel, but on a small machine, where its server shares the cores,
   * fewer writers mean bigger batches and less work per answer: on 2 cores one writer acknowledged
   * 3,461 submissions/s (p99 92 ms), two 2,941/s, four 2,338/s (BENCHMARKS.md). So it gets one
   * writer per two cores, between 1 and 8.
   */
  int writerThreads() {
    return writerThreads;
  }
}
