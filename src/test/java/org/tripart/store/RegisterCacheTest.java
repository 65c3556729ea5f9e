package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The register cache under concurrent requests, with a clock the test moves: one read per study at
 * a time whether the entry has expired or is missing, and no read begun before a write kept after
 * it.
 */
class RegisterCacheTest {
  private static final int THREADS = 16;
  private final AtomicLong now = new AtomicLong();
  private final RegisterCache cache = new RegisterCache(Duration.ofNanos(1_000), now::get);
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
  private final AtomicInteger reads = new AtomicInteger();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private static List<Institution> register(String name) {
    return List.of(new Institution("H1", name, "11", "tertiary", "hospital"));
  }

  /** A read that counts itself and waits for {@code release} before answering. */
  private Supplier<List<Institution>> blockedRead(CountDownLatch started, CountDownLatch release) {
    return () -> {
      reads.incrementAndGet();
      started.countDown();
      try {
        assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return register("read " + reads.get());
    };
  }

  @Test
  void requestsArrivingAsAnEntryExpiresCauseOneReadAndKeepTheOldEntryMeanwhile() throws Exception {
    cache.get("s", () -> register("first"));
    now.addAndGet(5_000);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<List<Institution>> refresher =
        pool.submit(() -> cache.get("s", blockedRead(started, release)));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    List<Future<List<Institution>>> others = new ArrayList<>();
    for (int i = 0; i < THREADS - 1; i++) {
      others.add(pool.submit(() -> cache.get("s", blockedRead(started, release))));
    }
    for (Future<List<Institution>> f : others) {
      assertThat(f.get(10, TimeUnit.SECONDS).get(0).name()).isEqualTo("first");
    }
    release.countDown();
    assertThat(refresher.get(10, TimeUnit.SECONDS).get(0).name()).isEqualTo("read 1");
    assertThat(reads).hasValue(1);
    assertThat(cache.get("s", () -> register("unwanted")).get(0).name()).isEqualTo("read 1");
  }

  @Test
  void requestsFindingNoEntryWaitForOneRead() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Future<List<Institution>>> all = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      all.add(pool.submit(() -> cache.get("s", blockedRead(started, release))));
    }
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(100);
    for (Future<List<Institution>> f : all) {
      assertThat(f.isDone()).isFalse();
    }
    release.countDown();
    for (Future<List<Institution>> f : all) {
      assertThat(f.get(10, TimeUnit.SECONDS).get(0).name()).isEqualTo("read 1");
    }
    assertThat(reads).hasValue(1);
  }

  @Test
  void aReadBegunBeforeAWriteIsNotKeptAfterIt() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<List<Institution>> before =
        pool.submit(() -> cache.get("s", blockedRead(started, release)));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    cache.forget("s");
    release.countDown();
    assertThat(before.get(10, TimeUnit.SECONDS).get(0).name()).isEqualTo("read 1");
    assertThat(cache.get("s", () -> register("after the write")).get(0).name())
        .isEqualTo("after the write");
  }

  @Test
  void aFreshEntryIsUsedAndAnExpiredOneReadAgain() {
    cache.get("s", () -> register("first"));
    now.addAndGet(999);
    assertThat(cache.find("s", "H1", () -> register("second")).orElseThrow().name())
        .isEqualTo("first");
    now.addAndGet(1);
    assertThat(cache.find("s", "H1", () -> register("second")).orElseThrow().name())
        .isEqualTo("second");
    assertThat(cache.find("s", "H2", () -> register("third"))).isEmpty();
  }

  @Test
  void aFailedReadLeavesNoEntryAndTheNextRequestReadsAgain() {
    Supplier<List<Institution>> failing =
        () -> {
          throw new IllegalStateException("database gone");
        };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.get("s", failing))
        .hasMessage("database gone");
    assertThat(cache.get("s", () -> register("back")).get(0).name()).isEqualTo("back");
  }
}
