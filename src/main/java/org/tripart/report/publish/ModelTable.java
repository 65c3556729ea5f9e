package org.tripart.report.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tripart.report.Align;
import org.tripart.report.Table;

/**
 * A regression table as gtsummary's {@code tbl_regression} lays it out: Characteristic | OR (or
 * Beta, IRR) | 95% CI | p, a factor as its item's label row with one indented row per level and
 * {@code —} for the reference level, the numbers styled as {@link RegressionNumbers} (the interval
 * {@code low, high}), the intercept and an ordinal model's cut points left out, footnotes under the
 * table. Built by {@link ModelTables}; rendered by {@link DocxExport}, {@link XlsxExport} and,
 * through {@link #toReportTable()}, by every {@link org.tripart.report.Format}. Immutable.
 *
 * @param title the caption printed above the table
 * @param estimateHeader {@code Beta}, {@code OR} or {@code IRR}
 * @param exponentiated whether the numbers are exponentiated (styled as ratios)
 * @param level the confidence level of the intervals, for example 0.95
 * @param lines the rows in the model's order of terms
 * @param footnotes printed under the table, in order
 * @param language the language of the table's words and labels, {@code en} or {@code zh} (as {@link
 *     PublicationSettings#language()}); the abbreviations OR, IRR, Beta, CI and p are the same in
 *     both
 */
public record ModelTable(
    String title,
    String estimateHeader,
    boolean exponentiated,
    double level,
    List<Line> lines,
    List<String> footnotes,
    String language) {

  public ModelTable {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(estimateHeader, "estimateHeader");
    Objects.requireNonNull(language, "language");
    lines = List.copyOf(lines);
    footnotes = List.copyOf(footnotes);
  }

  /** A covariate's label row, or one of its levels indented under it. */
  public enum Kind {
    VARIABLE,
    LEVEL
  }

  /**
   * One row.
   *
   * @param kind a covariate's row (with numbers for a single-coefficient term) or a level's row
   * @param label the item's label, or the level's option label
   * @param estimate the coefficient on the printed scale (exponentiated when the table is), NaN on
   *     a label row without numbers and on a reference row
   * @param low the interval's lower limit on the printed scale, NaN when none
   * @param high the interval's upper limit on the printed scale, NaN when none
   * @param p the coefficient's two-sided p-value, NaN when none
   * @param reference true for a factor's reference level, printed {@code —}
   */
  public record Line(
      Kind kind,
      String label,
      double estimate,
      double low,
      double high,
      double p,
      boolean reference) {
    /** A label row without numbers, or a level's reference row. */
    static Line bare(Kind kind, String label, boolean reference) {
      return new Line(kind, label, Double.NaN, Double.NaN, Double.NaN, Double.NaN, reference);
    }

    /** Whether the row prints a coefficient. */
    public boolean hasEstimate() {
      return !reference && !Double.isNaN(estimate);
    }
  }

  /** The dash gtsummary prints for a reference level's estimate and interval. */
  public static final String REFERENCE = "—";

  /** The column headers: Characteristic, the estimate, the interval, p. */
  public List<String> headers() {
    return List.of(characteristicHeader(), estimateHeader, intervalHeader(), "p");
  }

  /** {@code Characteristic} in the table's language. */
  public String characteristicHeader() {
    return ModelWords.get("characteristic", language);
  }

  /** The interval's lower and upper bound headers of a spreadsheet: {@code 95% CI low}, high. */
  public List<String> boundHeaders() {
    String ci = intervalHeader();
    String gap = "zh".equals(language) ? "" : " ";
    return List.of(
        ci + gap + ModelWords.get("low", language), ci + gap + ModelWords.get("high", language));
  }

  /** {@code 95% CI}, from the level. */
  public String intervalHeader() {
    String pct = String.format(Locale.ROOT, "%.1f", 100 * level);
    return (pct.endsWith(".0") ? pct.substring(0, pct.length() - 2) : pct) + "% CI";
  }

  /** The estimate as printed. */
  public RegressionNumbers.Styled styled(double v) {
    return exponentiated ? RegressionNumbers.ratio(v, 2) : RegressionNumbers.sigfig(v, 2);
  }

  /** The row's cells after the label, as printed: estimate, interval, p. */
  public List<String> cells(Line l) {
    if (l.reference()) {
      return List.of(REFERENCE, REFERENCE, "");
    }
    if (!l.hasEstimate()) {
      return List.of("", "", "");
    }
    String ci =
        Double.isNaN(l.low()) ? "" : styled(l.low()).text() + ", " + styled(l.high()).text();
    return List.of(styled(l.estimate()).text(), ci, RegressionNumbers.pValue(l.p()).text());
  }

  /** Every row as printed text, levels indented by {@link PublicationTable#INDENT}. */
  public List<List<String>> textRows() {
    List<List<String>> out = new ArrayList<>();
    for (Line l : lines) {
      List<String> row = new ArrayList<>();
      row.add(l.kind() == Kind.LEVEL ? PublicationTable.INDENT + l.label() : l.label());
      row.addAll(cells(l));
      out.add(row);
    }
    return out;
  }

  /** The same table as a report table, for Markdown, HTML and text. */
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
