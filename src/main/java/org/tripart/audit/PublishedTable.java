package org.tripart.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * Reads a table of published percentages ({@code published-tables.csv}): UTF-8, RFC 4180, with the
 * header {@code table,group,item,item_label,kind,option,option_label,table_pct,text_pct,note} in
 * any order. Every row must give table, group, item, kind, option and a table percentage; an item
 * must have one kind within its group, and an option may appear only once per item.
 *
 * <p>Stateless and thread-safe; reading has no side effect beyond consuming the input. Any problem
 * is a {@link TripartException} with {@link ErrorCode#PUBLISHED_TABLE} naming file:line and the
 * column, and the whole file is rejected: no partial list is returned.
 */
public final class PublishedTable {
  static final List<String> COLUMNS =
      List.of(
          "table",
          "group",
          "item",
          "item_label",
          "kind",
          "option",
          "option_label",
          "table_pct",
          "text_pct",
          "note");

  private PublishedTable() {}

  /** Reads the file at {@code file}; messages name it as given. */
  public static List<PublishedRow> read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new TripartException(ErrorCode.IO, file.toString(), "no such file", e);
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, file.toString(), "cannot be read: " + e, e);
    }
  }

  /**
   * Reads a published table from {@code in}, which is read to its end but not closed.
   *
   * @param fileName the name used in messages
   */
  public static List<PublishedRow> read(Reader in, String fileName) {
    List<CsvRecords.Record> records = CsvRecords.read(in, fileName);
    if (records.isEmpty()) {
      throw fail(fileName, 1, null, "the file is empty; expected the header " + header());
    }
    Map<String, Integer> index = headerIndex(records.get(0), fileName);
    List<PublishedRow> rows = new ArrayList<>();
    Map<String, PublishedRow> firstOfItem = new HashMap<>();
    Map<String, PublishedRow> firstOfOption = new HashMap<>();
    for (CsvRecords.Record record : records.subList(1, records.size())) {
      PublishedRow row = toRow(record, index, fileName);
      String itemKey = row.group() + "\u0000" + row.item();
      PublishedRow sameItem = firstOfItem.putIfAbsent(itemKey, row);
      if (sameItem != null && sameItem.kind() != row.kind()) {
        throw fail(
            fileName,
            row.line(),
            "kind",
            "item '%s' of group '%s' is '%s' here but '%s' on line %d"
                .formatted(
                    row.item(),
                    row.group(),
                    row.kind().csvName(),
                    sameItem.kind().csvName(),
                    sameItem.line()));
      }
      PublishedRow sameOption = firstOfOption.putIfAbsent(itemKey + "\u0000" + row.option(), row);
      if (sameOption != null) {
        throw fail(
            fileName,
            row.line(),
            "option",
            "option '%s' of item '%s' (group '%s') is already listed on line %d"
                .formatted(row.option(), row.item(), row.group(), sameOption.line()));
      }
      rows.add(row);
    }
    return List.copyOf(rows);
  }

  private static Map<String, Integer> headerIndex(CsvRecords.Record header, String fileName) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip();
      if (!COLUMNS.contains(name)) {
        throw fail(fileName, header.line(), name, "unknown column; the columns are " + header());
      }
      if (index.putIfAbsent(name, i) != null) {
        throw fail(fileName, header.line(), name, "the column is named twice in the header");
      }
    }
    for (String name : COLUMNS) {
      if (!index.containsKey(name)) {
        throw fail(fileName, header.line(), name, "missing column; the header must be " + header());
      }
    }
    return index;
  }

  private static PublishedRow toRow(
      CsvRecords.Record record, Map<String, Integer> index, String fileName) {
    List<String> f = record.fields();
    int line = record.line();
    if (f.size() != index.size()) {
      throw fail(
          fileName,
          line,
          null,
          "expected %d fields as in the header, found %d".formatted(index.size(), f.size()));
    }
    String kindText = f.get(index.get("kind")).strip();
    Kind kind =
        Kind.fromCsvName(kindText)
            .orElseThrow(
                () ->
                    fail(
                        fileName,
                        line,
                        "kind",
                        "'%s' is not a kind; use single, multi or binary".formatted(kindText)));
    Double tablePct = percentage(f, index, "table_pct", line, fileName);
    if (tablePct == null) {
      throw fail(fileName, line, "table_pct", "the percentage printed in the table is missing");
    }
    String note = f.get(index.get("note"));
    return new PublishedRow(
        line,
        required(f, index, "table", line, fileName),
        required(f, index, "group", line, fileName),
        required(f, index, "item", line, fileName),
        f.get(index.get("item_label")).strip(),
        kind,
        required(f, index, "option", line, fileName),
        f.get(index.get("option_label")).strip(),
        tablePct,
        percentage(f, index, "text_pct", line, fileName),
        note.isBlank() ? null : note.strip());
  }

  private static String required(
      List<String> f, Map<String, Integer> index, String column, int line, String fileName) {
    String value = f.get(index.get(column)).strip();
    if (value.isEmpty()) {
      throw fail(fileName, line, column, "a value is required");
    }
    return value;
  }

  private static Double percentage(
      List<String> f, Map<String, Integer> index, String column, int line, String fileName) {
    String text = f.get(index.get(column)).strip();
    if (text.isEmpty()) {
      return null;
    }
    if (!text.matches("[0-9]+(\\.[0-9]+)?")) {
      throw fail(
          fileName,
          line,
          column,
          "'%s' is not a percentage; write a plain number such as 16.5, without %%"
              .formatted(text));
    }
    double value = Double.parseDouble(text);
    if (value > 100) {
      throw fail(fileName, line, column, "'%s' is more than 100%%".formatted(text));
    }
    return value;
  }

  private static String header() {
    return String.join(",", COLUMNS);
  }

  private static TripartException fail(String fileName, int line, String column, String problem) {
    String where = fileName + ":" + line + (column == null ? "" : " column " + column);
    return new TripartException(ErrorCode.PUBLISHED_TABLE, where, problem);
  }
}
