package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.store.TokenHashes;

/** Sign-in, sessions, tokens, members and the audit trail over real HTTP on SQLite. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountFlowTest {
  private static final String PASSWORD = "correct horse battery";
  private static final Pattern ERROR =
      Pattern.compile("<p class=\"error\" role=\"alert\">([^<]*)</p>");
  private Client client;
  private long ownerId;

  @BeforeAll
  void start() {
    client = new Client();
    ownerId = client.createUser("owner@example.org", PASSWORD);
    client.addMember(client.adminToken, Client.STUDY, "owner@example.org", "OWNER");
  }

  /** A new owner of the study (each test signs in its own users: sign-in is limited per email). */
  private long owner(String email) {
    long id = client.createUser(email, PASSWORD);
    client.addMember(client.adminToken, Client.STUDY, email, "OWNER");
    return id;
  }

  @AfterAll
  void stop() {
    client.close();
  }

  private static String error(HttpResponse<String> r) {
    Matcher m = ERROR.matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return m.group(1);
  }

  @Test
  void theSessionCookieIsHttpOnlySameSiteStrictAndSecureOnlyOverHttps() {
    owner("cookie@example.org");
    HttpResponse<String> plain =
        client.postSignIn(client.signInForm(), "cookie@example.org", PASSWORD);
    String cookie = Client.setCookie(plain, "tripart_session").orElseThrow();

    assertThat(plain.statusCode()).isEqualTo(303);
    assertThat(plain.headers().firstValue("Location")).hasValue("/fieldwork/" + Client.STUDY);
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(cookie).contains("Path=/").containsIgnoringCase("Max-Age=28800");
    assertThat(cookie).doesNotContainIgnoringCase("Secure");

    String[] form = client.signInForm();
    HttpResponse<String> proxied =
        client.send(
            client
                .request("/signin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-Proto", "https")
                .header("Cookie", "tripart_signin=" + form[1])
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "email=cookie%40example.org&password=correct+horse+battery&csrf="
                            + form[0])));
    assertThat(Client.setCookie(proxied, "tripart_session").orElseThrow())
        .containsIgnoringCase("; Secure");
  }

  @Test
  void aSignInWithoutTheFormsCsrfTokenIsRefusedAndStartsNoSession() {
    String[] form = client.signInForm();
    HttpResponse<String> noNonce =
        client.postSignIn(new String[] {form[0], null}, "owner@example.org", PASSWORD);
    HttpResponse<String> forged =
        client.postSignIn(new String[] {"forged", form[1]}, "owner@example.org", PASSWORD);

    for (HttpResponse<String> r : List.of(noNonce, forged)) {
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(Client.setCookie(r, "tripart_session")).isEmpty();
    }
  }

  @Test
  void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
    client.createUser("same@example.org", PASSWORD);
    HttpResponse<String> wrong =
        client.postSignIn(client.signInForm(), "same@example.org", "nope nope nope");
    HttpResponse<String> unknown =
        client.postSignIn(client.signInForm(), "ghost@example.org", "nope nope nope");

    assertThat(wrong.statusCode()).isEqualTo(401).isEqualTo(unknown.statusCode());
    assertThat(error(wrong))
        .isEqualTo(error(unknown))
        .isEqualTo("The email or password is not correct.");
    assertThat(Client.setCookie(wrong, "tripart_session")).isEmpty();
  }

  @Test
  void theSignInFormSpeaksChinese() {
    HttpResponse<String> r = client.send(client.request("/signin?lang=zh").GET());

    assertThat(r.body()).contains("lang=\"zh-CN\"").contains("密码").contains("登录");
  }

  @Test
  void afterFiveAttemptsOnOneAccountEvenTheRightPasswordWaits() {
    client.createUser("target@example.org", PASSWORD);
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> r =
          client.postSignIn(client.signInForm(), "target@example.org", "guess " + i + " wrong");
      assertThat(r.statusCode()).isEqualTo(401);
    }
    HttpResponse<String> limited =
        client.postSignIn(client.signInForm(), "TARGET@example.org", PASSWORD);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(Client.setCookie(limited, "tripart_session")).isEmpty();
  }

  @Test
  void aRevokedTokenStopsWorkingAndOnlyItsOwnerRevokesIt() {
    owner("revoker@example.org");
    String session = client.signIn("revoker@example.org", PASSWORD);
    String token = client.token(session);
    long id =
        Client.parse(client.json("cookie:" + session, "GET", "/api/me/tokens", null))
            .findValues("id")
            .stream()
            .mapToLong(JsonNode::asLong)
            .max()
            .orElseThrow();
    client.createUser("mallory@example.org", PASSWORD);
    String mallory = client.signIn("mallory@example.org", PASSWORD);

    assertThat(client.json(token, "GET", "/api/me", null).statusCode()).isEqualTo(200);
    assertThat(
            client.json("cookie:" + mallory, "DELETE", "/api/me/tokens/" + id, null).statusCode())
        .isEqualTo(404);
    assertThat(client.json(token, "GET", "/api/me", null).statusCode()).isEqualTo(200);
    assertThat(
            client.json("cookie:" + session, "DELETE", "/api/me/tokens/" + id, null).statusCode())
        .isEqualTo(204);
    assertThat(client.json(token, "GET", "/api/me", null).statusCode()).isEqualTo(401);
  }

  @Test
  void anExpiredSessionAndASignedOutSessionStopWorking() {
    String expired = TokenHashes.newToken();
    client
        .server
        .store()
        .createSession(TokenHashes.hash(expired), ownerId, Instant.now().minusSeconds(1));
    owner("expiry@example.org");
    String current = client.signIn("expiry@example.org", PASSWORD);

    assertThat(client.json("cookie:" + expired, "GET", "/api/me", null).statusCode())
        .isEqualTo(401);
    assertThat(client.json("cookie:" + current, "GET", "/api/me", null).statusCode())
        .isEqualTo(200);
    HttpResponse<String> out = client.send("cookie:" + current, "POST", "/signout", null, null);
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(Client.setCookie(out, "tripart_session").orElseThrow())
        .contains("Expires=Thu, 01 Jan 1970");
    assertThat(client.json("cookie:" + current, "GET", "/api/me", null).statusCode())
        .isEqualTo(401);
  }

  @Test
  void theLastOwnerCannotLeaveOrBeDemoted() {
    client.server.store().createStudy("solo", "{\"en\":\"Solo\"}");
    long solo = client.createUser("solo@example.org", PASSWORD);
    client.addMember(client.adminToken, "solo", "solo@example.org", "OWNER");
    HttpResponse<String> demote =
        client.json(
            client.adminToken,
            "POST",
            "/api/studies/solo/members",
            "{\"email\":\"solo@example.org\",\"role\":\"VIEWER\"}");
    HttpResponse<String> remove =
        client.json(client.adminToken, "DELETE", "/api/studies/solo/members/" + solo, null);

    assertThat(demote.statusCode()).isEqualTo(409);
    assertThat(remove.statusCode()).isEqualTo(409);
    assertThat(Client.parse(remove).get("code").asText()).isEqualTo("TRP-0813");
    assertThat(client.server.store().role(solo, "solo"))
        .hasValue(org.tripart.store.StudyRole.OWNER);
  }

  @Test
  void everyAuditedActionIsRecordedWithWhoWhenWhatAndWhere() {
    Instant before = Instant.now().minusSeconds(1);
    long auditor = owner("auditor@example.org");
    client.createUser("audited@example.org", PASSWORD);
    client.postSignIn(client.signInForm(), "auditor@example.org", "wrong password!");
    String session = client.signIn("auditor@example.org", PASSWORD);
    String owner = "cookie:" + session;
    client.addMember(owner, Client.STUDY, "audited@example.org", "ANALYST");
    String csv = "id,name,province_code,tier,type\nH900,Audit Hospital,44,tertiary,hospital\n";
    assertThat(
            client
                .send(
                    owner,
                    "POST",
                    "/api/studies/" + Client.STUDY + "/institutions",
                    "text/csv",
                    csv)
                .statusCode())
        .isEqualTo(201);
    assertThat(
            client
                .json(
                    owner,
                    "POST",
                    "/api/studies/" + Client.STUDY + "/invitations",
                    "{\"group\":\"research\",\"count\":2,\"batch\":\"audit-b1\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            client
                .json(
                    owner,
                    "GET",
                    "/api/studies/" + Client.STUDY + "/invitations/audit-b1.csv",
                    null)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            client
                .json(
                    owner,
                    "GET",
                    "/api/studies/" + Client.STUDY + "/responses?group=research",
                    null)
                .statusCode())
        .isEqualTo(200);
    String token = client.token(session);
    client.json(
        owner,
        "DELETE",
        "/api/studies/"
            + Client.STUDY
            + "/members/"
            + client.server.store().userByEmail("audited@example.org").orElseThrow().id(),
        null);
    assertThat(
            client
                .json(token, "GET", "/api/studies/" + Client.STUDY + "/audit.csv", null)
                .statusCode())
        .isEqualTo(200);
    client.send(owner, "POST", "/signout", null, null);

    JsonNode rows =
        Client.parse(client.json(token, "GET", "/api/studies/" + Client.STUDY + "/audit", null));
    List<String> mine = new ArrayList<>();
    String actor = "user:" + auditor;
    for (JsonNode row : rows) {
      if (Instant.parse(row.get("at").asText()).isBefore(before)) {
        continue;
      }
      assertThat(row.get("ip").asText()).isEqualTo("127.0.0.1");
      assertThat(row.get("userAgent").asText()).isNotEmpty();
      if (row.get("actor").asText().equals(actor)) {
        mine.add(row.get("action").asText());
      } else if (row.get("action").asText().equals("signin.failure")) {
        mine.add("failure of " + row.get("target").asText());
      }
    }

    assertThat(mine)
        .containsSubsequence(
            "failure of auditor@example.org",
            "signin.success",
            "member.set",
            "institutions.import",
            "invitations.create",
            "export.invitationLinks",
            "export.responses",
            "token.create",
            "member.remove",
            "export.audit",
            "signout");
  }
}
