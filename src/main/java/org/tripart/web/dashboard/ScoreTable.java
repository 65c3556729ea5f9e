package org.tripart.web.dashboard;

import static org.tripart.web.dashboard.DashboardPage.esc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.stats.NumericSummaries;
import org.tripart.stats.NumericSummary;

/**
 * The calculated items of a selection (scores, indexes) summarised as numbers on the dashboard's
 * items page: answered count, mean, standard deviation, median, minimum and maximum, over every
 * respondent to whom the item applied. Notes have no data and no row. A summary of fewer answers
 * than the disclosure threshold is shown as dashes. Stateless.
 */
final class ScoreTable {
  private ScoreTable() {}

  /** The summary of each calculated item of the dataset, in instrument order. */
  static List<NumericSummary> of(Dataset data) {
    BitSet all = new BitSet(data.size());
    all.set(0, data.size());
    List<NumericSummary> out = new ArrayList<>();
    for (Item item : data.instrument().items()) {
      if (item.type() == ItemType.CALCULATED) {
        out.add(NumericSummaries.of(data, item.id(), all));
      }
    }
    return out;
  }

  /**
   * Appends the table, nothing when there is no summary.
   *
   * @param threshold the disclosure threshold; a summary of fewer answers is withheld when above 1
   */
  static void append(StringBuilder out, String lang, List<NumericSummary> scores, int threshold) {
    if (scores.isEmpty()) {
      return;
    }
    out.append("<section class=\"scores\">\n<h2>").append(esc(DashboardTexts.get("scores", lang)));
    out.append("</h2>\n<table class=\"score-table\">\n<thead><tr>");
    for (String key : List.of("scoreItem", "scoreN", "mean", "sd", "median", "min", "max")) {
      out.append("<th scope=\"col\">").append(esc(DashboardTexts.get(key, lang))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (NumericSummary s : scores) {
      boolean withheld = threshold > 1 && s.answered() < threshold;
      out.append("<tr><th scope=\"row\">").append(esc(s.item().label().in(lang))).append("</th>");
      out.append("<td>").append(withheld ? "–" : Integer.toString(s.answered())).append("</td>");
      for (double v : new double[] {s.mean(), s.sd(), s.median(), s.min(), s.max()}) {
        out.append("<td>").append(withheld ? "–" : number(v)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** Two decimals, trailing zeros dropped; a dash for no value. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return "–";
    }
    BigDecimal d = new BigDecimal(Double.toString(v)).setScale(2, RoundingMode.HALF_UP);
    String text = d.stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}
