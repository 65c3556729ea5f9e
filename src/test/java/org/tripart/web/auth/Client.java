package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tripart.web.ServerConfig;
import org.tripart.web.TripartServer;
import org.tripart.web.http.RateLimiter;

/** Real HTTP requests over loopback to a server on a fresh SQLite store, and account helpers. */
final class Client implements AutoCloseable {
  static final String STUDY = "national_ai";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  final TripartServer server;
  final String adminToken;

  /** The server's SQLite file. */
  final Path db;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  Client() {
    try {
      Path dir = Files.createTempDirectory("tripart-auth");
      db = dir.resolve("tripart.sqlite");
      server =
          TripartServer.start(
              ServerConfig.defaults()
                  .withPort(0)
                  .withDb(db.toString())
                  .withDataDir(dir.resolve("data"))
                  .withRateLimits(RateLimiter.Limit.unlimited(), RateLimiter.Limit.unlimited()));
      adminToken = Files.readString(server.adminTokenFile()).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(60));
  }

  HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request with {@code credential}: a token, or {@code cookie:VALUE} for a session. */
  HttpResponse<String> send(
      String credential, String method, String path, String type, String body) {
    HttpRequest.Builder b = request(path);
    if (credential != null && credential.startsWith("cookie:")) {
      b.header("Cookie", "tripart_session=" + credential.substring(7));
    } else if (credential != null) {
      b.header("Authorization", "Bearer " + credential);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return send(b);
  }

  HttpResponse<String> json(String credential, String method, String path, String body) {
    return send(credential, method, path, body == null ? null : "application/json", body);
  }

  static JsonNode parse(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates a user with the admin token; returns its id. */
  long createUser(String email, String password) {
    HttpResponse<String> r =
        json(
            adminToken,
            "POST",
            "/api/users",
            "{\"email\":\""
                + email
                + "\",\"displayName\":\"D\",\"password\":\""
                + password
                + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return parse(r).get("id").asLong();
  }

  void addMember(String credential, String study, String email, String role) {
    HttpResponse<String> r =
        json(
            credential,
            "POST",
            "/api/studies/" + study + "/members",
            "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
  }

  /** The sign-in form's CSRF token and its nonce cookie. */
  String[] signInForm() {
    HttpResponse<String> r = send(request("/signin").GET());
    Matcher m = CSRF.matcher(r.body());
    assertThat(m.find()).isTrue();
    String nonce = cookie(r, "tripart_signin").orElseThrow();
    return new String[] {m.group(1), nonce};
  }

  HttpResponse<String> postSignIn(String[] form, String email, String password) {
    String body =
        Map.of("csrf", form[0], "email", email, "password", password).entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        request("/signin")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (form[1] != null) {
      b.header("Cookie", "tripart_signin=" + form[1]);
    }
    return send(b);
  }

  /** Signs in through the form; returns the session cookie's value. */
  String signIn(String email, String password) {
    HttpResponse<String> r = postSignIn(signInForm(), email, password);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return cookie(r, "tripart_session").orElseThrow();
  }

  /** A new API token of the signed-in user. */
  String token(String session) {
    HttpResponse<String> r =
        json("cookie:" + session, "POST", "/api/me/tokens", "{\"name\":\"test\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return parse(r).get("token").asText();
  }

  static Optional<String> setCookie(HttpResponse<String> r, String name) {
    List<String> all = r.headers().allValues("Set-Cookie");
    return all.stream().filter(c -> c.startsWith(name + "=")).findFirst();
  }

  static Optional<String> cookie(HttpResponse<String> r, String name) {
    return setCookie(r, name).map(c -> c.substring(name.length() + 1, c.indexOf(';')));
  }

  @Override
  public void close() {
    server.close();
  }
}
