package org.tripart.cli;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.report.chart.BarChart;
import org.tripart.report.chart.PngChart;
import org.tripart.report.chart.SvgChart;
import org.tripart.report.publish.PublicationSettings;
import org.tripart.report.publish.ResultsText;
import org.tripart.stats.CrossTab;
import org.tripart.stats.ItemFrequencies;

/**
 * The charts and drafted results text of an {@code export --items}, made in memory so that the
 * command writes them only once everything is made. Stateless; no side effects.
 */
final class ExportFigures {
  static final String RESULTS_HEADING =
      "# Results (drafted from the numbers; check before use)\n\n";

  private ExportFigures() {}

  /**
   * A bar chart of each item's overall frequencies, as {@code ITEM.svg} and {@code ITEM.png}, with
   * the settings' threshold applied as in the tables.
   */
  static Map<String, byte[]> charts(List<ItemFrequencies> items, PublicationSettings settings) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (ItemFrequencies f : items) {
      BarChart chart = BarChart.of(f, settings);
      files.put(f.item().id() + ".svg", SvgChart.render(chart).getBytes(StandardCharsets.UTF_8));
      files.put(f.item().id() + ".png", PngChart.png(chart));
    }
    return files;
  }

  /**
   * The drafted results section in Markdown: over all respondents, or by stratum when {@code
   * strata} is not null.
   */
  static byte[] results(
      String heading,
      List<ItemFrequencies> overall,
      List<CrossTab> strata,
      PublicationSettings settings) {
    ResultsText text = new ResultsText(settings);
    String section =
        strata == null
            ? text.overallSection(heading, overall)
            : text.stratifiedSection(heading, strata);
    return (RESULTS_HEADING + section).getBytes(StandardCharsets.UTF_8);
  }
}
