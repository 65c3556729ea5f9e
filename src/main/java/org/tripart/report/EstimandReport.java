package org.tripart.report;

import java.util.List;
import org.tripart.analysis.EstimandRow;

/**
 * Lays out totals, ratios, score means and contrasts ({@link EstimandRow}): a machine-readable
 * table at full precision on R's scale, and a readable table rounded for a report. Stateless.
 */
public final class EstimandReport {
  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "estimand",
          "item",
          "option",
          "detail",
          "estimate",
          "se",
          "ci_low",
          "ci_high",
          "df",
          "deff",
          "n",
          "t",
          "p_value");

  private EstimandReport() {}

  /**
   * One row per estimate, on the scale R reports it (counts, ratios, scores; contrasts of
   * proportions in proportions), full precision (shortest round-trip form); empty cells for what an
   * estimand has not (a total's t, a ratio's design effect).
   */
  public static Table csv(List<EstimandRow> rows) {
    Table.Builder t = Table.builder("");
    CSV_COLUMNS.forEach(c -> t.column(c, Align.LEFT));
    for (EstimandRow r : rows) {
      t.row(
          r.kind().id(),
          r.item(),
          r.option() == null ? "" : r.option(),
          r.detail() == null ? "" : r.detail(),
          num(r.estimate()),
          num(r.standardError()),
          num(r.lower()),
          num(r.upper()),
          Integer.toString(r.degreesOfFreedom()),
          num(r.designEffect()),
          Integer.toString(r.rows()),
          num(r.statistic()),
          num(r.pValue()));
    }
    return t.build();
  }

  /**
   * A section "Totals, ratios, score means and contrasts" with one readable table; nothing when
   * there are no rows.
   *
   * @param level the confidence level, for the interval's heading
   */
  public static void section(Document.Builder doc, List<EstimandRow> rows, double level) {
    if (rows.isEmpty()) {
      return;
    }
    doc.heading(2, "Totals, ratios, score means and contrasts");
    Table.Builder t = Table.builder("");
    t.column("Estimand", Align.LEFT)
        .column("n", Align.RIGHT)
        .column("Estimate", Align.RIGHT)
        .column("SE", Align.RIGHT)
        .column(AnalysisReport.plain(100 * level) + "% CI", Align.RIGHT)
        .column("t", Align.RIGHT)
        .column("p", Align.RIGHT);
    for (EstimandRow r : rows) {
      t.row(
          label(r),
          Integer.toString(r.rows()),
          sig(r.estimate()),
          sig(r.standardError()),
          Double.isNaN(r.lower()) ? "" : sig(r.lower()) + " to " + sig(r.upper()),
          Double.isNaN(r.statistic()) ? "" : DesignReport.fixed(r.statistic(), 2),
          Double.isNaN(r.pValue()) ? "" : p(r.pValue()));
    }
    t.note(
        "Design-based: weighted, standard errors by Taylor linearization (on a replicate-weight"
            + " design from the replicates, as the design notes say), intervals on t with the"
            + " design's degrees of freedom; contrasts of proportions are in proportions (0-1).");
    doc.table(t.build());
  }

  static String label(EstimandRow r) {
    String option = r.option() == null ? "" : " = " + r.option();
    return switch (r.kind()) {
      case TOTAL -> "Total of " + r.item() + option;
      case RATIO -> "Ratio " + r.item() + " / " + r.detail();
      case SCORE_MEAN -> "Mean score of " + r.item() + " (" + r.detail() + ")";
      case CONTRAST -> "Contrast " + r.detail() + ": " + r.item() + option;
      case QUANTILE -> "Quantile " + r.option() + " of " + r.item() + " (" + r.detail() + ")";
    };
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : AnalysisReport.plain(v);
  }

  /** Four significant digits, without an exponent for everyday magnitudes. */
  static String sig(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == 0 || (Math.abs(v) >= 1e-4 && Math.abs(v) < 1e15)) {
      return new java.math.BigDecimal(v)
          .round(new java.math.MathContext(4))
          .stripTrailingZeros()
          .toPlainString();
    }
    return String.format(java.util.Locale.ROOT, "%.3e", v);
  }

  private static String p(double p) {
    return p < 0.001 ? "<0.001" : DesignReport.fixed(p, 3);
  }
}
