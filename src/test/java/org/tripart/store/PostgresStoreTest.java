package org.tripart.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store's behaviour on a real PostgreSQL server, a fresh database per test. */
@ExtendWith(PostgresExtension.class)
class PostgresStoreTest extends StoreContractTest {
  private String url;

  @BeforeEach
  void freshDatabase(PostgresServer server) throws SQLException {
    url = server.newDatabaseUrl();
  }

  @Override
  String location() {
    return url;
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }
}
