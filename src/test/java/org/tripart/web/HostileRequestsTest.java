package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
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
 * The hostile-request corpus ({@link HostileCorpus}) against a server on SQLite over loopback:
 * every request gets a 4xx or a safe 2xx/3xx, never a 5xx, a stack trace or a hang; a refusal under
 * {@code /api/} is problem+json; and a refused request leaves every table of the store as it was.
 * Prints the outcomes per category (RELIABILITY.md, "Hostile requests"). Sends every 8th request of
 * the corpus unless {@code -Dhostile.all=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {
  private static final int TIMEOUT_MS = 30_000;

  /**
   * In {@code verify} every 8th request of the corpus is sent (each category and route still meets
   * several); {@code -Dhostile.all=true} sends all of them (about 3,500, five minutes on a loaded
   * machine), {@code -Dhostile.only=oversized,...} only some categories.
   */
  private static final int SAMPLE_STRIDE = 8;

  private static final Pattern CSRF = Pattern.compile("name=\"_?csrf\"\\s+value=\"([^\"]+)\"");

  private TripartServer server;
  private Http http;
  private RawHttp raw;
  private StoreRows rows;
  private final HostileCorpus corpus = new HostileCorpus();
  private final HostileCorpus.Tally tally = new HostileCorpus.Tally();
  private final Deque<String> tokens = new ArrayDeque<>();
  private final Map<String, String> values = new LinkedHashMap<>();

  @BeforeAll
  void start() throws Exception {
    Path dir = Files.createTempDirectory("tripart-hostile");
    Path db = dir.resolve("tripart.sqlite");
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(db.toString())
                .withDataDir(dir.resolve("data"))
                .withRateLimits(RateLimiter.Limit.unlimited(), RateLimiter.Limit.unlimited()));
    http = new Http(server);
    raw = new RawHttp(server.baseUrl());
    rows = new StoreRows(db);
    corpus.params.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
    var instrument = server.store().instruments(Fixture.STUDY).get(0);
    values.put("$instrument", instrument.instrumentId());
    values.put("$version", Integer.toString(instrument.version()));
    JsonNode user =
        Http.json(
            http.send(
                http.admin("/api/users")
                    .header("Content-Type", "application/json")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"target@example.org\",\"displayName\":\"Target\","
                                + "\"password\":\"a long enough password\"}"))));
    values.put("$user", user.get("id").asText());
    values.put("$tokenId", "1");
  }

  @AfterAll
  void stop() {
    StringBuilder table =
        new StringBuilder("| category | requests | 2xx/3xx (safe) | 4xx | other | seconds |\n");
    table.append("|---|---|---|---|---|---|\n");
    long[] all = new long[4];
    tally.byCategory.forEach(
        (k, c) -> {
          table.append(row(k, c));
          for (int i = 0; i < 4; i++) {
            all[i] += c[i];
          }
        });
    table.append(row("all", all));
    System.out.println("Hostile requests:\n" + table);
    server.close();
  }

  private static String row(String name, long[] c) {
    return String.format(
        "| %s | %d | %d | %d | %d | %.1f |%n",
        name, c[0] + c[1] + c[2], c[0], c[1], c[2], c[3] / 1000.0);
  }

  private String token() {
    if (tokens.isEmpty()) {
      tokens.addAll(Fixture.invite(http, 200));
    }
    return tokens.pop();
  }

  /** A valid request of the route, as routes.json describes it. */
  HostileRequest base(String route) {
    HostileRequest q = new HostileRequest(route);
    JsonNode spec = corpus.routes.path(route);
    String token = token();
    Matcher m = Pattern.compile("\\{(\\w+)}").matcher(q.pathTemplate);
    while (m.find()) {
      String name = m.group(1);
      String v = spec.path("params").path(name).asText(values.get(name));
      q.pathValues.put(name, v.equals("$token") ? token : values.getOrDefault(v, v));
    }
    q.headers.add(
        "Authorization: Bearer "
            + (spec.path("bearer").asText().equals("$token") ? token : http.adminToken));
    if (spec.has("query")) {
      for (String pair : spec.get("query").asText().split("&")) {
        String[] kv = pair.split("=", 2);
        q.setQuery(kv[0], kv[1]);
      }
    }
    q.contentType = spec.path("type").asText(null);
    try {
      if (spec.has("json")) {
        String json = spec.get("json").toString().replace("\"$answers\"", Fixture.answers(0));
        q.json = Answers.JSON.readTree(json);
      } else if (spec.has("form")) {
        q.form = new LinkedHashMap<>();
        if (spec.get("form").isTextual()) {
          q.form.putAll(Fixture.formFields(0));
          q.form.put("_action", List.of("submit"));
        } else {
          spec.get("form")
              .fields()
              .forEachRemaining(e -> q.form.put(e.getKey(), List.of(e.getValue().asText())));
        }
      } else if (spec.has("multipart")) {
        q.multipart = new LinkedHashMap<>();
        spec.get("multipart")
            .fields()
            .forEachRemaining(e -> q.multipart.put(e.getKey(), e.getValue().asText()));
        q.contentType = "multipart/form-data; boundary=hostile";
      } else if (spec.has("text")) {
        q.text = spec.get("text").asText();
      }
      if (spec.has("csrf")) {
        csrf(q, spec.get("csrf"));
      }
    } catch (Exception e) {
      throw new IllegalStateException(route, e);
    }
    return q;
  }

  private void csrf(HostileRequest q, JsonNode spec) throws IOException {
    String page = spec.get("page").asText();
    for (Map.Entry<String, String> e : q.pathValues.entrySet()) {
      page = page.replace("{" + e.getKey() + "}", e.getValue());
    }
    RawHttp.Response r =
        raw.send(
            ("GET " + page + " HTTP/1.1").getBytes(StandardCharsets.ISO_8859_1),
            List.of(q.headers.get(0)),
            null,
            TIMEOUT_MS);
    Matcher m = CSRF.matcher(r.text());
    if (!m.find()) {
      return;
    }
    String value = m.group(1).replace("&#45;", "-");
    String field = spec.get("field").asText();
    if (spec.has("header")) {
      q.headers.add(spec.get("header").asText() + ": " + value);
    } else if (q.form != null) {
      q.form.put(field, List.of(value));
    } else if (q.multipart != null) {
      Map<String, String> first = new LinkedHashMap<>();
      first.put(field, value);
      first.putAll(q.multipart);
      q.multipart = first;
    }
    String cookies = r.cookies();
    if (!cookies.isEmpty()) {
      q.headers.add("Cookie: " + cookies);
    }
  }

  /** Sends one request and returns what is wrong with its answer, or null. */
  private String check(String category, String label, HostileRequest q) {
    byte[] body = q.encodedBody();
    Map<String, Long> before = rows.counts();
    long start = System.nanoTime();
    RawHttp.Response r;
    try {
      r =
          raw.send(
              q.requestLine(),
              q.allHeaders(body),
              HostileRequest.framed(body, q.chunked),
              TIMEOUT_MS);
    } catch (java.net.SocketTimeoutException e) {
      tally.add(category, 999, (System.nanoTime() - start) / 1_000_000);
      return "no answer within " + TIMEOUT_MS + " ms";
    } catch (IOException e) {
      tally.add(category, 998, (System.nanoTime() - start) / 1_000_000);
      return "connection failed without an answer: " + e;
    }
    tally.add(category, r.status(), r.millis());
    String text = r.text();
    if (r.status() >= 500) {
      return r.status() + " " + abbreviate(text);
    }
    if (text.contains("\tat ") || text.contains(".java:") || text.contains("Exception")) {
      return r.status() + " shows a stack trace: " + abbreviate(text);
    }
    if (r.status() >= 400) {
      if (q.pathTemplate.startsWith("/api/") && !r.type().startsWith(ErrorHandling.PROBLEM_JSON)) {
        return r.status() + " as " + r.type() + ", not problem+json: " + abbreviate(text);
      }
      Map<String, Long> after = rows.counts();
      if (!after.equals(before)) {
        return r.status() + " but the store changed: " + before + " -> " + after;
      }
    }
    return null;
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  @Test
  void everyRouteOfTheServerIsInTheCorpus() {
    Set<String> covered = new TreeSet<>();
    corpus.operations.forEach(o -> covered.add(o.route()));
    Set<String> registered = new TreeSet<>();
    for (String route : server.routes()) {
      if (!route.startsWith("BEFORE") && !route.startsWith("AFTER")) {
        registered.add(route);
      }
    }
    assertThat(covered).containsAll(registered);
    for (HostileCorpus.Operation o : corpus.operations) {
      if (o.body()) {
        assertThat(corpus.routes.has(o.route())).as(o.route() + " has a sample").isTrue();
      }
    }
  }

  @Test
  void everyHostileRequestIsRefusedOrSafeAndARefusalStoresNothing() {
    List<HostileCorpus.Mutation> all = corpus.mutations(this::base);
    List<String> problems = new ArrayList<>();
    String only = System.getProperty("hostile.only", "");
    int stride = Boolean.getBoolean("hostile.all") ? 1 : SAMPLE_STRIDE;
    for (int i = 0; i < all.size(); i++) {
      HostileCorpus.Mutation mu = all.get(i);
      if ((!only.isEmpty() && !only.contains(mu.category())) || i % stride != 0) {
        continue;
      }
      HostileRequest q = base(mu.route());
      mu.change().accept(q);
      String problem = check(mu.category(), mu.label(), q);
      if (problem != null) {
        problems.add(mu.category() + " | " + mu.route() + " | " + mu.label() + " | " + problem);
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
    assertThat(rows.counts()).containsKeys("responses", "invitations", "studies", "users");
  }
}
