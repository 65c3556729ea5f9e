package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.web.http.Limits;
import org.tripart.web.http.RateLimiter;

/**
 * The two form routes that read their own forms ({@code POST /signin}, an urlencoded form, and the
 * instrument import's {@code POST /dashboard/{study}/instruments/preview}, a multipart upload)
 * refuse a body whose declared Content-Length is over their limit at once with 413 problem+json, as
 * every route reading its body through {@link Limits} does, instead of waiting for a body that
 * never comes until the idle timeout (408); a body within the limit is still read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclaredLengthTest {
  private TripartServer server;
  private RawHttp raw;
  private String admin;

  @BeforeAll
  void start() throws Exception {
    Path dir = Files.createTempDirectory("tripart-declared");
    server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(dir.resolve("tripart.sqlite").toString())
                .withDataDir(dir.resolve("data"))
                .withRateLimits(RateLimiter.Limit.unlimited(), RateLimiter.Limit.unlimited()));
    raw = new RawHttp(server.baseUrl());
    admin = Files.readString(server.adminTokenFile()).strip();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  /** A POST declaring {@code length} bytes that sends none of them. */
  private RawHttp.Response declared(String path, String type, long length, String... more)
      throws Exception {
    return post(path, type, length, new byte[0], more);
  }

  /** A POST that sends a body of {@code length} bytes, as a client uploading it would. */
  private RawHttp.Response sent(String path, String type, int length, String... more)
      throws Exception {
    return post(path, type, length, new byte[length], more);
  }

  private RawHttp.Response post(String path, String type, long length, byte[] body, String... more)
      throws Exception {
    List<String> headers =
        new java.util.ArrayList<>(List.of("Content-Type: " + type, "Content-Length: " + length));
    headers.addAll(List.of(more));
    return raw.send(
        ("POST " + path + " HTTP/1.1").getBytes(StandardCharsets.US_ASCII), headers, body, 20_000);
  }

  private static void refusedAtOnce(RawHttp.Response r, long limit) {
    refusedAtOnce(r);
    assertThat(r.type()).startsWith(ErrorHandling.PROBLEM_JSON);
    assertThat(r.text()).contains("TRP-").contains(limit / 1024 + " KiB");
  }

  private static void refusedAtOnce(RawHttp.Response r) {
    assertThat(r.status()).as(r.text()).isEqualTo(413);
    assertThat(r.millis()).as("answered after %d ms", r.millis()).isLessThan(5_000);
  }

  @Test
  void aSignInDeclaringABodyOverTheFormLimitIsRefusedAtOnce() throws Exception {
    String form = "application/x-www-form-urlencoded";
    refusedAtOnce(declared("/signin", form, 1L << 40), Limits.MAX_JSON);
    refusedAtOnce(sent("/signin", form, (int) Limits.MAX_JSON + 1), Limits.MAX_JSON);
    byte[] body = "email=a%40b.c&password=x&csrf=nope".getBytes(StandardCharsets.US_ASCII);
    RawHttp.Response within =
        raw.send(
            "POST /signin HTTP/1.1".getBytes(StandardCharsets.US_ASCII),
            List.of("Content-Type: " + form, "Content-Length: " + body.length),
            body,
            20_000);
    assertThat(within.status()).as(within.text()).isEqualTo(403);
  }

  @Test
  void anImportUploadDeclaringABodyOverTheUploadLimitIsRefusedAtOnce() throws Exception {
    String path = "/dashboard/national_ai/instruments/preview";
    String multipart = "multipart/form-data; boundary=x";
    String auth = "Authorization: Bearer " + admin;
    String json = "Accept: application/json";
    refusedAtOnce(declared(path, multipart, 1L << 40, auth, json), Limits.MAX_CSV);
    refusedAtOnce(sent(path, multipart, (int) Limits.MAX_CSV + 1, auth, json), Limits.MAX_CSV);
    RawHttp.Response page = declared(path, multipart, 1L << 40, auth);
    refusedAtOnce(page);
    assertThat(page.type())
        .as("a browser gets the page, as on every dashboard route")
        .startsWith("text/html");
  }
}
