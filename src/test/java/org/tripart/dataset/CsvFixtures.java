package org.tripart.dataset;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.NumericRange;
import org.tripart.instrument.Option;
import org.tripart.instrument.Section;

/** A small instrument with one item of each kind, and helpers to read CSV text against it. */
final class CsvFixtures {
  static final List<String> warnings = new ArrayList<>();

  private CsvFixtures() {}

  static Instrument instrument() {
    return new Instrument(
        "clinician",
        "clinician",
        1,
        LocalizedText.of("Clinicians", "临床医生"),
        List.of("en", "zh"),
        List.of(
            new Section(
                "s1",
                LocalizedText.of("About you", "关于您"),
                List.of(
                    item(
                        "age_group",
                        ItemType.SINGLE,
                        NumericRange.ANY,
                        "under_30",
                        "30_40",
                        "over_40"),
                    item(
                        "ai_use", ItemType.MULTIPLE, NumericRange.ANY, "reading", "triage", "none"),
                    item("years", ItemType.INTEGER, new NumericRange(0, 50)),
                    item("hours", ItemType.DECIMAL, new NumericRange(0, 100)),
                    item("comment", ItemType.TEXT, NumericRange.ANY),
                    item("consent", ItemType.YES_NO, NumericRange.ANY, "yes", "no")))),
        "<test>");
  }

  static Item item(String id, ItemType type, NumericRange range, String... codes) {
    List<Option> options = new ArrayList<>();
    for (String c : codes) {
      options.add(new Option(c, LocalizedText.of(c, c)));
    }
    return new Item(
        id, type, LocalizedText.of(id, id), null, options, false, null, range, null, null);
  }

  static final String HEADER =
      "record_id,age_group,ai_use___reading,ai_use___triage,ai_use___none,years,hours,comment,consent\n";

  static Dataset read(String csv) {
    return read(csv, CsvDatasetReader.Options.defaults());
  }

  static Dataset read(String csv, CsvDatasetReader.Options options) {
    warnings.clear();
    return CsvDatasetReader.read(
        instrument(), new StringReader(csv), "responses.csv", options.withWarnings(warnings::add));
  }
}
