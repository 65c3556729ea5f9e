package org.tripart.capture;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;

/**
 * What validation needs of an instrument, worked out once per instrument object instead of once per
 * submission: its items in display order, by id, and the codes each choice item accepts.
 *
 * <p>Instruments are immutable records, so an index never goes stale. Indexes are kept by the
 * instrument's identity (a record's {@code hashCode} would walk every item on each lookup); at most
 * {@link #CAPACITY} are kept, and the whole cache is dropped when it is full, which only costs the
 * rebuilding. Thread-safe: two threads may build the same index at once, both correct.
 */
final class InstrumentIndex {
  static final int CAPACITY = 64;

  private static final Map<Key, InstrumentIndex> CACHE = new ConcurrentHashMap<>();

  final List<Item> items;
  final Map<String, Item> byId;
  private final Map<String, Set<String>> allowed;

  private InstrumentIndex(Instrument instrument) {
    this.items = instrument.items();
    this.byId = instrument.itemsById();
    Map<String, Set<String>> codes = new HashMap<>();
    for (Item item : items) {
      if (item.type().isCoded()) {
        codes.put(item.id(), Collections.unmodifiableSet(SubmissionParser.allowedCodes(item)));
      }
    }
    this.allowed = codes;
  }

  /** The index of this instrument, never null; {@code instrument} must not be null. */
  static InstrumentIndex of(Instrument instrument) {
    Key key = new Key(instrument);
    InstrumentIndex index = CACHE.get(key);
    if (index == null) {
      index = new InstrumentIndex(instrument);
      if (CACHE.size() >= CAPACITY) {
        CACHE.clear();
      }
      CACHE.put(key, index);
    }
    return index;
  }

  /**
   * The codes {@code item} of this instrument accepts, as {@link SubmissionParser#allowedCodes}.
   */
  Set<String> allowedCodes(Item item) {
    Set<String> codes = allowed.get(item.id());
    return codes != null && byId.get(item.id()) == item
        ? codes
        : SubmissionParser.allowedCodes(item);
  }

  /** An instrument compared by identity. */
  private record Key(Instrument instrument) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.instrument == instrument;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(instrument);
    }
  }
}
