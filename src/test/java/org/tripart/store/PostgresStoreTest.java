package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripart.store.StoreContractTest.STUDY;
import static org.tripart.store.StoreContractTest.answers;
import static org.tripart.store.StoreContractTest.invitation;
import static org.tripart.store.StoreContractTest.withStudy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only the PostgreSQL store has, a fresh database per test; the behaviour both share is {@link
 * StoreContractTest}'s.
 */
class PostgresStoreTest {
  private String url;
  private final List<Store> opened = new ArrayList<>();

  @BeforeEach
  void freshDatabase() {
    url = Database.POSTGRESQL.freshLocation(null);
  }

  @AfterEach
  void closeStores() {
    opened.forEach(Store::close);
  }

  private Store open() {
    Store store = Stores.open(url);
    opened.add(store);
    return store;
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void submissionsAfterTheWritersConnectionsWereKilledAreStored() throws SQLException {
    Store store = withStudy(open());
    store.createInvitations(
        STUDY, "clinician", "wave1", List.of(invitation("a", null), invitation("b", null)));
    store.submit("a", answers("yes"), 1, null);
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

    SubmitResult b = store.submit("b", answers("no"), 1, null);

    assertThat(killed).isPositive();
    assertThat(b.outcome()).isEqualTo(SubmitOutcome.ACCEPTED);
    assertThat(count("SELECT COUNT(*) FROM responses WHERE submitted_at IS NOT NULL")).isEqualTo(2);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  @Test
  void fourWriterThreadsStoreEveryConcurrentDraftAndSubmissionOnceWithoutDeadlock()
      throws Exception {
    Store store = Stores.open(url, 4);
    try {
      withStudy(store);
      List<NewInvitation> invitations = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        invitations.add(invitation("inv" + i, null));
      }
      store.createInvitations(STUDY, "clinician", "wave1", invitations);
      List<Callable<Object>> calls = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        ResponseKey key = ResponseKey.invitation("inv" + i);
        String draft = answers("draft" + i);
        String last = answers("final" + i);
        calls.add(() -> store.saveDraftAsync(key, draft, 1).join());
        calls.add(() -> store.submitAsync(key, last, 1, "k" + key).join());
        calls.add(() -> store.submitAsync(key, last, 1, "k" + key).join());
        calls.add(() -> store.saveDraftAsync(key, draft, 1).join());
      }
      Collections.shuffle(calls, new Random(7));
      ExecutorService pool = Executors.newFixedThreadPool(64);
      List<Future<Object>> done = pool.invokeAll(calls);
      pool.shutdown();
      for (Future<Object> f : done) {
        f.get();
      }

      try (Stream<StoredResponse> stored = store.finalResponses(STUDY, "clinician")) {
        assertThat(
                stored.collect(
                    Collectors.toMap(StoredResponse::invitationId, StoredResponse::answersJson)))
            .hasSize(100)
            .allSatisfy(
                (id, json) -> assertThat(json).isEqualTo(answers("final" + id.substring(3))));
      }
    } finally {
      store.close();
    }
  }
}
