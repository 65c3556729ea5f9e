package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

  @Test
  void submissionsAfterTheWritersConnectionsWereKilledAreStored() throws SQLException {
    Store store = withStudy(open());
    store.createInvitations(
        STUDY, "clinician", "wave1", List.of(invitation("a", null), invitation("b", null)));
    store.submit("a", answers("yes"), null);
    long killed;
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
      rows.next();
      killed = rows.getLong(1);
    }

    SubmitResult b = store.submit("b", answers("no"), null);

    assertThat(killed).isPositive();
    assertThat(b.outcome()).isEqualTo(SubmitOutcome.ACCEPTED);
    assertThat(count("SELECT COUNT(*) FROM responses WHERE submitted_at IS NOT NULL")).isEqualTo(2);
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }
}
