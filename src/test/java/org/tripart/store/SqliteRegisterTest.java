package org.tripart.store;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** Registers of every sector on an SQLite file. */
class SqliteRegisterTest extends RegisterContractTest {
  @TempDir Path folder;

  @Override
  String location() {
    return folder.resolve("tripart.sqlite").toString();
  }

  @Override
  List<String> refuseAuditRows() {
    return List.of(
        "CREATE TRIGGER audit_log_refused BEFORE INSERT ON audit_log"
            + " BEGIN SELECT RAISE(ABORT, 'audit rows refused by the test'); END");
  }
}
