package org.tripart.interop.xlsform;

import java.util.List;
import java.util.Locale;

/**
 * One sheet of an XLSForm as text: its header and its non-blank data rows, whatever the file's
 * flavour (.xlsx, .xls, CSV, Markdown). Immutable.
 *
 * @param name the sheet's name as written ({@code survey}, {@code SURVEY})
 * @param fileName the file, for places in messages
 * @param cellPlaces true when places are sheet cells ({@code survey!D7}), false when they are file
 *     lines ({@code form.md:7})
 * @param columnOffset how many columns lie before the header's first column (1 in the CSV flavour,
 *     whose column A holds sheet names)
 * @param headerRow the 1-based row (or line) of the header
 * @param header the header cells, trimmed, as written
 * @param rows the data rows below the header that have any text, in order
 */
record Sheet(
    String name,
    String fileName,
    boolean cellPlaces,
    int columnOffset,
    int headerRow,
    List<String> header,
    List<Row> rows) {

  Sheet {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * One data row. Immutable.
   *
   * @param number the 1-based row of the sheet, or line of the file
   * @param cells the cells under the header's columns, trimmed, "" when empty
   */
  record Row(int number, List<String> cells) {
    Row {
      cells = List.copyOf(cells);
    }

    String cell(int column) {
      return column < 0 || column >= cells.size() ? "" : cells.get(column);
    }
  }

  /** The index of the first header cell equal to {@code name} ignoring case, or -1. */
  int column(String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The place of a cell: {@code form.xlsx survey!D7} or {@code form.csv:7}. */
  String where(int rowNumber, int column) {
    if (!cellPlaces) {
      return fileName + ":" + rowNumber;
    }
    return fileName + " " + name + "!" + columnLetters(column + columnOffset) + rowNumber;
  }

  /** The place of a row: {@code form.xlsx survey!7} or {@code form.csv:7}. */
  String where(int rowNumber) {
    return cellPlaces ? fileName + " " + name + "!" + rowNumber : fileName + ":" + rowNumber;
  }

  String lowerName() {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  static String columnLetters(int column) {
    StringBuilder s = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      s.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return s.toString();
  }
}
