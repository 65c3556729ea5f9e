package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.store.SharedPostgres;

/**
 * Two {@code tripart serve} processes ({@link ServerProcess}) on one PostgreSQL database, started
 * at the same moment on the empty database with one data folder, behave as one server: the store is
 * migrated and prepared once, a sign-in on one is a session on the other, one response per
 * invitation holds when both are sent the same invitation at once, and a draft saved on one resumes
 * on the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralServersTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private Path dir;
  private String url;
  private ServerProcess a;
  private ServerProcess b;

  @BeforeAll
  void startTwoServersTogetherOnAnEmptyDatabase() throws Exception {
    Assumptions.assumeTrue(
        SharedPostgres.available() || !"1".equals(System.getenv("TRIPART_SKIP_POSTGRES")),
        "PostgreSQL binaries are not installed");
    dir = Files.createTempDirectory("tripart-several");
    url = SharedPostgres.newDatabaseUrl();
    CyclicBarrier together = new CyclicBarrier(2);
    List<CompletableFuture<ServerProcess>> starting = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      starting.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  together.await();
                  return ServerProcess.start(
                      url, dir.resolve("data"), dir.resolve("server-" + name + ".log"));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    a = starting.get(0).join();
    b = starting.get(1).join();
  }

  @AfterAll
  void stop() throws Exception {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
    if (url != null) {
      SharedPostgres.dropDatabase(url);
    }
    if (dir != null) {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void serversStartedTogetherMigrateAndPrepareTheStoreOnceAndShareTheAdminToken() throws Exception {
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(column(c, "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"))
          .containsExactly("1", "2", "3", "4", "5");
      assertThat(column(c, "SELECT id FROM studies")).containsExactly(Fixture.STUDY);
      assertThat(column(c, "SELECT name FROM api_tokens WHERE revoked_at IS NULL"))
          .containsExactly("admin");
      assertThat(column(c, "SELECT count(*) FROM institutions GROUP BY id HAVING count(*) > 1"))
          .isEmpty();
    }
    assertThat(a.adminToken()).isEqualTo(b.adminToken());
    for (ServerProcess s : List.of(a, b)) {
      assertThat(send(s, "/api/studies", "Bearer " + a.adminToken(), null, null).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void aSignInOnOneServerIsASessionOnTheOtherUntilSignedOutThere() throws Exception {
    String email = "several@example.org";
    HttpResponse<String> created =
        send(
            a,
            "/api/users",
            "Bearer " + a.adminToken(),
            "application/json",
            "{\"email\":\"" + email + "\",\"displayName\":\"S\",\"password\":\"correct horse\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    HttpResponse<String> form = send(a, "/signin", null, null, null);
    Matcher csrf = CSRF.matcher(form.body());
    assertThat(csrf.find()).isTrue();
    String nonce = cookie(form, "tripart_signin");
    String body =
        "csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
            + "&email="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password=correct+horse";
    HttpResponse<String> signedIn =
        http.send(
            request(b, "/signin")
                .header("Cookie", "tripart_signin=" + nonce)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
    String session = "tripart_session=" + cookie(signedIn, "tripart_session");

    HttpResponse<String> me = send(a, "/api/me", "cookie:" + session, null, null);
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(json(me).get("email").asText()).isEqualTo(email);

    HttpResponse<String> out =
        http.send(
            request(a, "/signout")
                .header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(send(b, "/api/me", "cookie:" + session, null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void oneInvitationSubmittedToBothServersAtOnceIsStoredOnce() throws Exception {
    List<String> tokens = invite(12);
    for (int t = 0; t < tokens.size(); t++) {
      String token = tokens.get(t);
      int racers = 4;
      CyclicBarrier together = new CyclicBarrier(racers);
      List<CompletableFuture<HttpResponse<String>>> race = new ArrayList<>();
      List<String> bodies = new ArrayList<>();
      for (int r = 0; r < racers; r++) {
        ServerProcess s = r % 2 == 0 ? a : b;
        String answers = Fixture.answers(t * racers + r);
        bodies.add(answers);
        race.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    together.await();
                    return send(
                        s, "/api/respond/" + token + "/submit", null, "application/json", answers);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
      }
      List<Integer> statuses = new ArrayList<>();
      String winner = null;
      for (int r = 0; r < racers; r++) {
        HttpResponse<String> response = race.get(r).join();
        statuses.add(response.statusCode());
        if (response.statusCode() == 201) {
          winner = bodies.get(r);
        }
      }
      assertThat(statuses).as("invitation %d", t).containsOnlyOnce(201);
      assertThat(statuses.stream().filter(s -> s != 201)).containsOnly(409);
      for (ServerProcess s : List.of(a, b)) {
        JsonNode state = json(send(s, "/api/respond/" + token, null, null, null));
        assertThat(state.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(state.get("answers")).isEqualTo(Answers.JSON.readTree(winner));
      }
    }
  }

  @Test
  void aDraftSavedOnOneServerResumesOnTheOther() throws Exception {
    String token = invite(1).get(0);
    String first = Fixture.answers(3);
    String second = Fixture.answers(4);

    HttpResponse<String> saved =
        send(a, "/api/respond/" + token + "/draft", null, "application/json", first, "PUT");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonNode onB = json(send(b, "/api/respond/" + token, null, null, null));
    assertThat(onB.get("answers")).isEqualTo(Answers.JSON.readTree(first));
    assertThat(onB.get("revision").asLong()).isEqualTo(1);

    HttpResponse<String> again =
        send(b, "/api/respond/" + token + "/draft", null, "application/json", second, "PUT");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    JsonNode onA = json(send(a, "/api/respond/" + token, null, null, null));
    assertThat(onA.get("answers")).isEqualTo(Answers.JSON.readTree(second));
    assertThat(onA.get("revision").asLong()).isEqualTo(2);
    assertThat(onA.get("submitted").isNull()).isTrue();
  }

  private List<String> invite(int n) throws Exception {
    HttpResponse<String> r =
        send(
            b,
            "/api/studies/" + Fixture.STUDY + "/invitations",
            "Bearer " + b.adminToken(),
            "application/json",
            "{\"group\":\"" + Fixture.GROUP + "\",\"count\":" + n + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    List<String> tokens = new ArrayList<>();
    for (JsonNode i : json(r).get("invitations")) {
      tokens.add(i.get("token").asText());
    }
    return tokens;
  }

  private HttpRequest.Builder request(ServerProcess s, String path) {
    return HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).timeout(Duration.ofSeconds(60));
  }

  private HttpResponse<String> send(
      ServerProcess s, String path, String credential, String type, String body) throws Exception {
    return send(s, path, credential, type, body, body == null ? "GET" : "POST");
  }

  /** A request with {@code credential}: {@code Bearer TOKEN}, or {@code cookie:NAME=VALUE}. */
  private HttpResponse<String> send(
      ServerProcess s, String path, String credential, String type, String body, String method)
      throws Exception {
    HttpRequest.Builder b = request(s, path);
    if (credential != null && credential.startsWith("cookie:")) {
      b.header("Cookie", credential.substring(7));
    } else if (credential != null) {
      b.header("Authorization", credential);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<String> r, String name) {
    for (String c : r.headers().allValues("Set-Cookie")) {
      if (c.startsWith(name + "=")) {
        return c.substring(name.length() + 1, c.indexOf(';'));
      }
    }
    throw new AssertionError("no cookie " + name + " in " + r.headers());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return Answers.JSON.readTree(r.body());
  }

  private static List<String> column(Connection c, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
