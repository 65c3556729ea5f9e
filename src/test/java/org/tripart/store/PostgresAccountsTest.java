package org.tripart.store;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts and the audit log on a real PostgreSQL server, a fresh database per test. */
@ExtendWith(PostgresExtension.class)
class PostgresAccountsTest extends AccountsContractTest {
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
