package org.tripart.store;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registers of every sector on a real PostgreSQL server, a fresh database per test. */
@ExtendWith(PostgresExtension.class)
class PostgresRegisterTest extends RegisterContractTest {
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
  List<String> refuseAuditRows() {
    return List.of(
        "CREATE FUNCTION audit_log_refused() RETURNS trigger LANGUAGE plpgsql AS"
            + " 'BEGIN RAISE EXCEPTION ''audit rows refused by the test''; END'",
        "CREATE TRIGGER audit_log_refused BEFORE INSERT ON audit_log"
            + " FOR EACH ROW EXECUTE FUNCTION audit_log_refused()");
  }
}
