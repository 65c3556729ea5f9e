package org.tripart.dataset;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tripart.instrument.Condition;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.UnknownItemException;

/**
 * An in-memory, column-per-item view of the responses to one instrument: what every statistic
 * reads. Built by {@link DatasetBuilder}. Immutable and thread-safe; derived sets (which rows an
 * item applied to) are computed on first use and cached.
 */
public final class Dataset {
  private final Instrument instrument;
  private final int size;
  private final List<String> respondentIds;
  private final Map<String, Column> columns;
  private final String provenance;
  private final Map<String, BitSet> applicable = new ConcurrentHashMap<>();

  Dataset(
      Instrument instrument,
      int size,
      List<String> respondentIds,
      Map<String, Column> columns,
      String provenance) {
    this.instrument = instrument;
    this.size = size;
    this.respondentIds = List.copyOf(respondentIds);
    this.columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    this.provenance = provenance == null ? "" : provenance;
  }

  public Instrument instrument() {
    return instrument;
  }

  /** The number of respondents (rows). */
  public int size() {
    return size;
  }

  /** Respondent ids by row; empty when the source had none. */
  public List<String> respondentIds() {
    return respondentIds;
  }

  /**
   * Where the data came from, as it should be shown beside any result: for synthetic data this
   * starts with {@code SYNTHETIC}. Never null.
   */
  public String provenance() {
    return provenance;
  }

  /** True when the data were generated rather than collected. */
  public boolean isSynthetic() {
    return provenance.startsWith("SYNTHETIC");
  }

  /** The column of every item, in instrument order. */
  public Map<String, Column> columns() {
    return columns;
  }

  /**
   * The column of this item.
   *
   * @throws UnknownItemException when the instrument has no such item
   */
  public Column column(String itemId) {
    Column c = columns.get(itemId);
    if (c == null) {
      throw new UnknownItemException(instrument.id(), itemId);
    }
    return c;
  }

  /**
   * The rows to which the item applied: all rows when it has no skip logic, else the rows whose
   * answers satisfy its condition. The returned set is a copy the caller may change.
   */
  public BitSet applicableRows(String itemId) {
    return (BitSet) applicable.computeIfAbsent(itemId, this::computeApplicable).clone();
  }

  private BitSet computeApplicable(String itemId) {
    Item item = column(itemId).item();
    BitSet rows = new BitSet(size);
    Condition when = item.when();
    if (when == null) {
      rows.set(0, size);
      return rows;
    }
    for (int r = 0; r < size; r++) {
      final int row = r;
      if (when.test(id -> columns.get(id).answer(row))) {
        rows.set(r);
      }
    }
    return rows;
  }

  /** The rows that answered the item, whether or not it applied to them. A copy. */
  public BitSet answeredRows(String itemId) {
    Column c = column(itemId);
    if (c instanceof MultiColumn m) {
      return m.answeredRows();
    }
    long[] words = new long[(size + 63) >>> 6];
    for (int r = 0; r < size; r++) {
      if (c.answered(r)) {
        words[r >>> 6] |= 1L << r;
      }
    }
    return BitSet.valueOf(words);
  }
}
