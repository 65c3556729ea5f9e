package org.tripart.report;

import java.util.List;
import org.tripart.CsvCells;

/**
 * Writes the tables of a document as RFC 4180 CSV: the header of the first table, then the rows of
 * every table that has the same header. Headings, paragraphs, banners and notes are left out,
 * because a CSV file is read by programs that expect one header and data rows only. A text cell
 * that a spreadsheet would run as a formula gets a leading quote ({@link CsvCells}).
 */
final class CsvRenderer implements Renderer {
  @Override
  public String render(Document document) {
    StringBuilder out = new StringBuilder();
    List<String> header = null;
    for (Block b : document.blocks()) {
      if (b instanceof Block.TableBlock tb) {
        Table t = tb.table();
        if (header == null) {
          header = t.headers();
          line(out, header);
        } else if (!header.equals(t.headers())) {
          continue;
        }
        for (List<String> row : t.rows()) {
          line(out, row);
        }
      }
    }
    return out.toString();
  }

  static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append('\n');
  }

  /** A cell, neutralised ({@link CsvCells}) and quoted when needed. */
  static String field(String value) {
    return CsvCells.field(value);
  }
}
