package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The startup lock ({@link StartupLock}) on a real PostgreSQL server, and on SQLite: migrations and
 * the work of {@link Store#withStartupLock} run one store at a time on one database.
 */
class StartupLockTest {
  @TempDir Path dir;
  private String url;

  @AfterEach
  void dropDatabase() {
    if (url != null) {
      Database.POSTGRESQL.release(url);
    }
  }

  @Test
  void migrationsWaitWhileAnotherServerHoldsTheStartupLock() throws Exception {
    url = Database.POSTGRESQL.freshLocation(null);
    try (Connection holder = DriverManager.getConnection(url)) {
      execute(holder, "SELECT pg_advisory_lock(" + StartupLock.KEY + ")");
      CompletableFuture<Store> opening = CompletableFuture.supplyAsync(() -> Stores.open(url));
      Thread.sleep(1500);

      assertThat(opening).isNotDone();
      assertThat(tableExists(holder, "flyway_schema_history")).isFalse();

      execute(holder, "SELECT pg_advisory_unlock(" + StartupLock.KEY + ")");
      try (Store store = opening.get(60, TimeUnit.SECONDS)) {
        assertThat(store.checkReachable()).isEqualTo("postgresql");
        assertThat(versions(holder)).containsExactly("1", "2", "3", "4", "5");
      }
    }
  }

  @Test
  void storesOpenedTogetherOnAnEmptyDatabaseMigrateItOnce() throws Exception {
    url = Database.POSTGRESQL.freshLocation(null);
    int servers = 4;
    CyclicBarrier together = new CyclicBarrier(servers);
    ExecutorService pool = Executors.newFixedThreadPool(servers);
    List<Future<Store>> opened = new ArrayList<>();
    try {
      for (int i = 0; i < servers; i++) {
        opened.add(
            pool.submit(
                () -> {
                  together.await();
                  return Stores.open(url);
                }));
      }
      for (Future<Store> f : opened) {
        f.get(120, TimeUnit.SECONDS).close();
      }
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(versions(c)).containsExactly("1", "2", "3", "4", "5");
    }
  }

  @Test
  void workUnderTheStartupLockRunsOneStoreAtATime() throws Exception {
    url = Database.POSTGRESQL.freshLocation(null);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    try (Store a = Stores.open(url);
        Store b = Stores.open(url)) {
      List<CompletableFuture<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Store store = i % 2 == 0 ? a : b;
        runs.add(
            CompletableFuture.supplyAsync(() -> store.withStartupLock(() -> hold(inside, most))));
      }
      for (CompletableFuture<Integer> run : runs) {
        assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(1);
      }
    }
    assertThat(most.get()).isEqualTo(1);
  }

  @Test
  void onSqliteTheWorkRunsDirectly() {
    try (Store store = Stores.open(dir.resolve("lock.sqlite").toString())) {
      assertThat(store.withStartupLock(() -> "done")).isEqualTo("done");
    }
  }

  private static int hold(AtomicInteger inside, AtomicInteger most) {
    int now = inside.incrementAndGet();
    most.accumulateAndGet(now, Math::max);
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    inside.decrementAndGet();
    return now;
  }

  private static void execute(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static boolean tableExists(Connection c, String table) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /** The versions of the schema history's successful migrations, in order, each as often as run. */
  static List<String> versions(Connection c) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                    + " ORDER BY installed_rank")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
