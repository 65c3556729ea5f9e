package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.store.OutagePostgres;
import org.tripart.store.SharedPostgres;

/**
 * {@code GET /healthz} over real HTTP on a real SQLite file and a real PostgreSQL server that is
 * stopped and started again under the running Tripart server.
 */
class HealthCheckTest {
  @TempDir Path dir;

  @Test
  void aServerWithItsStoreIsHealthy() {
    try (TripartServer server =
        TripartServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDb(dir.resolve("health.sqlite").toString())
                .withDataDir(dir.resolve("data")))) {
      HttpResponse<String> r = new Http(server).send(new Http(server).request("/healthz").GET());

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(Http.json(r).get("status").asText()).isEqualTo("ok");
      assertThat(Http.json(r).get("store").asText()).isEqualTo("sqlite");
      assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
  }

  @Test
  void aDatabaseOutageIsA503WithRetryAfterAndTheServerRecoversByItself() throws Exception {
    Assumptions.assumeTrue(
        SharedPostgres.available() || !"1".equals(System.getenv("TRIPART_SKIP_POSTGRES")),
        "PostgreSQL binaries are not installed");
    try (OutagePostgres pg = OutagePostgres.start();
        TripartServer server =
            TripartServer.start(
                ServerConfig.defaults()
                    .withPort(0)
                    .withDb(pg.newDatabaseUrl())
                    .withDataDir(dir.resolve("data")))) {
      Http http = new Http(server);
      List<String> tokens = Fixture.invite(http, 2);
      assertThat(http.send(http.request("/healthz").GET()).statusCode()).isEqualTo(200);

      pg.stop();
      HttpResponse<String> down = http.send(http.request("/healthz").GET());
      HttpResponse<String> submit = submit(http, tokens.get(0), 0);

      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(down.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(Http.json(down).get("code").asText()).isEqualTo("TRP-0700");
      assertThat(submit.statusCode()).as(submit.body()).isEqualTo(503);
      assertThat(submit.headers().firstValue("Retry-After")).hasValue("5");

      pg.restart();
      HttpResponse<String> up = http.send(http.request("/healthz").GET());
      for (int i = 0; i < 30 && up.statusCode() == 503; i++) {
        // a pooled connection broken by the restart fails once and is replaced
        Thread.sleep(1000);
        up = http.send(http.request("/healthz").GET());
      }
      HttpResponse<String> again = submit(http, tokens.get(0), 0);
      for (int i = 0; i < 10 && again.statusCode() == 503; i++) {
        Thread.sleep(1000);
        again = submit(http, tokens.get(0), 0);
      }

      assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
      assertThat(Http.json(up).get("store").asText()).isEqualTo("postgresql");
      assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    }
  }

  private static HttpResponse<String> submit(Http http, String token, int row) {
    return http.send(
        http.request("/api/respond/" + token + "/submit")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Fixture.answers(row))));
  }
}
