package org.tripart.web.dashboard;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.store.Institution;
import org.tripart.store.NewInvitation;
import org.tripart.store.Store;
import org.tripart.web.ServerConfig;
import org.tripart.web.TripartServer;
import org.tripart.web.http.RateLimiter;

/**
 * The fieldwork overview of a study with a small group, over real HTTP: group "few" has 3
 * invitations (2 completed) at one Beijing hospital, group "many" 12 invitations (6 completed) at
 * one Guangdong hospital. A viewer's overview JSON holds no whole number from 1 to 4, and the page
 * shows neither the small province's rate nor its counts; an owner sees the exact counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewSuppressionTest {
  private static final String STUDY = "national_ai";
  private static final String PASSWORD = "correct horse battery";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final String YAML =
      """
      instrument: GROUP
      group: GROUP
      version: 1
      languages: [en]
      title: {en: GROUP survey}
      sections:
        - id: main
          title: {en: Main}
          items:
            - id: uses_ai
              type: yesno
              label: {en: Uses AI}
      """;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private TripartServer server;
  private String admin;
  private String owner;
  private String viewer;

  @BeforeAll
  void start() throws Exception {
    Path dir = Files.createTempDirectory("tripart-overview");
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(dir.resolve("o.sqlite").toString())
                .withDataDir(dir.resolve("data"))
                .withRateLimits(RateLimiter.Limit.unlimited(), RateLimiter.Limit.unlimited()));
    admin = Files.readString(server.adminTokenFile()).strip();
    Store store = server.store();
    store.importInstitutions(
        STUDY,
        List.of(
            new Institution("FEW-H1", "Beijing One", "11", "tertiary", "hospital"),
            new Institution("MANY-H1", "Canton One", "44", "tertiary", "hospital")));
    invite(store, "few", "FEW-H1", 3, 2);
    invite(store, "many", "MANY-H1", 12, 6);
    owner = member("owner@example.org", "OWNER");
    viewer = member("viewer@example.org", "VIEWER");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static void invite(Store store, String group, String hospital, int n, int completed) {
    store.addInstrument(STUDY, group, group, 1, YAML.replace("GROUP", group));
    List<NewInvitation> invitations = new ArrayList<>();
    Instant expires = Instant.now().plus(30, ChronoUnit.DAYS);
    for (int i = 0; i < n; i++) {
      invitations.add(new NewInvitation(group + "-" + i, hospital, hash(group + i), expires));
    }
    assertThat(store.createInvitations(STUDY, group, group + "-batch", invitations)).isEqualTo(n);
    for (int i = 0; i < completed; i++) {
      store.submit(group + "-" + i, "{\"uses_ai\":\"yes\"}", 1, null);
    }
  }

  private static String hash(String token) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates a member with the admin token, signs in through the form; the session cookie. */
  private String member(String email, String role) throws Exception {
    HttpResponse<String> user =
        send(
            admin,
            "POST",
            "/api/users",
            "application/json",
            "{\"email\":\"" + email + "\",\"displayName\":\"D\",\"password\":\"" + PASSWORD + "\"}",
            null);
    assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
    HttpResponse<String> m =
        send(
            admin,
            "POST",
            "/api/studies/" + STUDY + "/members",
            "application/json",
            "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}",
            null);
    assertThat(m.statusCode()).as(m.body()).isIn(200, 201);
    HttpResponse<String> form = send(null, "GET", "/signin", null, null, null);
    Matcher csrf = CSRF.matcher(form.body());
    assertThat(csrf.find()).isTrue();
    String body =
        "csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
            + "&email="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> in =
        send(
            null,
            "POST",
            "/signin",
            "application/x-www-form-urlencoded",
            body,
            "tripart_signin=" + cookie(form, "tripart_signin"));
    assertThat(in.statusCode()).as(in.body()).isEqualTo(303);
    return "tripart_session=" + cookie(in, "tripart_session");
  }

  private static String cookie(HttpResponse<String> r, String name) {
    String c =
        r.headers().allValues("Set-Cookie").stream()
            .filter(v -> v.startsWith(name + "="))
            .findFirst()
            .orElseThrow();
    return c.substring(name.length() + 1, c.indexOf(';'));
  }

  private HttpResponse<String> send(
      String token, String method, String path, String type, String body, String cookie)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (cookie != null) {
      b.header("Cookie", cookie);
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

  private String get(String session, String path) throws Exception {
    HttpResponse<String> r = send(null, "GET", path, null, null, session);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return r.body();
  }

  private JsonNode overview(String session) throws Exception {
    return ChartModels.JSON.readTree(
        get(session, "/api/studies/" + STUDY + "/dashboard/overview?lang=en"));
  }

  private static List<Long> wholeNumbers(JsonNode node) {
    List<Long> out = new ArrayList<>();
    if (node.isIntegralNumber()) {
      out.add(node.asLong());
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      out.addAll(wholeNumbers(it.next()));
    }
    return out;
  }

  private static JsonNode province(JsonNode overview, String code) {
    for (JsonNode p : overview.get("provinces")) {
      if (p.get("code").asText().equals(code)) {
        return p;
      }
    }
    throw new AssertionError("no province " + code + " in " + overview);
  }

  @Test
  void anOwnerSeesTheExactCountsOfTheSmallGroup() throws Exception {
    JsonNode o = overview(owner);

    assertThat(province(o, "11").get("invited").asLong()).isEqualTo(3);
    assertThat(province(o, "11").get("completed").asLong()).isEqualTo(2);
    assertThat(province(o, "11").get("rr1").asDouble()).isCloseTo(2.0 / 3, within());
    JsonNode byGroup = o.get("charts").get(0).get("series").get(0);
    assertThat(o.get("charts").get(0).get("categories").get(0).asText()).isEqualTo("few survey");
    assertThat(byGroup.get("d").get(0).asLong()).isEqualTo(3);
    assertThat(byGroup.get("n").get(0).asLong()).isEqualTo(2);
    assertThat(byGroup.get("d").get(1).asLong()).isEqualTo(12);
    assertThat(wholeNumbers(o)).contains(2L, 3L);
  }

  @Test
  void aViewersOverviewHoldsNoCountFromOneToFour() throws Exception {
    JsonNode v = overview(viewer);

    assertThat(wholeNumbers(v)).isNotEmpty().noneMatch(n -> n >= 1 && n <= 4);
    assertThat(province(v, "11").get("rr1").isNull()).isTrue();
    assertThat(province(v, "11").get("invited").isNull()).isTrue();
    JsonNode byGroup = v.get("charts").get(0).get("series").get(0);
    assertThat(byGroup.get("p").get(0).isNull()).as("the few group's rate").isTrue();
    assertThat(byGroup.get("p").get(1).isNull())
        .as("the many group's rate, else the total by tier minus it gives the few group away")
        .isTrue();
    assertThat(province(v, "44").get("invited").isNull()).isTrue();
    assertThat(v.get("charts").get(1).get("series").get(0).get("d").get(0).asLong())
        .as("the tier row of all 15 invitations stays")
        .isEqualTo(15);
  }

  @Test
  void aViewersOverviewPageShowsNeitherTheSmallRateNorItsCounts() throws Exception {
    String page = get(viewer, "/dashboard/" + STUDY + "?lang=en");
    String tile = page.substring(page.indexOf("data-province=\"11\""));
    tile = tile.substring(0, tile.indexOf("</li>"));

    assertThat(tile).doesNotContain("data-rr1").doesNotContain("2/3").contains("withheld");
    assertThat(page).doesNotContain("&quot;d&quot;:[3").doesNotContain("67%");
    String ownerPage = get(owner, "/dashboard/" + STUDY + "?lang=en");
    assertThat(ownerPage).contains("(2/3)");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-12);
  }
}
