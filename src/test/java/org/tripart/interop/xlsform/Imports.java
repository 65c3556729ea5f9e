package org.tripart.interop.xlsform;

import java.util.Map;
import java.util.TreeMap;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.interop.InstrumentImport;

/** Helpers for the tests of real files: import one and summarise it. */
final class Imports {
  private Imports() {}

  static InstrumentImport of(String file) {
    return new XlsForm().read(InteropFiles.bytes(file), file);
  }

  /** Item counts by Tripart type name, sorted by name. */
  static Map<String, Integer> typeCounts(Instrument instrument) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Item i : instrument.items()) {
      counts.merge(i.type().fileName(), 1, Integer::sum);
    }
    return counts;
  }

  static String when(Instrument instrument, String item) {
    return instrument.item(item).condition().map(c -> c.source()).orElse(null);
  }

  static String optionWhen(Instrument instrument, String item, String code) {
    return instrument.item(item).option(code).condition().map(c -> c.source()).orElse(null);
  }
}
