package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.store.OutagePostgres;
import org.tripart.store.SharedPostgres;
import org.tripart.store.Store;
import org.tripart.store.Stores;

/**
 * The crash loop at the HTTP level: a {@link ServerProcess} under concurrent respondents and a
 * researcher ({@link LoadClients}) is killed with SIGKILL at a random moment of every cycle and
 * started again on the same store; on PostgreSQL every third cycle kills the PostgreSQL postmaster
 * instead (SIGKILL), starts it again (crash recovery) and requires the running Tripart server to
 * recover by itself. At the end the store is checked against the clients' log ({@link
 * LedgerCheck}).
 *
 * <p>{@code ./mvnw verify} runs {@value #DEFAULT_CYCLES} cycles per vendor. The full run is {@code
 * ./mvnw -o test -Dtest=CrashLoopTest -Dtripart.crashloop.cycles=20}; {@code
 * -Dtripart.crashloop.seed=N} repeats a run's random moments (each run prints its seed).
 */
class CrashLoopTest {
  static final int DEFAULT_CYCLES = 3;
  private static final int CYCLES = Integer.getInteger("tripart.crashloop.cycles", DEFAULT_CYCLES);
  private static final long SEED = Long.getLong("tripart.crashloop.seed", System.nanoTime());
  private static final int ACKS_PER_CYCLE = 30;

  @TempDir Path dir;

  @Test
  void sigkilledServerLosesNoAcknowledgedWriteOnSqlite() throws Exception {
    String db = dir.resolve("loop.sqlite").toString();
    run("sqlite", db, "jdbc:sqlite:" + db, null);
  }

  @Test
  void sigkilledServerAndDatabaseLoseNoAcknowledgedWriteOnPostgres() throws Exception {
    Assumptions.assumeTrue(
        SharedPostgres.available() || !"1".equals(System.getenv("TRIPART_SKIP_POSTGRES")),
        "PostgreSQL binaries are not installed");
    try (OutagePostgres pg = OutagePostgres.start()) {
      String url = pg.newDatabaseUrl();
      run("postgresql", url, url, pg);
    }
  }

  private void run(String vendor, String db, String jdbcUrl, OutagePostgres pg) throws Exception {
    Random random = new Random(SEED);
    ClientLedger ledger = new ClientLedger();
    long start = System.nanoTime();
    int serverKills = 0;
    int postgresKills = 0;
    long restartNanos = 0;
    long recoveryNanos = 0;
    try (ServerProcess server =
        ServerProcess.start(db, dir.resolve("data"), dir.resolve("server.log"))) {
      long firstStart = System.nanoTime() - start;
      LoadClients clients = new LoadClients(server::baseUrl, server.adminToken(), ledger, SEED);
      clients.start(6, 2, 4);
      for (int cycle = 1; cycle <= CYCLES; cycle++) {
        awaitAcks(ledger, cycle);
        Thread.sleep(200 + random.nextInt(1500));
        if (pg != null && cycle % 3 == 2) {
          pg.killPostmaster();
          postgresKills++;
          Thread.sleep(random.nextInt(1500));
          long down = System.nanoTime();
          pg.restartAfterKill();
          awaitHealthy(server);
          recoveryNanos += System.nanoTime() - down;
          assertThat(server.starts()).as("recovered without a restart").isEqualTo(serverKills + 1);
        } else {
          server.kill();
          serverKills++;
          long down = System.nanoTime();
          server.restart();
          restartNanos += System.nanoTime() - down;
        }
      }
      awaitAcks(ledger, CYCLES + 1);
      clients.stop();
      System.out.printf(
          Locale.ROOT,
          "crash loop %s: first start %.1f s, restart after SIGKILL %.1f s on average,"
              + " PostgreSQL restart to healthy Tripart %.1f s on average%n",
          vendor,
          firstStart / 1e9,
          restartNanos / 1e9 / Math.max(1, serverKills),
          recoveryNanos / 1e9 / Math.max(1, postgresKills));
    }
    int stored;
    try (Store store = Stores.open(db)) {
      stored = LedgerCheck.verify(store, jdbcUrl, ledger);
    }
    System.out.printf(
        Locale.ROOT,
        "crash loop %s (seed %d): %d cycles, %d Tripart SIGKILLs, %d PostgreSQL SIGKILLs,"
            + " %d submissions acknowledged (%d stored final), %d draft saves acknowledged on"
            + " %d invitations, %d invitation batches acknowledged, %d failed requests, %.1f s;"
            + " lost or half-written: 0%n",
        vendor,
        SEED,
        CYCLES,
        serverKills,
        postgresKills,
        ledger.submissionsAcked.size(),
        stored,
        ledger.draftAcks.get(),
        ledger.draftsSent.size(),
        ledger.batchesAcked.size(),
        ledger.failures.get(),
        (System.nanoTime() - start) / 1e9);
    assertThat(ledger.submissionsAcked).isNotEmpty();
    assertThat(ledger.draftAcks.get()).isPositive();
  }

  /** Waits until the clients have had {@link #ACKS_PER_CYCLE} acknowledgements in this cycle. */
  private static void awaitAcks(ClientLedger ledger, int cycle) throws InterruptedException {
    int before = ledger.acks.get();
    long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (ledger.acks.get() - before < ACKS_PER_CYCLE && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(ledger.acks.get() - before)
        .as("acknowledgements in cycle %d after the restart", cycle)
        .isGreaterThanOrEqualTo(ACKS_PER_CYCLE);
  }

  /** Waits until {@code /healthz} answers 200 (the pool has replaced its broken connections). */
  private static void awaitHealthy(ServerProcess server) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    int status = 0;
    while (System.nanoTime() < until) {
      try {
        status =
            client
                .send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/healthz"))
                        .timeout(Duration.ofSeconds(15))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
      } catch (java.io.IOException e) {
        status = 0;
      }
      if (status == 200) {
        return;
      }
      Thread.sleep(250);
    }
    assertThat(status).as("healthz after the database came back").isEqualTo(200);
  }
}
