package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.store.Store;
import org.tripart.store.Stores;

/**
 * An SQLite store on a real file system that fills up or turns read-only under a running server:
 * submissions get a 503 with Retry-After and problem+json (so the respondent page keeps the answers
 * and retries), nothing unacknowledged is stored, and the server takes answers again by itself once
 * the space or write access is back.
 */
class SqliteOutageTest {
  @TempDir Path dir;
  private Path disk;

  @BeforeEach
  void folder() throws Exception {
    disk = Files.createDirectory(dir.resolve("disk"));
  }

  @Test
  void aFullDiskIsA503AndTheServerTakesAnswersAgainWhenSpaceIsBack() throws Exception {
    Assumptions.assumeTrue(SmallDisk.available(), "this process may not mount a tmpfs");
    try (SmallDisk small = SmallDisk.mount(disk, 24)) {
      String db = small.root().resolve("full.sqlite").toString();
      List<String> tokens;
      try (TripartServer server = server(db)) {
        Http http = new Http(server);
        tokens = Fixture.invite(http, 3);
        assertThat(submit(http, tokens.get(0), 0).statusCode()).isEqualTo(201);

        small.fill();
        HttpResponse<String> full = submit(http, tokens.get(1), 1);

        assertUnavailable(full);

        small.free();
        HttpResponse<String> again = retry(http, tokens.get(1), 1);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(submit(http, tokens.get(2), 2).statusCode()).isEqualTo(201);
      }
      assertThat(finals(db)).isEqualTo(3);
    }
  }

  @Test
  void aFileSystemTurnedReadOnlyIsA503AndTheServerRecoversWhenItIsRepaired() throws Exception {
    Assumptions.assumeTrue(FailingDisk.available(), "no loop-mounted ext4 here");
    try (FailingDisk small = FailingDisk.mount(dir.resolve("disk.img"), disk, 64)) {
      String db = small.root().resolve("ro.sqlite").toString();
      List<String> tokens;
      try (TripartServer server = server(db)) {
        Http http = new Http(server);
        tokens = Fixture.invite(http, 3);
        assertThat(submit(http, tokens.get(0), 0).statusCode()).isEqualTo(201);

        small.fail();
        HttpResponse<String> refused = submit(http, tokens.get(1), 1);
        HttpResponse<String> health = http.send(http.request("/healthz").GET());

        assertUnavailable(refused);
        assertThat(health.statusCode()).as(health.body()).isEqualTo(503);

        small.repair();
        HttpResponse<String> again = retry(http, tokens.get(1), 1);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(submit(http, tokens.get(2), 2).statusCode()).isEqualTo(201);
      }
      assertThat(finals(db)).isEqualTo(3);
    }
  }

  private TripartServer server(String db) {
    return TripartServer.start(
        ServerConfig.defaults().withPort(0).withDb(db).withDataDir(dir.resolve("data")));
  }

  private static void assertUnavailable(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(Http.json(r).get("code").asText()).isEqualTo("TRP-0700");
  }

  private static HttpResponse<String> retry(Http http, String token, int row) throws Exception {
    HttpResponse<String> r = submit(http, token, row);
    for (int i = 0; i < 20 && r.statusCode() == 503; i++) {
      Thread.sleep(500);
      r = submit(http, token, row);
    }
    return r;
  }

  private static int finals(String db) {
    try (Store store = Stores.open(db)) {
      return Fixture.finals(store).size();
    }
  }

  private static HttpResponse<String> submit(Http http, String token, int row) {
    return http.send(
        http.request("/api/respond/" + token + "/submit")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Fixture.answers(row))));
  }
}
