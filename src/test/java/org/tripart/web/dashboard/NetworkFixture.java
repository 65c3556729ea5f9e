package org.tripart.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.tripart.store.Institution;
import org.tripart.store.Store;
import org.tripart.store.StudyRole;
import org.tripart.store.TokenHashes;
import org.tripart.web.ServerConfig;
import org.tripart.web.TripartServer;
import org.tripart.web.auth.Passwords;
import org.tripart.web.http.RateLimiter;

/**
 * A server on port 0 with SQLite holding a small study, {@value #STUDY}, worked out by hand: six
 * organisations (companies C1 in Beijing and C2 in Guangdong, hospitals H1 in Beijing and H2 in
 * Guangdong, institutions I1 and I2 in Shanghai), the test roster instrument for an industry group
 * and, turned round, for a clinician group, and seven responses submitted over the API:
 *
 * <ul>
 *   <li>industry r1 (C1): H1 data sharing, I1 joint project; r2 (C1): H1 data sharing and
 *       deployment; r3 (C2): H2 deployment and "{@value #TYPED}" typed in; r4 (C2): no partners,
 *       not asked; r6 (C2): I2 joint project; r7 (C2): I2 joint project and data sharing
 *   <li>clinician r5 (H1): C1 data sharing
 * </ul>
 *
 * So the ties are C1-H1 (3 respondents, reciprocated, data sharing 3, deployment 1), C2-I2 (2, data
 * sharing 1, joint project 2), C1-I1 (1) and C2-H2 (1). The study's threshold is 2: a viewer sees
 * C1-H1 and C2-I2 only, and C1-I1 and C2-H2 as one tie each in the flows (Beijing company -
 * Shanghai institution, Guangdong hospital - Guangdong company). Users owner, analyst and viewer
 * have API tokens. {@link #addTimingStudy} adds a larger SYNTHETIC study for timing the page.
 */
final class NetworkFixture implements AutoCloseable {
  static final String STUDY = "net_test";
  static final String TYPED = "Acme Secret Lab";
  static final int THRESHOLD = 2;

  final TripartServer server;
  final String admin;
  final Map<StudyRole, String> tokens;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  NetworkFixture(String directoryPrefix) {
    this(directoryPrefix, false);
  }

