package org.tripart.store;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The studies' registers as last read, for at most {@link #TTL}: every questionnaire page, partner
 * check and organisation search reads a study's whole register (thousands of rows), which made the
 * register the server's bottleneck under load. A write through this store forgets the study's entry
 * at once; a write by another process sharing the database is seen within the TTL (and the one read
 * that refreshes it), as a new instrument version is.
 *
 * <p>One read per study at a time: when an entry has aged past the TTL, the first request to see it
 * reads the register again while the requests arriving meanwhile keep the entry they found, so
 * hundreds of concurrent requests at the moment of expiry cause one read, not hundreds. With no
 * entry (first use, or just after a write) they wait for that one read. A read that began before a
 * write is not kept after it: {@link #forget} moves the study to a new generation and only a read
 * begun in the current one is stored. Thread-safe.
 */
final class RegisterCache {
  static final Duration TTL = Duration.ofSeconds(10);

  private record Entry(
      List<Institution> institutions, Map<String, Institution> byId, long readAt) {}

  /** One study's entry, its generation (counted up by each forget) and its one reader. */
  private static final class Slot {
    final ReentrantLock reading = new ReentrantLock();
    Entry entry;
    long generation;
  }

  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
  private final long ttlNanos;
  private final LongSupplier clock;

  RegisterCache() {
    this(TTL, System::nanoTime);
  }

  /**
   * @param ttl how long an entry is used without reading again
   * @param clock nanoseconds, as {@link System#nanoTime}
   */
  RegisterCache(Duration ttl, LongSupplier clock) {
    this.ttlNanos = ttl.toNanos();
    this.clock = clock;
  }

  /**
   * The study's register from the cache, or from {@code read} when absent or older than the TTL.
   */
  List<Institution> get(String study, Supplier<List<Institution>> read) {
    return entry(study, read).institutions();
  }

  /**
   * One organisation of the study's register by id, from the same entry as {@link #get}, or empty.
   */
  Optional<Institution> find(String study, String id, Supplier<List<Institution>> read) {
    return Optional.ofNullable(entry(study, read).byId().get(id));
  }

  private Entry entry(String study, Supplier<List<Institution>> read) {
    Slot slot = slots.computeIfAbsent(study, k -> new Slot());
    Entry seen;
    synchronized (slot) {
      seen = slot.entry;
    }
    if (seen != null && fresh(seen)) {
      return seen;
    }
    if (seen != null) {
      if (!slot.reading.tryLock()) {
        return seen;
      }
    } else {
      slot.reading.lock();
    }
    try {
      synchronized (slot) {
        if (slot.entry != null && (fresh(slot.entry) || slot.entry != seen)) {
          return slot.entry;
        }
      }
      return refresh(slot, read);
    } finally {
      slot.reading.unlock();
    }
  }

  private boolean fresh(Entry e) {
    return clock.getAsLong() - e.readAt() < ttlNanos;
  }

  private Entry refresh(Slot slot, Supplier<List<Institution>> read) {
    long generation;
    synchronized (slot) {
      generation = slot.generation;
    }
    long now = clock.getAsLong();
    List<Institution> fresh = List.copyOf(read.get());
    Map<String, Institution> byId = new HashMap<>(fresh.size() * 2);
    for (Institution i : fresh) {
      byId.putIfAbsent(i.id(), i);
    }
    Entry entry = new Entry(fresh, Collections.unmodifiableMap(byId), now);
    synchronized (slot) {
      if (slot.generation == generation) {
        slot.entry = entry;
      }
    }
    return entry;
  }

  /** Forgets the study's register, after a write (also a failed one: it may have committed). */
  void forget(String study) {
    Slot slot = slots.computeIfAbsent(study, k -> new Slot());
    synchronized (slot) {
      slot.generation++;
      slot.entry = null;
    }
  }
}
