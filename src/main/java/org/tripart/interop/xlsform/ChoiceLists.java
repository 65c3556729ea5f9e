package org.tripart.interop.xlsform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.instrument.LocalizedText;

/**
 * The choices sheet: its rows grouped by {@code list_name}, each with its name, labels, the extra
 * columns a {@code choice_filter} may read and its place. Immutable once read.
 */
final class ChoiceLists {
  /** One row of the choices sheet. */
  record Choice(
      String name, Map<String, String> labels, Map<String, String> columns, String where) {}

  private final Map<String, List<Choice>> lists = new LinkedHashMap<>();
  private final Sheet sheet;
  private final Columns columns;

  ChoiceLists(Sheet sheet, Columns columns, Texts texts) {
    this.sheet = sheet;
    this.columns = columns;
    if (sheet == null) {
      return;
    }
    int list = columns.index("list_name");
    int name = columns.index("name");
    for (Sheet.Row row : sheet.rows()) {
      String listName = row.cell(list);
      if (listName.isEmpty() || row.cell(name).isEmpty()) {
        continue;
      }
      Map<String, String> extra = new LinkedHashMap<>();
      columns.plainColumns().forEach((k, i) -> extra.put(k, row.cell(i)));
      lists
          .computeIfAbsent(listName, k -> new ArrayList<>())
          .add(
              new Choice(
                  row.cell(name),
                  texts.raw(columns, row, "label"),
                  extra,
                  sheet.where(row.number(), name)));
    }
  }

  /** The choices of a list in sheet order, or null when there is no such list. */
  List<Choice> list(String listName) {
    return lists.get(listName);
  }

  /** True when the choices sheet has this (normalised) column. */
  boolean hasColumn(String column) {
    return columns != null && columns.has(column);
  }

  boolean exists() {
    return sheet != null;
  }

  /** A choice's label in every language; the choice's name when it has none (noted by texts). */
  static LocalizedText label(Choice c, Texts texts, String subject) {
    return texts.complete(c.labels(), c.name(), c.where(), subject, "label");
  }
}
