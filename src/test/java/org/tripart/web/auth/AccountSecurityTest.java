package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Password changes and disabled accounts over real HTTP on SQLite: which sessions and tokens keep
 * working afterwards, which requests are refused and how, and what the audit trail records. Each
 * test uses users of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountSecurityTest {
  private static final String PASSWORD = "correct horse battery";
  private static final String NEW_PASSWORD = "a quite different one";

  private Client client;
  private String ownerToken;

  @BeforeAll
  void start() {
    client = new Client();
    client.createUser("owner@example.org", PASSWORD);
    client.addMember(client.adminToken, Client.STUDY, "owner@example.org", "OWNER");
    ownerToken = client.token(client.signIn("owner@example.org", PASSWORD));
  }

  @AfterAll
  void stop() {
    client.close();
  }

  /** A new member (viewer) of the study, so that the study's owner reads its audit rows. */
  private long member(String email) {
    long id = client.createUser(email, PASSWORD);
    client.addMember(ownerToken, Client.STUDY, email, "VIEWER");
    return id;
  }

  private int me(String credential) {
    return client.json(credential, "GET", "/api/me", null).statusCode();
  }

  private HttpResponse<String> change(String credential, String current, String next) {
    String body = "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}";
    return client.json(credential, "POST", "/api/me/password", body);
  }

  private List<String> audited(String target) {
    List<String> out = new ArrayList<>();
    HttpResponse<String> r =
        client.json(ownerToken, "GET", "/api/studies/" + Client.STUDY + "/audit", null);
    Client.parse(r)
        .forEach(
            e -> {
              if (target.equals(e.path("target").asText())) {
                out.add(e.get("action").asText());
              }
            });
    return out;
  }

  private static List<String> pointers(HttpResponse<String> r) {
    List<String> out = new ArrayList<>();
    Client.parse(r).get("errors").forEach(e -> out.add(e.get("pointer").asText()));
    return out;
  }

  @Test
  void aPasswordChangeEndsTheUsersOtherSessionsButNotTheCurrentOneNorItsTokens() {
    member("ana@example.org");
    String current = client.signIn("ana@example.org", PASSWORD);
    String other = client.signIn("ana@example.org", PASSWORD);
    String token = client.token(current);

    HttpResponse<String> r = change("cookie:" + current, PASSWORD, NEW_PASSWORD);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
    assertThat(me("cookie:" + current)).isEqualTo(200);
    assertThat(me("cookie:" + other)).isEqualTo(401);
    assertThat(me(token)).isEqualTo(200);
    assertThat(client.postSignIn(client.signInForm(), "ana@example.org", PASSWORD).statusCode())
        .isEqualTo(401);
    assertThat(client.signIn("ana@example.org", NEW_PASSWORD)).isNotEmpty();
    assertThat(audited("ana@example.org")).contains("user.password");
  }

  @Test
  void aPasswordChangeMadeWithATokenEndsEverySession() {
    member("bo@example.org");
    String session = client.signIn("bo@example.org", PASSWORD);
    String token = client.token(session);

    assertThat(change(token, PASSWORD, NEW_PASSWORD).statusCode()).isEqualTo(204);

    assertThat(me("cookie:" + session)).isEqualTo(401);
    assertThat(me(token)).isEqualTo(200);
  }

  @Test
  void aWrongCurrentPasswordIsForbiddenChangesNothingAndIsAudited() {
    member("cy@example.org");
    String session = client.signIn("cy@example.org", PASSWORD);

    HttpResponse<String> r = change("cookie:" + session, "not my password", NEW_PASSWORD);

    assertThat(r.statusCode()).isEqualTo(403);
    JsonNode problem = Client.parse(r);
    assertThat(problem.get("code").asText()).isEqualTo("TRP-0816");
    assertThat(problem.get("detail").asText()).contains("current password is wrong");
    assertThat(client.signIn("cy@example.org", PASSWORD)).isNotEmpty();
    assertThat(me("cookie:" + session)).isEqualTo(200);
    assertThat(audited("cy@example.org"))
        .contains("user.password.failure")
        .doesNotContain("user.password");
  }

  @Test
  void aWeakMissingOrUnchangedNewPasswordIsNamedByItsField() {
    member("di@example.org");
    String session = "cookie:" + client.signIn("di@example.org", PASSWORD);

    HttpResponse<String> weak = change(session, PASSWORD, "short");
    HttpResponse<String> same = change(session, PASSWORD, PASSWORD);
    HttpResponse<String> missing =
        client.json(
            session, "POST", "/api/me/password", "{\"newPassword\":\"" + NEW_PASSWORD + "\"}");

    assertThat(weak.statusCode()).isEqualTo(422);
    assertThat(pointers(weak)).containsExactly("/newPassword");
    assertThat(Client.parse(weak).get("errors").get(0).get("message").asText())
        .contains("at least 10 characters");
    assertThat(same.statusCode()).isEqualTo(422);
    assertThat(pointers(same)).containsExactly("/newPassword");
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(pointers(missing)).containsExactly("/currentPassword");
    assertThat(client.signIn("di@example.org", PASSWORD)).isNotEmpty();
  }

  @Test
  void theAdminTokenHasNoPasswordAndAnonymousCallersAreUnauthenticated() {
    assertThat(change(client.adminToken, PASSWORD, NEW_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(change(null, PASSWORD, NEW_PASSWORD).statusCode()).isEqualTo(401);
  }

  @Test
  void aDisabledUserCannotSignInNorUseItsSessionsOrTokensAndEnablingRevivesOnlyTheTokens() {
    long id = member("ed@example.org");
    String session = client.signIn("ed@example.org", PASSWORD);
    String token = client.token(session);

    HttpResponse<String> disabled =
        client.json(client.adminToken, "POST", "/api/users/" + id + "/disable", null);

    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    assertThat(Client.parse(disabled).get("disabled").asBoolean()).isTrue();
    assertThat(me("cookie:" + session)).isEqualTo(401);
    assertThat(me(token)).isEqualTo(401);
    assertThat(client.postSignIn(client.signInForm(), "ed@example.org", PASSWORD).statusCode())
        .isEqualTo(401);

    HttpResponse<String> enabled =
        client.json(client.adminToken, "POST", "/api/users/" + id + "/enable", null);

    assertThat(enabled.statusCode()).isEqualTo(200);
    assertThat(Client.parse(enabled).get("disabled").asBoolean()).isFalse();
    assertThat(me(token)).isEqualTo(200);
    assertThat(me("cookie:" + session)).isEqualTo(401);
    assertThat(client.signIn("ed@example.org", PASSWORD)).isNotEmpty();
    assertThat(audited("ed@example.org")).containsSubsequence("user.disable", "user.enable");
  }

  @Test
  void onlyTheAdminTokenDisablesUsersAndAnUnknownUserIsNotFound() {
    long id = member("fay@example.org");

    HttpResponse<String> byOwner =
        client.json(ownerToken, "POST", "/api/users/" + id + "/disable", null);

    assertThat(byOwner.statusCode()).isEqualTo(403);
    assertThat(client.json(null, "POST", "/api/users/" + id + "/disable", null).statusCode())
        .isEqualTo(401);
    assertThat(
            client.json(client.adminToken, "POST", "/api/users/999999/disable", null).statusCode())
        .isEqualTo(404);
    assertThat(client.json(client.adminToken, "POST", "/api/users/x/enable", null).statusCode())
        .isEqualTo(404);
    assertThat(client.signIn("fay@example.org", PASSWORD)).isNotEmpty();
  }
}
