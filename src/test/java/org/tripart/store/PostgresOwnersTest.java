package org.tripart.store;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** A study's owners on a real PostgreSQL server, a fresh database per test. */
@ExtendWith(PostgresExtension.class)
class PostgresOwnersTest extends OwnersContractTest {
  private String url;

  @BeforeEach
  void freshDatabase(PostgresServer server) throws SQLException {
    url = server.newDatabaseUrl();
  }

  @Override
  String location() {
    return url;
  }
}
