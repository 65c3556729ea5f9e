package org.tripart.web;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.tripart.store.SharedPostgres;

/** The API on PostgreSQL (a test server started as the store tests start theirs). */
class PostgresApiTest extends ApiContractTest {
  @Override
  String db(Path dataDir) {
    Assumptions.assumeFalse(
        "1".equals(System.getenv("TRIPART_SKIP_POSTGRES")) && !SharedPostgres.available(),
        "PostgreSQL binaries are not installed");
    return SharedPostgres.newDatabaseUrl();
  }
}
