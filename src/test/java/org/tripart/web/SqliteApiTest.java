package org.tripart.web;

import java.nio.file.Path;

/** The API on the embedded SQLite store. */
class SqliteApiTest extends ApiContractTest {
  @Override
  String db(Path dataDir) {
    return dataDir.resolve("tripart.sqlite").toString();
  }
}
