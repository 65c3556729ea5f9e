package org.tripart.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;
import org.tripart.instrument.Section;
import org.tripart.instrument.SourceLocation;

/**
 * Infers an instrument from the columns of a responses CSV laid out as REDCap exports it, so that a
 * data set can be analysed before anyone writes its questionnaire. The rules, column by column:
 *
 * <ul>
 *   <li>{@code record_id}, {@code respondent_id} and declared id columns are ids; declared ignored
 *       columns are left out;
 *   <li>a family {@code item___code} of columns holding only 0, 1 or blank is a multiple-choice
 *       item {@code item} with the options in column order;
 *   <li>declared numeric columns are decimal items, declared text columns text items;
 *   <li>whole numbers with at most {@code maxCodes} distinct values make a single-choice item whose
 *       options are the values seen, in numeric order; with more, an integer item;
 *   <li>other numbers make a decimal item;
 *   <li>anything else is a single-choice item when it has at most {@code maxCodes} distinct values
 *       (in sorted order), else a text item; an all-blank column is a text item.
 * </ul>
 *
 * Labels are the column names. Stateless and thread-safe; reads the file once, keeping per column
 * at most {@code maxCodes + 1} distinct values.
 */
public final class InstrumentInference {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private InstrumentInference() {}

  /**
   * Reads the header and values of {@code csv} and returns the instrument they imply, with id
   * {@code inferred} and source the file name.
   *
   * @throws TripartException (TRP-0103) when the file cannot be read; (TRP-0101) when it has no
   *     header, a declared column is missing or a column name is given twice
   * @throws MalformedCsvException is not thrown: malformed rows are reported by {@link
   *     CsvDatasetReader} when the data are read with the inferred instrument
   */
  public static Instrument infer(Path csv, InferenceOptions options) {
    return FastInference.infer(csv, options);
  }

