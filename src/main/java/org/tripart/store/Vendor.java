package org.tripart.store;

/** The two database systems the store runs on, each with its own migration folder. */
enum Vendor {
  SQLITE("classpath:db/migration/sqlite", 1),
  POSTGRESQL("classpath:db/migration/postgresql", 4);

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
   * SQLite has one writer at a time, so one thread commits every batch; PostgreSQL commits
   * concurrent transactions in parallel and is given a few.
   */
  int writerThreads() {
    return writerThreads;
  }
}
