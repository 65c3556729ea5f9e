package org.tripart.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jdbi.v3.core.Jdbi;

/**
 * Group commit: writes handed in concurrently by many callers are committed together, up to {@code
 * maxBatch} in one transaction, so that one disk sync (the COMMIT) acknowledges many answers. A
 * writer thread takes the first queued write, then whatever else is queued, waiting at most {@code
 * maxWait} for more while the batch is not full. Each caller's future completes only after the
 * batch's COMMIT returned, that is, once its write is durable.
 *
 * <p>When a batch fails, it is rolled back whole and each of its writes is retried in a transaction
 * of its own, so one bad write (an unknown invitation, a constraint) fails only its own caller. A
 * write may therefore run more than once, but commits at most once: writes must be deterministic
 * functions of the database state.
 *
 * <p>Within a batch, writes run in the order of their {@code orderKey} (the response they touch),
 * keeping arrival order among writes with the same key; with several writer threads on PostgreSQL,
 * this fixed lock order keeps concurrent batches from deadlocking.
 *
 * <p>Each writer thread keeps one connection open for its whole life (opened on its first batch,
 * and opened again after a failure that left it broken or mid-transaction) and keeps the statements
 * its writes prepare on it, because preparing statements and opening handles per batch was most of
 * the writer's CPU under load. After any failed batch the prepared statements are closed.
 *
 * <p>Thread-safe. Futures complete on a writer thread.
 */
final class SubmissionWriter implements AutoCloseable {

  /** One write, run inside a batch's transaction. */
  @FunctionalInterface
  interface Write<T> {
    T apply(WriterSession session);
  }

  static final int DEFAULT_MAX_BATCH = 256;
  static final Duration DEFAULT_MAX_WAIT = Duration.ofMillis(2);
  private static final int VALIDATION_SECONDS = 2;
  private static final int RECONNECTS = 16;

  private final Jdbi jdbi;
  private final int maxBatch;
  private final long maxWaitNanos;
  private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
  private final ReadWriteLock closing = new ReentrantReadWriteLock();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean closed;

  SubmissionWriter(Jdbi jdbi, int threadCount, int maxBatch, Duration maxWait) {
    this.jdbi = jdbi;
    this.maxBatch = maxBatch;
    this.maxWaitNanos = maxWait.toNanos();
    for (int i = 0; i < threadCount; i++) {
      Thread thread = new Thread(new Worker()::run, "tripart-store-writer-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  /**
   * Queues a write. The future completes with its result once committed, or fails with the store's
   * exception for it (a {@link StoreUnavailableException} after {@link #close}).
   */
  <T> CompletableFuture<T> enqueue(String orderKey, Write<T> write) {
    Pending<T> pending = new Pending<>(orderKey, write);
    closing.readLock().lock();
    try {
      if (closed) {
        pending.fail(new StoreUnavailableException(null, "the store is closed", null));
      } else {
        queue.add(pending);
      }
    } finally {
      closing.readLock().unlock();
    }
    return pending.future;
  }

  /** Stops taking writes, commits those already queued, and waits for the writer threads. */
  @Override
  public void close() {
    closing.writeLock().lock();
    try {
      closed = true;
    } finally {
      closing.writeLock().unlock();
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    Pending<?> left;
    while ((left = queue.poll()) != null) {
      left.fail(new StoreUnavailableException(null, "the store was closed", null));
    }
  }

  private List<Pending<?>> nextBatch() throws InterruptedException {
    List<Pending<?>> batch = new ArrayList<>();
    Pending<?> first = queue.poll(50, TimeUnit.MILLISECONDS);
    if (first == null) {
      return batch;
    }
    batch.add(first);
    queue.drainTo(batch, maxBatch - batch.size());
    long deadline = System.nanoTime() + maxWaitNanos;
    while (batch.size() < maxBatch) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      Pending<?> next = queue.poll(left, TimeUnit.NANOSECONDS);
      if (next == null) {
        break;
      }
      batch.add(next);
      queue.drainTo(batch, maxBatch - batch.size());
    }
    return batch;
  }

  /** One writer thread's loop and its connection; used by that thread only. */
  private final class Worker {
    private WriterSession session;

    void run() {
      try {
        while (!closed || !queue.isEmpty()) {
          List<Pending<?>> batch;
          try {
            batch = nextBatch();
          } catch (InterruptedException e) {
            return;
          }
          if (batch.isEmpty()) {
            continue;
          }
          batch.sort(Comparator.comparing(p -> p.orderKey));
          try {
            commit(batch);
          } catch (Throwable t) {
            batch.forEach(p -> p.fail(Failures.translate(null, t)));
            discard();
            if (t instanceof Error e) {
              throw e;
            }
          }
        }
      } finally {
        discard();
      }
    }

    private void commit(List<Pending<?>> batch) {
      commit(batch, RECONNECTS);
    }

    /**
     * Commits {@code batch}; when it fails because the connection broke (a restarted server, a
     * killed backend), runs it again on another connection, up to {@code reconnects} times, since
     * the pool may hand out further connections that broke at the same time and drops each as it
     * fails.
     */
    private void commit(List<Pending<?>> batch, int reconnects) {
      try {
        WriterSession current = session();
        current
            .handle()
            .useTransaction(
                handle -> {
                  for (Pending<?> pending : batch) {
                    pending.apply(current);
                  }
                });
      } catch (RuntimeException e) {
        boolean broken = recover();
        if (broken && reconnects > 0) {
          commit(batch, reconnects - 1);
        } else if (batch.size() == 1) {
          batch.get(0).fail(Failures.translate(null, e));
        } else {
          for (Pending<?> pending : batch) {
            commit(List.of(pending), RECONNECTS);
          }
        }
        return;
      }
      batch.forEach(Pending::complete);
    }

    private WriterSession session() {
      if (session == null) {
        session = new WriterSession(jdbi.open());
      }
      return session;
    }

    /**
     * Closes the prepared statements; true when the open connection was broken and is discarded,
     * false when it is healthy or none could be opened (retrying would only wait for the pool
     * again).
     */
    private boolean recover() {
      if (session == null) {
        return false;
      }
      session.closeStatements();
      boolean healthy;
      try {
        healthy =
            !session.handle().isInTransaction()
                && session.handle().getConnection().isValid(VALIDATION_SECONDS);
      } catch (RuntimeException | SQLException e) {
        healthy = false;
      }
      if (!healthy) {
        discard();
      }
      return !healthy;
    }

    private void discard() {
      if (session != null) {
        session.close();
        session = null;
      }
    }
  }

  private static final class Pending<T> {
    final String orderKey;
    final Write<T> write;
    final CompletableFuture<T> future = new CompletableFuture<>();
    private T result;

    Pending(String orderKey, Write<T> write) {
      this.orderKey = orderKey;
      this.write = write;
    }

    void apply(WriterSession session) {
      result = write.apply(session);
    }

    void complete() {
      future.complete(result);
    }

    void fail(Throwable failure) {
      future.completeExceptionally(failure);
    }
  }
}