  /**
   * @param demo whether the server also stores the bundled study's SYNTHETIC responses
   */
  NetworkFixture(String directoryPrefix, boolean demo) {
    try {
      Path dir = Files.createTempDirectory(directoryPrefix);
      server =
          TripartServer.start(
              ServerConfig.defaults()
                  .withPort(0)
                  .withDb(dir.resolve("n.sqlite").toString())
                  .withDataDir(dir.resolve("data"))
                  .withDemo(demo)
                  .withRateLimits(RateLimiter.Limit.unlimited(), RateLimiter.Limit.unlimited()));
      admin = Files.readString(server.adminTokenFile()).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Store store = server.store();
    store.createStudy(STUDY, "{\"en\":\"Network test study\",\"zh\":\"网络测试研究\"}", THRESHOLD);
    store.importInstitutions(
        STUDY,
        List.of(
            org("NT-C1", "Company One", "11", "company", "企业一"),
            org("NT-C2", "Company Two", "44", "company", "企业二"),
            new Institution(
                "NT-H1", "Hospital One", "11", "tertiary", "hospital", "hospital", Map.of()),
            new Institution(
                "NT-H2", "Hospital Two", "44", "secondary", "hospital", "hospital", Map.of()),
            org("NT-I1", "Institute One", "31", "institution", "研究所一"),
            org("NT-I2", "Institute Two", "31", "institution", "研究所二")));
    String yaml = resource("org/tripart/instrument/partners.yaml");
    store.addInstrument(STUDY, "industry", "partners", 1, yaml);
    store.addInstrument(
        STUDY,
        "clinician",
        "partners_h",
        1,
        yaml.replace("instrument: partners", "instrument: partners_h")
            .replace("group: industry", "group: clinician")
            .replace("sector: company", "sector: hospital")
            .replace("sectors: [hospital, institution]", "sectors: [company, institution]"));
    submit(
        "industry",
        "NT-C1",
        "[" + p("NT-H1", "data_sharing") + "," + p("NT-I1", "joint_project") + "]");
    submit("industry", "NT-C1", "[" + p("NT-H1", "data_sharing\",\"deployment") + "]");
    submit(
        "industry",
        "NT-C2",
        "["
            + p("NT-H2", "deployment")
            + ",{\"other\":\""
            + TYPED
            + "\",\"kind\":[\"joint_project\"]}]");
    submitNoPartners("industry", "NT-C2");
    submit("clinician", "NT-H1", "[" + p("NT-C1", "data_sharing") + "]");
    submit("industry", "NT-C2", "[" + p("NT-I2", "joint_project") + "]");
    submit("industry", "NT-C2", "[" + p("NT-I2", "data_sharing\",\"joint_project") + "]");
    tokens = new java.util.EnumMap<>(StudyRole.class);
    for (StudyRole role : StudyRole.values()) {
      String email = role.name().toLowerCase(java.util.Locale.ROOT) + "@example.org";
      long id = store.createUser(email, role.name(), Passwords.hash("correct horse battery")).id();
      store.setMembership(id, STUDY, role);
      String token = TokenHashes.newToken();
      store.createUserApiToken(id, "test", TokenHashes.hash(token));
      tokens.put(role, token);
    }
  }

  /**
   * A SYNTHETIC study {@code id} for timing: {@code companies} companies answering the industry
   * roster, {@code partners} hospitals and institutions over the 31 provinces, and {@code
   * respondents} responses (invitations {@code SYNTHETIC-<id>-n}) naming 1 to 6 partners each, the
   * first partners named more often than the last, drawn with {@code seed}. Written to the store
   * directly, the answers valid by construction.
   */
  void addTimingStudy(String id, int companies, int partners, int respondents, long seed) {
    Store store = server.store();
    store.createStudy(id, "{\"en\":\"SYNTHETIC timing study\"}", THRESHOLD);
    List<Institution> orgs = new java.util.ArrayList<>();
    List<String> codes =
        org.tripart.instrument.Provinces.all().stream().map(p -> p.code()).toList();
    for (int i = 0; i < companies; i++) {
      orgs.add(
          org("T-C" + i, "Company " + i + " (SYNTHETIC)", codes.get(i % 31), "company", "企业" + i));
    }
    for (int i = 0; i < partners; i++) {
      String sector = i % 3 == 0 ? "institution" : "hospital";
      orgs.add(
          new Institution(
              "T-P" + i,
              "Partner " + i + " (SYNTHETIC)",
              codes.get((i * 7) % 31),
              sector.equals("hospital") ? "tertiary" : "other",
              sector,
              sector,
              Map.of()));
    }
    store.importInstitutions(id, orgs);
    store.addInstrument(
        id, "industry", "partners", 1, resource("org/tripart/instrument/partners.yaml"));
    java.util.Random random = new java.util.Random(seed);
    List<org.tripart.store.NewInvitation> invitations = new java.util.ArrayList<>();
    for (int r = 0; r < respondents; r++) {
      invitations.add(
          new org.tripart.store.NewInvitation(
              "SYNTHETIC-" + id + "-" + r, null, TokenHashes.hash(TokenHashes.newToken()), null));
    }
    store.createInvitations(id, "industry", "SYNTHETIC-" + id, invitations);
    List<java.util.concurrent.CompletableFuture<?>> pending = new java.util.ArrayList<>();
    String[] kinds = {"data_sharing", "joint_project", "deployment"};
    for (int r = 0; r < respondents; r++) {
      java.util.Set<Integer> named = new java.util.TreeSet<>();
      int n = 1 + random.nextInt(6);
      while (named.size() < n) {
        double u = random.nextDouble();
        named.add((int) Math.floor(partners * u * u));
      }
      StringBuilder list = new StringBuilder("[");
      for (int p : named) {
        list.append(list.length() > 1 ? "," : "").append(p("T-P" + p, kinds[random.nextInt(3)]));
      }
      String answers =
          "{\"company\":\"T-C"
              + random.nextInt(companies)
              + "\",\"collaborates\":\"yes\",\"partners\":"
              + list
              + "]}";
      pending.add(
          store.submitAsync(
              org.tripart.store.ResponseKey.invitation("SYNTHETIC-" + id + "-" + r),
              answers,
              1,
              null));
    }
    pending.forEach(java.util.concurrent.CompletableFuture::join);
  }

  private static Institution org(
      String id, String name, String province, String sector, String zh) {
    return new Institution(id, name, province, "other", sector, sector, Map.of("zh", zh));
  }

  static String p(String id, String kinds) {
    return "{\"id\":\"" + id + "\",\"kind\":[\"" + kinds + "\"]}";
  }

  private void submit(String group, String own, String partners) {
    submit(STUDY, group, own, partners);
  }

  /** Submits over the API an invitation's response naming {@code partners} (a JSON array). */
  void submit(String study, String group, String own, String partners) {
    post(
        study,
        group,
        "{\"company\":\"" + own + "\",\"collaborates\":\"yes\",\"partners\":" + partners + "}");
  }

  private void submitNoPartners(String group, String own) {
    post(STUDY, group, "{\"company\":\"" + own + "\",\"collaborates\":\"no\"}");
  }

  private void post(String study, String group, String body) {
    HttpResponse<String> invited =
        send(
            admin,
            "POST",
            "/api/studies/" + study + "/invitations",
            "{\"group\":\"" + group + "\",\"count\":1}");
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    String token = json(invited).get("invitations").get(0).get("token").asText();
    HttpResponse<String> r = send(null, "POST", "/api/respond/" + token + "/submit", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  /** A request with a bearer token (or none), JSON body when not null. */
  HttpResponse<String> send(String token, String method, String path, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(StudyRole role, String path) {
    return send(role == null ? null : tokens.get(role), "GET", path, null);
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return ChartModels.JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a body, header first. */
  static List<String> lines(String text) {
    return List.of(text.strip().split("\r?\n"));
  }

  static String resource(String name) {
    try (InputStream in = NetworkFixture.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
