package org.tripart.study;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/** Reads a study's file of figures given only in the text. Stateless and thread-safe. */
public final class TextFacts {
  private static final String[] COLUMNS = {
    "group",
    "item",
    "item_label",
    "kind",
    "option",
    "option_label",
    "pct",
    "note",
    "source_item",
    "source_option",
    "by_item",
    "by_option"
  };

  private TextFacts() {}

  /**
   * Reads the facts.
   *
   * @throws TripartException naming file, line and column when a column is missing or a value
   *     malformed
   */
  public static List<TextFact> read(Reader reader, String fileName) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<TextFact> facts = new ArrayList<>();
    try (var parser = format.parse(reader)) {
      for (String c : COLUMNS) {
        if (!parser.getHeaderMap().containsKey(c)) {
          throw new TripartException(
              ErrorCode.PUBLISHED_TABLE, fileName + ":1", "column '" + c + "' is missing");
        }
      }
      for (CSVRecord r : parser) {
        int line = (int) r.getRecordNumber() + 1;
        String where = fileName + ":" + line;
        double value;
        try {
          value = Double.parseDouble(r.get("pct"));
        } catch (NumberFormatException e) {
          throw new TripartException(
              ErrorCode.PUBLISHED_TABLE, where, "pct '" + r.get("pct") + "' is not a number");
        }
        String item = r.get("item");
        String option = r.get("option");
        String sourceItem = r.get("source_item").isEmpty() ? item : r.get("source_item");
        String sourceOption =
            r.get("source_option").isEmpty() && r.get("source_item").isEmpty()
                ? option
                : r.get("source_option");
        facts.add(
            new TextFact(
                line,
                r.get("group"),
                item,
                r.get("item_label"),
                r.get("kind"),
                option,
                r.get("option_label"),
                value,
                r.get("note"),
                sourceItem,
                sourceOption,
                r.get("by_item"),
                r.get("by_option")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new TripartException(ErrorCode.PUBLISHED_TABLE, fileName, e.getMessage());
    }
    return facts;
  }
}
