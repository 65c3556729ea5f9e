package org.tripart.web;

import java.io.StringReader;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.store.Store;
import org.tripart.store.StoredInstrument;

/**
 * The current (highest-version) instrument of each study group, parsed from the YAML the store
 * keeps and cached; stored versions never change, so the cache only grows. Thread-safe.
 */
final class Instruments {
  private final Store store;
  private final Map<String, Instrument> parsed = new ConcurrentHashMap<>();

  Instruments(Store store) {
    this.store = store;
  }

  /** The group's current instrument, or empty when the study has none for the group. */
  Optional<Instrument> current(String study, String group) {
    Optional<StoredInstrument> latest =
        store.instruments(study).stream()
            .filter(i -> i.group().equals(group))
            .max(Comparator.comparingInt(StoredInstrument::version));
    return latest.map(this::parse);
  }

  Instrument parse(StoredInstrument s) {
    String key = s.study() + "/" + s.instrumentId() + "/" + s.version();
    return parsed.computeIfAbsent(
        key,
        k -> InstrumentReader.read(new StringReader(s.yamlSource()), s.instrumentId() + ".yaml"));
  }
}
