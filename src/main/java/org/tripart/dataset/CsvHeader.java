package org.tripart.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.tripart.ErrorCode;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;

/**
 * What each column of a CSV header holds, bound to the items of an instrument (see {@code
 * csv-layout.md}). Immutable after {@link #bind}; thread-safe.
 */
final class CsvHeader {
  /** The separator of a multiple-choice column name, {@code item___code}, as REDCap writes it. */
  static final String CHECKBOX_SEPARATOR = "___";

  static final List<String> ID_COLUMNS = List.of("record_id", "respondent_id");

  enum Kind {
    ID,
    IGNORED,
    CODED,
    CHECKBOX,
    WHOLE_NUMBER,
    NUMBER,
    TEXT
  }

  final List<String> names;
  final Kind[] kinds;
  final int[] items;
  final int[] options;
  final CodeTable[] tables;
  final int idColumn;

  private CsvHeader(List<String> names, Kind[] kinds, int[] items, int[] options, int idColumn) {
    this.names = List.copyOf(names);
    this.kinds = kinds;
    this.items = items;
    this.options = options;
    this.idColumn = idColumn;
    this.tables = new CodeTable[kinds.length];
  }

  /**
   * Binds the header's columns to items.
   *
   * @param warnings receives one message per item without a column and per ignored column
   * @throws MalformedCsvException (TRP-0101) for a duplicate column, a multiple-choice item given
   *     as one column, or an unknown column unless {@code ignoreUnknown}
   */
  static CsvHeader bind(
      Instrument instrument,
      List<String> names,
      String file,
      int line,
      boolean ignoreUnknown,
      Consumer<String> warnings) {
    List<Item> all = DatasetBuilder.dataItems(instrument);
    Map<String, Integer> itemIndex = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      itemIndex.put(all.get(i).id(), i);
    }
    int n = names.size();
    Kind[] kinds = new Kind[n];
    int[] items = new int[n];
    int[] options = new int[n];
    int idColumn = -1;
    Map<String, Integer> seen = new HashMap<>();
    boolean[][] covered = new boolean[all.size()][];
    List<String> ignored = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      String name = names.get(c);
      Integer first = seen.putIfAbsent(name, c);
      if (first != null) {
        throw header(
            file,
            line,
            c,
            name,
            "column '" + name + "' appears twice (first as column " + (first + 1) + ")");
      }
      Integer i = itemIndex.get(name);
      int option = -1;
      if (i == null) {
        int[] box = checkbox(name, all, itemIndex);
        if (box != null) {
          i = box[0];
          option = box[1];
        }
      }
      if (i != null) {
        Item item = all.get(i);
        if (item.type() == ItemType.MULTIPLE && option < 0) {
          throw header(file, line, c, name, wholeMultiple(item));
        }
        items[c] = i;
        options[c] = option;
        kinds[c] = kindOf(item.type());
        if (covered[i] == null) {
          covered[i] = new boolean[Math.max(1, item.options().size())];
        }
        covered[i][Math.max(0, option)] = true;
      } else if (idColumn < 0 && ID_COLUMNS.contains(name)) {
        kinds[c] = Kind.ID;
        idColumn = c;
      } else if (isNote(instrument, name)) {
        throw header(
            file,
            line,
            c,
            name,
            name
                + " is a note of instrument "
                + instrument.id()
                + ", only shown to respondents; it has no data column");
      } else if (ignoreUnknown || ID_COLUMNS.contains(name)) {
        kinds[c] = Kind.IGNORED;
        ignored.add(name);
      } else {
        throw header(file, line, c, name, unknown(instrument, name, all));
      }
    }
    CsvHeader h = new CsvHeader(names, kinds, items, options, idColumn);
    for (int c = 0; c < n; c++) {
      if (kinds[c] == Kind.CODED) {
        h.tables[c] =
            new CodeTable(all.get(items[c]).options().stream().map(Option::code).toList());
      }
    }
    if (!ignored.isEmpty()) {
      warnings.accept(
          file + ": ignored " + ignored.size() + " column(s): " + String.join(", ", ignored));
    }
    warnMissing(all, covered, file, warnings);
    return h;
  }

  private static boolean isNote(Instrument instrument, String name) {
    return instrument.hasItem(name) && instrument.item(name).type() == ItemType.NOTE;
  }

  private static Kind kindOf(ItemType type) {
    return switch (type) {
      case MULTIPLE -> Kind.CHECKBOX;
      case INTEGER, ROSTER -> Kind.WHOLE_NUMBER;
      case DECIMAL, CALCULATED -> Kind.NUMBER;
      case TEXT, DATE, INSTITUTION -> Kind.TEXT;
      case NOTE -> Kind.IGNORED;
      case SINGLE, YES_NO, LIKERT, PROVINCE -> Kind.CODED;
    };
  }

  /** {item index, option index} when the name is {@code item___code} of a multiple-choice item. */
  private static int[] checkbox(String name, List<Item> all, Map<String, Integer> itemIndex) {
    for (int at = name.indexOf(CHECKBOX_SEPARATOR);
        at > 0;
        at = name.indexOf(CHECKBOX_SEPARATOR, at + 1)) {
      Integer i = itemIndex.get(name.substring(0, at));
      if (i != null && all.get(i).type() == ItemType.MULTIPLE) {
        int o = all.get(i).optionIndex(name.substring(at + CHECKBOX_SEPARATOR.length()));
        if (o >= 0) {
          return new int[] {i, o};
        }
      }
    }
    return null;
  }

  private static String wholeMultiple(Item item) {
    List<String> expected = new ArrayList<>();
    for (Option o : item.options()) {
      expected.add(item.id() + CHECKBOX_SEPARATOR + o.code());
    }
    return item.id()
        + " is a multiple-choice item; expected one 0/1 column per option instead: "
        + CsvMessages.list(expected);
  }

  private static String unknown(Instrument instrument, String name, List<Item> all) {
    List<String> candidates = new ArrayList<>(ID_COLUMNS);
    for (Item item : all) {
      if (item.type() == ItemType.MULTIPLE) {
        for (Option o : item.options()) {
          candidates.add(item.id() + CHECKBOX_SEPARATOR + o.code());
        }
      } else {
        candidates.add(item.id());
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int threshold = Math.max(1, Math.min(3, name.length() / 4));
    LevenshteinDistance distance = new LevenshteinDistance(threshold);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.apply(lower, candidate.toLowerCase(Locale.ROOT));
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    String problem = "column '" + name + "' is not an item of instrument " + instrument.id() + "; ";
    return best != null
        ? problem + "did you mean '" + best + "'? (or ignore unknown columns)"
        : problem
            + "expected an item id, item___code for an option of a multiple-choice item, or"
            + " record_id (or ignore unknown columns)";
  }

  private static void warnMissing(
      List<Item> all, boolean[][] covered, String file, Consumer<String> warnings) {
    for (int i = 0; i < all.size(); i++) {
      Item item = all.get(i);
      if (covered[i] == null) {
        warnings.accept(file + ": no column for item " + item.id() + "; its answers are all blank");
      } else if (item.type() == ItemType.MULTIPLE) {
        for (int o = 0; o < covered[i].length; o++) {
          if (!covered[i][o]) {
            warnings.accept(
                file
                    + ": no column "
                    + item.id()
                    + CHECKBOX_SEPARATOR
                    + item.options().get(o).code()
                    + "; that option counts as not ticked");
          }
        }
      }
    }
  }

  private static MalformedCsvException header(
      String file, int line, int column, String name, String problem) {
    return new MalformedCsvException(ErrorCode.CSV_HEADER, file, line, column + 1, name, problem);
  }
}
