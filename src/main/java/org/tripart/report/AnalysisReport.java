package org.tripart.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tripart.instrument.Item;
import org.tripart.instrument.Option;
import org.tripart.stats.ChiSquareTest;
import org.tripart.stats.CrossTab;
import org.tripart.stats.ItemFrequencies;
import org.tripart.stats.NumericSummary;
import org.tripart.stats.OptionFrequency;

/**
 * Lays out frequencies, cross-tabulations and numeric summaries as report documents, in the
 * instrument's language of choice. Stateless.
 */
public final class AnalysisReport {
  /** The columns of the machine-readable analysis table, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "item",
          "stratum",
          "option",
          "n",
          "denominator",
          "pct",
          "ci_low",
          "ci_high",
          "nonresponse",
          "chi2",
          "df",
          "p_value");

  private final String language;

  /**
   * @param language the language of labels, for example {@code en} or {@code zh}
   */
  public AnalysisReport(String language) {
    this.language = language;
  }

  /** Starts the CSV table; add items with {@link #csvRows}. */
  public static Table.Builder csvTable() {
    Table.Builder t = Table.builder("");
    CSV_COLUMNS.forEach(c -> t.column(c, Align.LEFT));
    return t;
  }

  /** One row per option; the stratum column empty. */
  public static void csvRows(Table.Builder t, ItemFrequencies f) {
    csvRows(t, f, "", null);
  }

  /** One row per stratum and option, then the overall rows, with the test on every row. */
  public static void csvRows(Table.Builder t, CrossTab x) {
    for (int s = 0; s < x.strata().size(); s++) {
      csvRows(t, x.perStratum().get(s), x.strata().get(s).code(), x.tests());
    }
    csvRows(t, x.overall(), "", x.tests());
  }

  private static void csvRows(
      Table.Builder t, ItemFrequencies f, String stratum, List<ChiSquareTest> tests) {
    for (int o = 0; o < f.options().size(); o++) {
      OptionFrequency of = f.options().get(o);
      ChiSquareTest test = testFor(tests, o);
      t.row(
          f.item().id(),
          stratum,
          of.option().code(),
          Long.toString(of.count()),
          Long.toString(of.denominator()),
          plain(100 * of.proportion()),
          plain(100 * of.ci().low()),
          plain(100 * of.ci().high()),
          Integer.toString(f.nonResponse()),
          test == null ? "" : plain(test.statistic()),
          test == null ? "" : Integer.toString(test.degreesOfFreedom()),
          test == null ? "" : plain(test.pValue()));
    }
  }

  private static ChiSquareTest testFor(List<ChiSquareTest> tests, int option) {
    if (tests == null || tests.isEmpty()) {
      return null;
    }
    return tests.size() == 1 ? tests.get(0) : tests.get(option);
  }

  /** A section for one item's frequencies. */
  public void frequencies(Document.Builder doc, ItemFrequencies f) {
    doc.heading(2, title(f.item()));
    Table.Builder t =
        Table.builder("")
            .column("Option", Align.LEFT)
            .column("n", Align.RIGHT)
            .column("%", Align.RIGHT)
            .column("95% CI (Wilson)", Align.RIGHT);
    for (OptionFrequency o : f.options()) {
      t.row(label(o.option()), Long.toString(o.count()), pct(o.proportion()), ci(o));
    }
    denominatorNotes(t, f);
    doc.table(t.build());
  }

