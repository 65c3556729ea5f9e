package org.tripart.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Accounts and the audit log on an SQLite file. */
class SqliteAccountsTest extends AccountsContractTest {
  @TempDir Path folder;

  @Override
  String location() {
    return folder.resolve("tripart.sqlite").toString();
  }
}
