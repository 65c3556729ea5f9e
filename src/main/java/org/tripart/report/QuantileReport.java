package org.tripart.report;

import java.util.List;
import org.tripart.analysis.EstimandRow;

/**
 * Lays out design-based quantiles ({@link EstimandRow} of kind QUANTILE) as a readable table: item,
 * probability, rows, quantile, SE and interval, rounded for a report (a level of {@code by} follows
 * the item, as {@code api00 (stype=E)}) (the CSV of {@link EstimandReport#csv} carries them at full
 * precision), with what R says of them under the table. Stateless.
 */
public final class QuantileReport {
  private QuantileReport() {}

  /**
   * A section "Quantiles" with one table; nothing when there are no quantile rows.
   *
   * @param level the confidence level, for the interval's heading
   * @param notes what R says of these quantiles (such as {@link
   *     org.tripart.analysis.QuantileNotes}), printed under the table after its own note
   */
  public static void section(
      Document.Builder doc, List<EstimandRow> rows, double level, List<String> notes) {
    List<EstimandRow> q = rows.stream().filter(r -> r.kind() == EstimandRow.Kind.QUANTILE).toList();
    if (q.isEmpty()) {
      return;
    }
    doc.heading(2, "Quantiles");
    Table.Builder t = Table.builder("");
    t.column("Item", Align.LEFT)
        .column("p", Align.RIGHT)
        .column("n", Align.RIGHT)
        .column("Quantile", Align.RIGHT)
        .column("SE", Align.RIGHT)
        .column(AnalysisReport.plain(100 * level) + "% CI", Align.RIGHT);
    String base = q.get(0).detail();
    for (EstimandRow r : q) {
      String byLevel =
          r.detail() != null && base != null && r.detail().startsWith(base + ", ")
              ? " (" + r.detail().substring(base.length() + 2) + ")"
              : "";
      String ci =
          Double.isNaN(r.lower()) && Double.isNaN(r.upper())
              ? ""
              : EstimandReport.sig(r.lower()) + " to " + EstimandReport.sig(r.upper());
      t.row(
          r.item() + byLevel,
          r.option(),
          Integer.toString(r.rows()),
          EstimandReport.sig(r.estimate()),
          EstimandReport.sig(r.standardError()),
          ci);
    }
    t.note(
        "Design-based quantiles as R's svyquantile ("
            + base
            + "): the weighted distribution read by the quantile rule; the interval is Woodruff's"
            + " (an interval for the distribution function at the quantile, read back through the"
            + " rule) unless the interval type says otherwise, on t with the design's degrees of"
            + " freedom; SE = interval width / (2 t). A limit R cannot give (below 0 or above 1"
            + " on the distribution scale) is left blank.");
    notes.forEach(t::note);
    doc.table(t.build());
  }
}
