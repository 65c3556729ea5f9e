package org.tripart.store;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The studies' registers as last read, for at most {@link #TTL}: every questionnaire page, partner
 * check and organisation search reads a study's whole register (thousands of rows), which made the
 * register the server's bottleneck under load. A write through this store forgets the study's entry
 * at once; a write by another process sharing the database is seen within the TTL, as a new
 * instrument version is. Thread-safe; a concurrent miss may read the register twice.
 */
final class RegisterCache {
  static final Duration TTL = Duration.ofSeconds(10);

  private record Entry(
      List<Institution> institutions, Map<String, Institution> byId, long readAt) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

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
    long now = System.nanoTime();
    Entry e = entries.get(study);
    if (e != null && now - e.readAt() < TTL.toNanos()) {
      return e;
    }
    List<Institution> fresh = List.copyOf(read.get());
    Map<String, Institution> byId = new HashMap<>(fresh.size() * 2);
    for (Institution i : fresh) {
      byId.putIfAbsent(i.id(), i);
    }
    Entry entry = new Entry(fresh, Collections.unmodifiableMap(byId), now);
    entries.put(study, entry);
    return entry;
  }

  /** Forgets the study's register, after a write (also a failed one: it may have committed). */
  void forget(String study) {
    entries.remove(study);
  }
}