  /** {@link #infer} by commons-csv: what {@link FastInference} falls back to. */
  static Instrument inferByCommonsCsv(Path csv, InferenceOptions options) {
    String file = csv.toString();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(in)) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        throw header(file, "the file is empty; expected a header row of column names");
      }
      List<String> names = new ArrayList<>();
      for (String n : records.next()) {
        names.add(names.isEmpty() && n.startsWith("\uFEFF") ? n.substring(1) : n);
      }
      checkDeclared(file, names, options);
      List<ColumnStats> stats = new ArrayList<>();
      for (String n : names) {
        stats.add(new ColumnStats(options.maxCodes()));
      }
      while (records.hasNext()) {
        CSVRecord r = records.next();
        for (int c = 0; c < Math.min(r.size(), stats.size()); c++) {
          stats.get(c).add(r.get(c));
        }
      }
      return build(csv, names, stats, options);
    } catch (NoSuchFileException e) {
      throw new TripartException(ErrorCode.IO, file, "no such file", e);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new TripartException(ErrorCode.IO, file, Unreadable.problem(e), e);
    }
  }

  static void checkDeclared(String file, List<String> names, InferenceOptions options) {
    List<String> declared = new ArrayList<>();
    declared.addAll(options.numeric());
    declared.addAll(options.text());
    declared.addAll(options.ids());
    declared.addAll(options.ignored());
    for (String d : declared) {
      if (!names.contains(d)) {
        throw header(
            file,
            "no column '"
                + d
                + "'; the columns are "
                + String.join(", ", names.subList(0, Math.min(names.size(), 30)))
                + (names.size() > 30 ? ", ..." : ""));
      }
    }
    for (int c = 0; c < names.size(); c++) {
      if (names.indexOf(names.get(c)) != c) {
        throw header(file, "column '" + names.get(c) + "' is given twice");
      }
    }
  }

  static Instrument build(
      Path csv, List<String> names, List<ColumnStats> stats, InferenceOptions options) {
    String source = csv.getFileName().toString();
    Map<String, List<Integer>> families = new LinkedHashMap<>();
    for (int c = 0; c < names.size(); c++) {
      String n = names.get(c);
      int sep = n.indexOf(CsvHeader.CHECKBOX_SEPARATOR);
      if (sep > 0 && !declared(n, options) && stats.get(c).binary()) {
        families.computeIfAbsent(n.substring(0, sep), k -> new ArrayList<>()).add(c);
      }
    }
    List<Item> items = new ArrayList<>();
    java.util.Set<String> done = new java.util.HashSet<>();
    for (int c = 0; c < names.size(); c++) {
      String n = names.get(c);
      if (done.contains(n)
          || options.ids().contains(n)
          || options.ignored().contains(n)
          || CsvHeader.ID_COLUMNS.contains(n)) {
        continue;
      }
      int sep = n.indexOf(CsvHeader.CHECKBOX_SEPARATOR);
      List<Integer> family = sep > 0 ? families.get(n.substring(0, sep)) : null;
      if (family != null && family.contains(c) && !names.contains(n.substring(0, sep))) {
        List<Option> opts = new ArrayList<>();
        for (int f : family) {
          String code = names.get(f).substring(sep + CsvHeader.CHECKBOX_SEPARATOR.length());
          opts.add(new Option(code, text(code)));
          done.add(names.get(f));
        }
        items.add(item(n.substring(0, sep), ItemType.MULTIPLE, opts, source, c));
        continue;
      }
      items.add(single(n, stats.get(c), options, source, c));
    }
    String id = "inferred";
    return new Instrument(
        id,
        "inferred",
        1,
        text("Inferred from " + source),
        List.of("en"),
        List.of(new Section("columns", text(source), items)),
        source);
  }

  private static boolean declared(String n, InferenceOptions options) {
    return options.numeric().contains(n)
        || options.text().contains(n)
        || options.ids().contains(n)
        || options.ignored().contains(n);
  }

  private static Item single(
      String name, ColumnStats s, InferenceOptions options, String source, int column) {
    if (options.numeric().contains(name)) {
      return item(name, ItemType.DECIMAL, List.of(), source, column);
    }
    if (options.text().contains(name) || s.values == 0) {
      return item(name, ItemType.TEXT, List.of(), source, column);
    }
    if (s.whole && s.distinct.size() <= options.maxCodes()) {
      return coded(name, s, Comparator.comparingLong(Long::parseLong), source, column);
    }
    if (s.whole) {
      return item(name, ItemType.INTEGER, List.of(), source, column);
    }
    if (s.number) {
      return item(name, ItemType.DECIMAL, List.of(), source, column);
    }
    if (s.distinct.size() <= options.maxCodes()) {
      return coded(name, s, Comparator.naturalOrder(), source, column);
    }
    return item(name, ItemType.TEXT, List.of(), source, column);
  }

  private static Item coded(
      String name, ColumnStats s, Comparator<String> order, String source, int column) {
    TreeSet<String> sorted = new TreeSet<>(order);
    sorted.addAll(s.distinct);
    List<Option> opts = sorted.stream().map(v -> new Option(v, text(v))).toList();
    return item(name, ItemType.SINGLE, opts, source, column);
  }

  private static Item item(
      String id, ItemType type, List<Option> options, String source, int column) {
    return new Item(
        id,
        type,
        text(id),
        LocalizedText.EMPTY,
        options,
        false,
        null,
        null,
        Map.of(),
        new SourceLocation(source + " column", column + 1));
  }

  private static LocalizedText text(String en) {
    return new LocalizedText(Map.of("en", en));
  }

  static TripartException header(String file, String problem) {
    return new TripartException(ErrorCode.CSV_HEADER, file + ":1", problem);
  }

  /** What one column has held so far. Not thread-safe. */
  static final class ColumnStats {
    final int maxCodes;
    final java.util.Set<String> distinct = new java.util.HashSet<>();
    boolean whole = true;
    boolean number = true;
    boolean binaryOnly = true;
    long values;

    ColumnStats(int maxCodes) {
      this.maxCodes = maxCodes;
    }

    void add(String raw) {
      String v = raw.strip();
      if (v.isEmpty()) {
        return;
      }
      values++;
      if (distinct.size() <= maxCodes) {
        distinct.add(v);
      }
      if (binaryOnly && !v.equals("0") && !v.equals("1")) {
        binaryOnly = false;
      }
      if (whole && !isWhole(v)) {
        whole = false;
      }
      if (number && !whole && !NUMBER.matcher(v).matches()) {
        number = false;
      }
    }

    static boolean isWhole(String v) {
      int start = v.charAt(0) == '+' || v.charAt(0) == '-' ? 1 : 0;
      if (v.length() == start || v.length() - start > 18) {
        return false;
      }
      for (int i = start; i < v.length(); i++) {
        char ch = v.charAt(i);
        if (ch < '0' || ch > '9') {
          return false;
        }
      }
      return true;
    }

    boolean binary() {
      return binaryOnly;
    }
  }
}