  /** A section for one item split by a stratifier, with the test of independence. */
  public void crossTab(Document.Builder doc, CrossTab x) {
    doc.heading(2, title(x.item()) + " by " + x.by().label().in(language));
    Table.Builder t = Table.builder("").column("Option", Align.LEFT);
    for (int s = 0; s < x.strata().size(); s++) {
      t.column(
          label(x.strata().get(s)) + " (N=" + x.perStratum().get(s).answered() + ")", Align.RIGHT);
    }
    t.column("All (N=" + x.overall().answered() + ")", Align.RIGHT);
    for (int o = 0; o < x.overall().options().size(); o++) {
      List<String> cells = new ArrayList<>();
      cells.add(label(x.overall().options().get(o).option()));
      for (ItemFrequencies s : x.perStratum()) {
        cells.add(cell(s.options().get(o)));
      }
      cells.add(cell(x.overall().options().get(o)));
      t.row(cells);
    }
    for (int i = 0; i < x.tests().size(); i++) {
      ChiSquareTest test = x.tests().get(i);
      String what =
          x.tests().size() == 1
              ? "Pearson chi-square test of independence"
              : "Pearson chi-square test, '" + label(x.overall().options().get(i).option()) + "'";
      t.note(what + ": " + testText(test));
    }
    denominatorNotes(t, x.overall());
    doc.table(t.build());
  }

  /** A section for a numeric item. */
  public void numeric(Document.Builder doc, NumericSummary s) {
    doc.heading(2, title(s.item()));
    Table.Builder t =
        Table.builder("")
            .column("n", Align.RIGHT)
            .column("Mean", Align.RIGHT)
            .column("SD", Align.RIGHT)
            .column("Median", Align.RIGHT)
            .column("IQR", Align.RIGHT)
            .column("Range", Align.RIGHT);
    t.row(
        Integer.toString(s.answered()),
        num(s.mean()),
        num(s.sd()),
        num(s.median()),
        num(s.q1()) + "–" + num(s.q3()),
        num(s.min()) + "–" + num(s.max()));
    t.note(
        "Of "
            + s.applicable()
            + " respondents to whom the item applied, "
            + s.nonResponse()
            + " did not answer.");
    doc.table(t.build());
  }

  private void denominatorNotes(Table.Builder t, ItemFrequencies f) {
    String kind =
        f.item().type() == org.tripart.instrument.ItemType.MULTIPLE
            ? " Several options could be chosen, so the percentages sum past 100%."
            : "";
    t.note(
        "Denominator: "
            + f.answered()
            + " respondents to whom the item applied and who answered it; item non-response: "
            + f.nonResponse()
            + (f.applicable() == 0
                ? ""
                : " (" + pct((double) f.nonResponse() / f.applicable()) + "%)")
            + "; not applicable (skipped): "
            + (f.respondents() - f.applicable())
            + "."
            + kind);
    if (f.answeredWhenSkipped() > 0) {
      t.note(
          f.answeredWhenSkipped()
              + " respondents answered although the item did not apply to them; their answers"
              + " are excluded.");
    }
  }

  private String title(Item item) {
    return item.id() + ": " + item.label().in(language);
  }

  private String label(Option o) {
    return o.label().in(language);
  }

  private static String cell(OptionFrequency o) {
    return o.count() + " (" + pct(o.proportion()) + "%)";
  }

  private static String ci(OptionFrequency o) {
    if (o.denominator() == 0) {
      return "";
    }
    return pct(o.ci().low()) + "–" + pct(o.ci().high());
  }

  static String testText(ChiSquareTest t) {
    if (Double.isNaN(t.statistic())) {
      return "not computable (fewer than two non-empty rows or columns)";
    }
    String p =
        t.pValue() < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", t.pValue());
    String warn =
        t.cellsBelowFiveExpected() > 0
            ? String.format(
                Locale.ROOT,
                "; %d cells have an expected count below 5 (smallest %.1f), so the p-value is"
                    + " approximate",
                t.cellsBelowFiveExpected(),
                t.minExpected())
            : "";
    return String.format(
            Locale.ROOT, "χ²(%d) = %.2f, %s, n = %d", t.degreesOfFreedom(), t.statistic(), p, t.n())
        + warn;
  }

  static String pct(double proportion) {
    return Double.isNaN(proportion) ? "" : String.format(Locale.ROOT, "%.1f", 100 * proportion);
  }

  static String num(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
  }

  static String plain(double v) {
    return org.tripart.analysis.PlainNumbers.plain(v);
  }
}
