package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tripart.store.StudyRole;

/**
 * A study always keeps an enabled owner, over real HTTP: removing or demoting its last owner and
 * disabling the only owner of a study are answered 409 problem+json naming the study, change
 * nothing and write no audit row; with a second owner the same requests succeed.
 */
class OwnersKeptTest {
  private static final String PASSWORD = "correct horse battery";
  private static final String S = "/api/studies/" + Client.STUDY;

  private Client client;
  private long ana;

  @BeforeEach
  void start() {
    client = new Client();
    ana = client.createUser("ana@example.org", PASSWORD);
    client.addMember(client.adminToken, Client.STUDY, "ana@example.org", "OWNER");
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private long auditRows() {
    return client.server.store().audit(Client.STUDY).stream()
        .filter(e -> !e.action().startsWith("signin"))
        .count();
  }

  private static JsonNode conflict(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = Client.parse(r);
    assertThat(p.get("code").asText()).isEqualTo("TRP-0813");
    return p;
  }

  @Test
  void removingOrDemotingTheLastOwnerIsRefusedNamingTheStudyAndChangesNothing() {
    long rows = auditRows();

    JsonNode removed =
        conflict(client.json(client.adminToken, "DELETE", S + "/members/" + ana, null));
    JsonNode demoted =
        conflict(
            client.json(
                client.adminToken,
                "POST",
                S + "/members",
                "{\"email\":\"ana@example.org\",\"role\":\"ANALYST\"}"));

    assertThat(removed.get("detail").asText())
        .contains("study '" + Client.STUDY + "'")
        .contains("nothing was changed");
    assertThat(demoted.get("detail").asText()).contains("'" + Client.STUDY + "'");
    assertThat(client.server.store().role(ana, Client.STUDY)).hasValue(StudyRole.OWNER);
    assertThat(auditRows()).isEqualTo(rows);
  }

  @Test
  void disablingTheOnlyOwnerIsRefusedNamingTheStudyAndTheUserStaysEnabled() {
    String token = client.token(client.signIn("ana@example.org", PASSWORD));
    long rows = auditRows();

    JsonNode refused =
        conflict(client.json(client.adminToken, "POST", "/api/users/" + ana + "/disable", null));

    assertThat(refused.get("detail").asText())
        .contains("user " + ana)
        .contains("study '" + Client.STUDY + "'")
        .contains("not disabled");
    assertThat(client.server.store().user(ana).orElseThrow().disabled()).isFalse();
    assertThat(client.json(token, "GET", "/api/me", null).statusCode()).isEqualTo(200);
    assertThat(auditRows()).isEqualTo(rows);
  }

  @Test
  void withASecondOwnerTheFirstIsDemotedAndThenTheSecondCannotBeDisabled() {
    long bob = client.createUser("bob@example.org", PASSWORD);
    client.addMember(client.adminToken, Client.STUDY, "bob@example.org", "OWNER");

    HttpResponse<String> demoted =
        client.json(
            client.adminToken,
            "POST",
            S + "/members",
            "{\"email\":\"ana@example.org\",\"role\":\"VIEWER\"}");

    assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(200);
    assertThat(client.server.store().role(ana, Client.STUDY)).hasValue(StudyRole.VIEWER);
    conflict(client.json(client.adminToken, "POST", "/api/users/" + bob + "/disable", null));
    HttpResponse<String> disabled =
        client.json(client.adminToken, "POST", "/api/users/" + ana + "/disable", null);
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
  }
}
