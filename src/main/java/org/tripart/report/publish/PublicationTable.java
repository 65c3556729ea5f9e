package org.tripart.report.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tripart.report.Align;
import org.tripart.report.Table;

/**
 * A table as a journal prints it: Characteristic | n (%) | 95% CI, once per group (overall, or
 * overall and each stratum), optionally a p-value column, with the footnotes that make it readable
 * on its own (denominators, non-response, "several answers possible", suppression marks, the
 * synthetic-data label). Built by {@link PublicationTables}; rendered by {@link DocxExport}, {@link
 * XlsxExport} and, through {@link #toReportTable()}, by every {@link org.tripart.report.Format}.
 * Immutable.
 *
 * @param title the caption printed above the table, for example {@code Table 1. ...}
 * @param groups the column groups' headings, for example {@code All (N = 5,142)}
 * @param hasPValue true when the table has a p-value column
 * @param rows headings and option rows, in instrument or paper order
 * @param footnotes printed under the table, in order
 * @param threshold the suppression threshold, 0 when nothing was suppressed
 * @param language {@code en} or {@code zh}: the language of the headers the writers print
 */
public record PublicationTable(
    String title,
    List<String> groups,
    boolean hasPValue,
    List<Row> rows,
    List<String> footnotes,
    int threshold,
    String language) {

  /** How option rows are indented in text formats (an em space keeps it in Markdown and HTML). */
  public static final String INDENT = "\u2003";

  public PublicationTable {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    groups = List.copyOf(groups);
    rows = List.copyOf(rows);
    footnotes = List.copyOf(footnotes);
    for (Row r : rows) {
      if (!r.isHeading() && r.cells().size() != groups.size()) {
        throw new IllegalArgumentException(
            "row '" + r.label() + "' has " + r.cells().size() + " cells for " + groups.size());
      }
    }
  }

  /** The column headings as printed: Characteristic, then n (%) and 95% CI per group, then p. */
  public List<String> headers() {
    List<String> h = new ArrayList<>();
    h.add(PublicationWords.of(language).characteristic());
    boolean one = groups.size() == 1;
    for (String g : groups) {
      h.add(one ? "n (%)" : g + ", n (%)");
      h.add(one ? "95% CI" : g + ", 95% CI");
    }
    if (hasPValue) {
      h.add("p");
    }
    return h;
  }

  /** Every row as printed text, one string per header. */
  public List<List<String>> textRows() {
    List<List<String>> out = new ArrayList<>();
    for (Row r : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(r.isHeading() ? r.label() : INDENT + r.label());
      for (int g = 0; g < groups.size(); g++) {
        if (r.isHeading()) {
          cells.add("");
          cells.add("");
        } else {
          Cell c = r.cells().get(g);
          cells.add(c.nPercent(threshold));
          cells.add(c.interval());
        }
      }
      if (hasPValue) {
        cells.add(Numbers.p(r.pValue()));
      }
      out.add(cells);
    }
    return out;
  }

  /** The same table as a report table, for CSV, Markdown, HTML and text. */
  public Table toReportTable() {
    Table.Builder t = Table.builder(title);
    List<String> headers = headers();
    for (int i = 0; i < headers.size(); i++) {
      t.column(headers.get(i), i == 0 ? Align.LEFT : Align.RIGHT);
    }
    textRows().forEach(t::row);
    footnotes.forEach(t::note);
    return t.build();
  }
}
