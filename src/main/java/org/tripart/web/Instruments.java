package org.tripart.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tripart.instrument.Instrument;
import org.tripart.store.Store;
import org.tripart.store.StoredInstrument;

/**
 * The current (highest-version) instrument of each study group, parsed from the YAML the store
 * keeps and cached; stored versions never change, so the parsed cache only grows. Which version is
 * current is looked up again after {@link #CURRENT_TTL}, so a version added to the store by another
 * process takes effect within that time without every request reading every instrument's YAML.
 * Thread-safe.
 */
final class Instruments {
  static final Duration CURRENT_TTL = Duration.ofSeconds(10);

  private record Current(Optional<Instrument> instrument, long lookedUpAt) {}

  private final Store store;
  private final Map<String, Instrument> parsed = new ConcurrentHashMap<>();
  private final Map<String, Current> current = new ConcurrentHashMap<>();

  Instruments(Store store) {
    this.store = store;
  }

  /** The group's current instrument, or empty when the study has none for the group. */
  Optional<Instrument> current(String study, String group) {
    String key = study + "/" + group;
    long now = System.nanoTime();
    Current cached = current.get(key);
    if (cached != null && now - cached.lookedUpAt() < CURRENT_TTL.toNanos()) {
      return cached.instrument();
    }
    Optional<Instrument> found = lookUp(study, group);
    current.put(key, new Current(found, now));
    return found;
  }

  /**
   * Forgets which version of the group's instrument is current, so that the next {@link #current}
   * looks it up again: called after this process stored a new version.
   */
  void forget(String study, String group) {
    current.remove(study + "/" + group);
  }

  private Optional<Instrument> lookUp(String study, String group) {
    return store.currentInstrument(study, group).map(this::parse);
  }

  Instrument parse(StoredInstrument s) {
    String key = s.study() + "/" + s.instrumentId() + "/" + s.version();
    return parsed.computeIfAbsent(key, k -> s.parse());
  }
}
