package org.tripart.interop.redcap;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.interop.InstrumentImport;

/** Reading the shared REDCap files and small dictionaries written in tests. */
final class Fixtures {
  static final String HEADER =
      "\"Variable / Field Name\",\"Form Name\",\"Section Header\",\"Field Type\",\"Field Label\","
          + "\"Choices, Calculations, OR Slider Labels\",\"Field Note\","
          + "\"Text Validation Type OR Show Slider Number\",\"Text Validation Min\","
          + "\"Text Validation Max\",Identifier?,\"Branching Logic (Show field only if...)\","
          + "\"Required Field?\",\"Custom Alignment\",\"Question Number (surveys only)\","
          + "\"Matrix Group Name\",\"Matrix Ranking?\",\"Field Annotation\"\n";

  private Fixtures() {}

  static InstrumentImport shared(String file) {
    return new RedcapDictionary().read(InteropFiles.bytes(file), file);
  }

  /** A dictionary in the download layout from rows given without the header. */
  static InstrumentImport dictionary(String rows) {
    return new RedcapDictionary()
        .read((HEADER + rows).getBytes(StandardCharsets.UTF_8), "test.csv");
  }

  static Map<String, Integer> countsByType(Instrument instrument) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Item i : instrument.items()) {
      counts.merge(i.type().fileName(), 1, Integer::sum);
    }
    return counts;
  }

  static String when(Instrument instrument, String item) {
    return instrument.item(item).condition().map(c -> c.source()).orElse(null);
  }
}
