package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.store.AuditEntry;
import org.tripart.store.StudyRole;

/**
 * Over real HTTP on a server's SQLite file: when the database refuses audit rows (a trigger added
 * to the file from another connection, as a full or broken log table would), a change is answered
 * 503 and not stored, and an export is answered 503 problem+json with nothing of the file sent;
 * when the log works again, each change leaves exactly one row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTogetherTest {
  private static final String PASSWORD = "correct horse battery";
  private static final String S = "/api/studies/" + Client.STUDY;

  private Client client;
  private String ownerToken;
  private long viewer;

  @BeforeAll
  void start() {
    client = new Client();
    client.createUser("owner@example.org", PASSWORD);
    client.addMember(client.adminToken, Client.STUDY, "owner@example.org", "OWNER");
    ownerToken = client.token(client.signIn("owner@example.org", PASSWORD));
    viewer = client.createUser("viewer@example.org", PASSWORD);
    client.addMember(ownerToken, Client.STUDY, "viewer@example.org", "VIEWER");
  }

  @AfterAll
  void stop() {
    client.close();
  }

  @AfterEach
  void logWorksAgain() throws SQLException {
    sql("DROP TRIGGER IF EXISTS audit_log_refused");
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + client.db);
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private void databaseRefusesAuditRows() throws SQLException {
    sql(
        "CREATE TRIGGER audit_log_refused BEFORE INSERT ON audit_log"
            + " BEGIN SELECT RAISE(ABORT, 'audit log refused by the test'); END");
  }

  private List<AuditEntry> rows(String action) {
    return client.server.store().audit(Client.STUDY).stream()
        .filter(e -> e.action().equals(action))
        .toList();
  }

  private static void assertRefusedUnsent(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(r.headers().firstValue("Content-Disposition")).isEmpty();
    assertThat(Client.parse(r).get("code").asText()).isEqualTo("TRP-0700");
  }

  @Test
  void aStudyChangeWhoseAuditRowIsRefusedIsNotStoredAndANormalOneLeavesOneRow()
      throws SQLException {
    int before = client.server.store().study(Client.STUDY).orElseThrow().suppressionThreshold();
    int wanted = before + 3;
    databaseRefusesAuditRows();

    HttpResponse<String> refused =
        client.json(ownerToken, "PATCH", S, "{\"suppressionThreshold\":" + wanted + "}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(client.server.store().study(Client.STUDY).orElseThrow().suppressionThreshold())
        .isEqualTo(before);
    logWorksAgain();
    HttpResponse<String> done =
        client.json(ownerToken, "PATCH", S, "{\"suppressionThreshold\":" + wanted + "}");

    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(rows("study.update"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.detailJson())
                    .isEqualTo(
                        "{\"before\":{\"suppressionThreshold\":"
                            + before
                            + "},\"after\":{\"suppressionThreshold\":"
                            + wanted
                            + "}}"));
    client.json(ownerToken, "PATCH", S, "{\"suppressionThreshold\":" + before + "}");
  }

  @Test
  void aMemberChangeWhoseAuditRowIsRefusedChangesNoRole() throws SQLException {
    databaseRefusesAuditRows();

    HttpResponse<String> r =
        client.json(
            ownerToken,
            "POST",
            S + "/members",
            "{\"email\":\"viewer@example.org\",\"role\":\"ANALYST\"}");
    HttpResponse<String> gone = client.json(ownerToken, "DELETE", S + "/members/" + viewer, null);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
    assertThat(gone.statusCode()).as(gone.body()).isEqualTo(503);
    assertThat(client.server.store().role(viewer, Client.STUDY)).hasValue(StudyRole.VIEWER);
  }

  @Test
  void anInvitationBatchWhoseAuditRowIsRefusedStoresNoInvitation() throws SQLException {
    databaseRefusesAuditRows();

    HttpResponse<String> r =
        client.json(
            ownerToken,
            "POST",
            S + "/invitations",
            "{\"group\":\"research\",\"count\":2,\"batch\":\"refused\"}");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
    assertThat(client.server.store().invitation("refused-1")).isEmpty();
    assertThat(client.json(ownerToken, "GET", S + "/invitations/refused.csv", null).statusCode())
        .isEqualTo(410);
  }

  @Test
  void exportsWhoseAuditRowIsRefusedSendNothingAndTheLinksStayForAnotherTry() throws SQLException {
    HttpResponse<String> batch =
        client.json(
            ownerToken,
            "POST",
            S + "/invitations",
            "{\"group\":\"research\",\"count\":1,\"batch\":\"kept\"}");
    assertThat(batch.statusCode()).as(batch.body()).isEqualTo(201);
    assertThat(rows("invitations.create"))
        .extracting(AuditEntry::target, AuditEntry::detailJson)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("kept", "{\"group\":\"research\",\"count\":1}"));
    databaseRefusesAuditRows();

    assertRefusedUnsent(client.json(ownerToken, "GET", S + "/invitations/kept.csv", null));
    assertRefusedUnsent(client.json(ownerToken, "GET", S + "/responses?group=research", null));
    assertRefusedUnsent(client.json(ownerToken, "GET", S + "/microdata.csv?group=research", null));
    assertRefusedUnsent(client.json(ownerToken, "GET", S + "/audit.csv", null));
    logWorksAgain();
    HttpResponse<String> links = client.json(ownerToken, "GET", S + "/invitations/kept.csv", null);

    assertThat(links.statusCode()).as(links.body()).isEqualTo(200);
    assertThat(links.body()).startsWith("invitation_id,").contains("kept-1,");
    assertThat(rows("export.invitationLinks"))
        .singleElement()
        .extracting(AuditEntry::target)
        .isEqualTo("kept");
    assertThat(rows("export.responses")).isEmpty();
    assertThat(rows("export.microdata")).isEmpty();
    assertThat(rows("export.audit")).isEmpty();
  }
}
