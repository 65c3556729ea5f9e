package org.tripart.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A study's owners on an SQLite file. */
class SqliteOwnersTest extends OwnersContractTest {
  @TempDir Path folder;

  @Override
  String location() {
    return folder.resolve("tripart.sqlite").toString();
  }
}
