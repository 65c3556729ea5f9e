package org.tripart.interop;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tripart.dataset.Ties;
import org.tripart.dataset.TiesCsv;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * What every format does with partner rosters, which none of them has: the roster is written as the
 * number of partners named (an integer), and the partners with their tie answers go to Tripart's
 * ties file {@code ID-ties.csv} beside the data ({@code csv-layout.md}), which R, Stata, SPSS and a
 * spreadsheet read as it is. Wraps an {@link Exporter}; stateless and thread-safe.
 */
final class RosterExports {
  private RosterExports() {}

  /** {@code exporter}, adding the ties file and a note per roster item. */
  static Exporter carryingTies(Exporter exporter) {
    return (instrument, data, options) -> {
      Export export = exporter.write(instrument, data, options);
      List<Item> rosters =
          instrument.items().stream().filter(i -> i.type() == ItemType.ROSTER).toList();
      if (rosters.isEmpty()) {
        return export;
      }
      List<ExportFile> files = new ArrayList<>(export.files());
      List<ConversionNote> notes = new ArrayList<>(export.notes());
      String tiesFile = instrument.id() + "-ties.csv";
      boolean withTies = data != null && options.ties() != null;
      if (withTies) {
        files.add(new ExportFile(tiesFile, tiesCsv(options.ties())));
      }
      for (Item r : rosters) {
        notes.add(
            new ConversionNote(
                r.location().toString(),
                "item " + r.id(),
                "partner roster: written as the number of partners named (an integer); "
                    + (withTies
                        ? "the partners and their tie answers are in " + tiesFile
                        : data == null
                            ? "the register lookup and the tie questions ("
                                + String.join(
                                    ", ", r.roster().ties().stream().map(Item::id).toList())
                                + ") are Tripart's only"
                            : "the partners themselves were not given, so no ties file is written")));
      }
      return new Export(files, notes);
    };
  }

  private static byte[] tiesCsv(Ties ties) {
    StringWriter out = new StringWriter();
    TiesCsv.write(ties, out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
