package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tripart.store.AuditEntry;
import org.tripart.store.ResponseKey;
import org.tripart.store.Store;
import org.tripart.store.StoredResponse;

/**
 * Checks a store against the {@link ClientLedger} of the clients that wrote to it through HTTP:
 *
 * <ul>
 *   <li>every acknowledged submission is stored final, its answers equal to the body acknowledged;
 *   <li>no invitation has two responses, and invitation status agrees with the responses (completed
 *       exactly when a final response is stored, started when only a draft is);
 *   <li>every stored final response equals one body sent for its invitation (nothing half there,
 *       nothing that was not sent);
 *   <li>every draft is still a draft, equal to its latest acknowledged body or one sent after it;
 *   <li>the audit log is intact: ids strictly increasing, every detail a JSON object, an {@code
 *       invitations.create} row for exactly the batches stored (each acknowledged batch stored
 *       whole with exactly one row, no row without its invitations), and the database still refuses
 *       to update or delete its rows.
 * </ul>
 *
 * Not thread-safe; run it once the clients have stopped and the servers are gone.
 */
final class LedgerCheck {
  private LedgerCheck() {}

  /**
   * Runs every check; fails with the first broken one.
   *
   * @param jdbcUrl the store's JDBC URL (for the checks under the API)
   * @return the number of final responses stored
   */
  static int verify(Store store, String jdbcUrl, ClientLedger ledger) throws Exception {
    Map<String, String> finals = new HashMap<>();
    for (StoredResponse r : Fixture.finals(store)) {
      assertThat(finals.put(r.invitationId(), r.answersJson()))
          .as("invitation %s has two final responses", r.invitationId())
          .isNull();
    }
    for (Map.Entry<String, String> e : ledger.submissionsAcked.entrySet()) {
      assertThat(finals)
          .as("acknowledged submission of %s is stored", e.getKey())
          .containsKey(e.getKey());
      assertThat(tree(finals.get(e.getKey())))
          .as("acknowledged submission of %s is stored whole", e.getKey())
          .isEqualTo(tree(e.getValue()));
    }
    for (Map.Entry<String, String> e : finals.entrySet()) {
      if (ledger.draftsSent.containsKey(e.getKey())) {
        throw new AssertionError("the draft invitation " + e.getKey() + " became final");
      }
      List<String> sent = ledger.submissionsSent.get(e.getKey());
      assertThat(sent).as("the final response of %s was sent", e.getKey()).isNotNull();
      assertThat(indexOf(sent, e.getValue()))
          .as("the final response of %s equals a body sent for it", e.getKey())
          .isNotNegative();
    }
    for (Map.Entry<String, List<String>> e : ledger.draftsSent.entrySet()) {
      Optional<StoredResponse> stored = store.response(ResponseKey.invitation(e.getKey()));
      Integer acked = ledger.draftsAcked.get(e.getKey());
      if (acked == null && stored.isEmpty()) {
        continue;
      }
      assertThat(stored).as("the acknowledged draft of %s is stored", e.getKey()).isPresent();
      assertThat(stored.get().isFinal()).as("draft of %s", e.getKey()).isFalse();
      List<String> sent = e.getValue();
      int from = acked == null ? 0 : acked;
      assertThat(indexOf(sent.subList(from, sent.size()), stored.get().answersJson()))
          .as("the draft of %s is its latest acknowledged one or one sent after it", e.getKey())
          .isNotNegative();
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl)) {
      statusAgrees(c);
      auditIntact(store, c, ledger);
    }
    return finals.size();
  }

  private static void statusAgrees(Connection c) throws Exception {
    assertThat(
            count(
                c,
                "SELECT count(*) FROM invitations i WHERE (i.status = 'completed') <> EXISTS"
                    + " (SELECT 1 FROM responses r WHERE r.invitation_id = i.id AND r.submitted_at"
                    + " IS NOT NULL)"))
        .as("invitations whose status 'completed' disagrees with their final response")
        .isZero();
    assertThat(
            count(
                c,
                "SELECT count(*) FROM invitations i WHERE (i.status = 'invited') <> NOT EXISTS"
                    + " (SELECT 1 FROM responses r WHERE r.invitation_id = i.id)"))
        .as("invitations whose status 'invited' disagrees with their having no response")
        .isZero();
    assertThat(
            count(
                c,
                "SELECT count(*) FROM (SELECT invitation_id FROM responses WHERE invitation_id IS"
                    + " NOT NULL GROUP BY invitation_id HAVING count(*) > 1) d"))
        .as("invitations with two responses")
        .isZero();
  }

  private static void auditIntact(Store store, Connection c, ClientLedger ledger) throws Exception {
    List<AuditEntry> entries = store.audit(Fixture.STUDY);
    long last = Long.MIN_VALUE;
    Map<String, Integer> created = new HashMap<>();
    for (AuditEntry e : entries) {
      assertThat(e.id()).as("audit ids increase").isGreaterThan(last);
      last = e.id();
      assertThat(tree(e.detailJson()).isObject()).as("detail of audit row %d", e.id()).isTrue();
      if (e.action().equals("invitations.create")) {
        assertThat(created.put(e.target(), tree(e.detailJson()).get("count").asInt()))
            .as("batch %s has one audit row", e.target())
            .isNull();
      }
    }
    Set<String> batches = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT b.id, (SELECT count(*) FROM invitations i WHERE i.study_id = b.study_id"
                    + " AND i.batch_id = b.id) FROM invitation_batches b WHERE b.study_id = '"
                    + Fixture.STUDY
                    + "' AND b.id LIKE 'loop-%'")) {
      while (rs.next()) {
        String batch = rs.getString(1);
        batches.add(batch);
        assertThat(created).as("stored batch %s has its audit row", batch).containsKey(batch);
        assertThat(rs.getInt(2))
            .as("batch %s is stored whole", batch)
            .isEqualTo(created.get(batch));
        assertThat(ledger.batchesSent).as("batch %s was sent", batch).containsKey(batch);
      }
    }
    for (String batch : created.keySet()) {
      if (batch != null && batch.startsWith("loop-")) {
        assertThat(batches).as("audit row of %s has its invitations", batch).contains(batch);
      }
    }
    for (Map.Entry<String, Integer> e : ledger.batchesAcked.entrySet()) {
      assertThat(created.get(e.getKey()))
          .as("acknowledged batch %s is in the audit log with its count", e.getKey())
          .isEqualTo(e.getValue());
    }
    for (String change :
        List.of("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log WHERE id > 0")) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.executeUpdate(change))
            .as("the audit log refuses: %s", change)
            .isInstanceOf(java.sql.SQLException.class);
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int indexOf(List<String> sent, String stored) throws Exception {
    JsonNode target = tree(stored);
    List<String> copy;
    synchronized (sent) {
      copy = new ArrayList<>(sent);
    }
    for (int i = 0; i < copy.size(); i++) {
      if (tree(copy.get(i)).equals(target)) {
        return i;
      }
    }
    return -1;
  }

  private static JsonNode tree(String json) throws Exception {
    return Answers.JSON.readTree(json);
  }
}
