package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.web.http.RateLimiter;

/**
 * The respondent's pages with CSRF, the security headers, the admin token file, rate limits and the
 * OpenAPI document against the routes the server registers. SQLite only: none of this depends on
 * the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserFlowTest {
  TripartServer server;
  Http http;
  Path dir;

  @BeforeAll
  void start() throws Exception {
    dir = Files.createTempDirectory("tripart-browser");
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(dir.resolve("t.sqlite").toString())
                .withDataDir(dir.resolve("data"))
                .withRateLimits(
                    new RateLimiter.Limit(1000, 100_000), new RateLimiter.Limit(1, 30)));
    http = new Http(server);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static String csrfOf(String page) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("the page has a CSRF field").isTrue();
    return m.group(1);
  }

  private HttpResponse<String> postForm(String path, Map<String, Object> fields) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      List<?> values = e.getValue() instanceof List<?> l ? l : List.of(e.getValue());
      for (Object v : values) {
        if (b.length() > 0) {
          b.append('&');
        }
        b.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
      }
    }
    return http.send(
        http.request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(b.toString())));
  }

  private Map<String, Object> formOf(int row, String csrf, String action) throws Exception {
    Map<String, Object> form = new java.util.LinkedHashMap<>();
    form.put("_csrf", csrf);
    form.put("_action", action);
    form.putAll(Fixture.formFields(row));
    return form;
  }

  @Test
  void theFormIsSubmittedOnceAndTheConfirmationShownAgainOnADoubleClick() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    HttpResponse<String> page = http.get("/s/" + token);
    assertThat(page.statusCode()).isEqualTo(200);
    Map<String, Object> form = formOf(7, csrfOf(page.body()), "submit");
    long[] before = Fixture.counts(server.store());

    HttpResponse<String> first = postForm("/s/" + token, form);
    HttpResponse<String> second = postForm("/s/" + token, form);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(303);
    assertThat(second.statusCode()).isEqualTo(303);
    assertThat(first.headers().firstValue("Location")).hasValue("/s/" + token + "/done");
    assertThat(second.headers().firstValue("Location")).hasValue("/s/" + token + "/done");
    assertThat(http.get("/s/" + token + "/done").statusCode()).isEqualTo(200);
    assertThat(Fixture.counts(server.store())).containsExactly(before[0] + 1, before[1] + 1);
  }

  @Test
  void aMissingOrForgedCsrfTokenIsForbiddenAndStoresNothing() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    String otherToken = Fixture.invite(http, 1).get(0);
    String otherCsrf = csrfOf(http.get("/s/" + otherToken).body());
    long[] before = Fixture.counts(server.store());
    Map<String, Object> forged = formOf(8, otherCsrf, "submit");
    Map<String, Object> missing = formOf(8, "", "save");
    missing.remove("_csrf");

    assertThat(postForm("/s/" + token, forged).statusCode()).isEqualTo(403);
    assertThat(postForm("/s/" + token, missing).statusCode()).isEqualTo(403);
    HttpResponse<String> draft =
        http.send(
            http.request("/s/" + token + "/draft")
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", otherCsrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"answers\":{}}")));
    assertThat(draft.statusCode()).isEqualTo(403);
    assertThat(draft.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Fixture.counts(server.store())).containsExactly(before);
  }

  @Test
  void anIncompleteSubmissionShowsThePageAgainWith422() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    String csrf = csrfOf(http.get("/s/" + token).body());
    long[] before = Fixture.counts(server.store());

    HttpResponse<String> r = postForm("/s/" + token, Map.of("_csrf", csrf, "_action", "submit"));

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(Fixture.counts(server.store())).containsExactly(before);
  }

  @Test
  void anAutosavedDraftIsResumedOnTheNextVisit() throws Exception {
    String token = Fixture.invite(http, 1).get(0);
    String csrf = csrfOf(http.get("/s/" + token).body());
    String text = "resumed-" + System.nanoTime();
    String item =
        Fixture.research().instrument().items().stream()
            .filter(i -> i.type() == org.tripart.instrument.ItemType.TEXT && i.when() == null)
            .findFirst()
            .orElseThrow()
            .id();

    HttpResponse<String> saved =
        http.send(
            http.request("/s/" + token + "/draft")
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrf)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"answers\":{\"" + item + "\":\"" + text + "\"}}")));

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
    assertThat(http.get("/s/" + token).body()).contains(text);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path :
        List.of("/openapi.json", "/s/nope", "/api/studies", "/assets/survey.css", "/login", "/x")) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(
              "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                  + " connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
                  + " base-uri 'none'");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
  }

  @Test
  void theAdminTokenFileIsReadableByItsOwnerOnlyAndOpensTheApi() throws Exception {
    Path file = server.adminTokenFile();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(http.send(http.admin("/api/studies")).statusCode()).isEqualTo(200);
  }

  @Test
  void theSessionCookieOfTheLoginFormOpensTheFieldworkPage() {
    HttpResponse<String> anonymous = http.get("/fieldwork/" + Fixture.STUDY);
    HttpResponse<String> login =
        postForm("/login", Map.of("token", http.adminToken, "next", "/fieldwork/national_ai"));
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    HttpResponse<String> page =
        http.send(http.request("/fieldwork/" + Fixture.STUDY).header("Cookie", cookie));

    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(cookie).doesNotContain(http.adminToken);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("RR1");
  }

  @Test
  void tooManyRequestsForOneTokenAre429WithRetryAfter() {
    String token = Fixture.invite(http, 1).get(0);
    HttpResponse<String> last = null;
    for (int i = 0; i < 40 && (last == null || last.statusCode() != 429); i++) {
      last = http.send(http.request("/api/respond/" + token));
    }

    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    assertThat(Http.json(last).get("code").asText()).isEqualTo("TRP-0805");
  }

  @Test
  void theOpenApiDocumentListsEveryRegisteredRoute() throws Exception {
    JsonNode doc = Http.json(http.get("/openapi.json"));
    Set<String> documented = new TreeSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
    Set<String> registered = new TreeSet<>();
    for (String route : server.routes()) {
      if (!route.startsWith("BEFORE") && !route.startsWith("AFTER")) {
        registered.add(route);
      }
    }
    documented.remove("GET /assets/{file}");

    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(documented).isEqualTo(registered);
  }
}
