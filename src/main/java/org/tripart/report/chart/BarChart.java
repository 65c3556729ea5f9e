package org.tripart.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.tripart.disclosure.CellStatus;
import org.tripart.instrument.ItemType;
import org.tripart.report.publish.Numbers;
import org.tripart.report.publish.PublicationSettings;
import org.tripart.report.publish.PublicationTables;
import org.tripart.stats.ItemFrequencies;
import org.tripart.stats.OptionFrequency;

/**
 * A horizontal bar chart of one item: each option's percentage with its 95% Wilson interval as a
 * whisker, in the instrument's order. For a multiple-choice item each bar is the share of
 * respondents who answered the item that chose the option, so bars may sum past 100%. Rendered from
 * the same {@link BarLayout} by {@link SvgChart} and {@link PngChart}. Immutable.
 *
 * @param title the item's label
 * @param bars one per option, in instrument order
 * @param notes printed under the chart: denominator, several answers, withheld figures, synthetic
 *     data
 * @param threshold the suppression threshold, 0 when none
 */
public record BarChart(String title, List<Bar> bars, List<String> notes, int threshold) {
  public BarChart {
    bars = List.copyOf(bars);
    notes = List.copyOf(notes);
  }

  /** The chart of an item's frequencies over all respondents. */
  public static BarChart of(ItemFrequencies f, PublicationSettings settings) {
    int threshold = settings.threshold() <= 1 ? 0 : settings.threshold();
    List<CellStatus> statuses = PublicationTables.optionStatuses(f, threshold);
    List<Bar> bars = new ArrayList<>();
    boolean withheld = false;
    for (int o = 0; o < f.options().size(); o++) {
      OptionFrequency of = f.options().get(o);
      boolean hidden = statuses.get(o).isHidden();
      withheld |= hidden;
      bars.add(
          new Bar(
              of.option().code(),
              of.option().label().in(settings.language()),
              of.count(),
              of.denominator(),
              of.ci(),
              hidden));
    }
    List<String> notes = new ArrayList<>();
    if (settings.isSynthetic()) {
      notes.add("SYNTHETIC DATA");
    }
    String share =
        f.item().type() == ItemType.MULTIPLE
            ? "Share of the respondents who answered (several answers possible)"
            : "Share of the respondents who answered";
    notes.add(share + "; n = " + Numbers.count(f.answered()) + "; whiskers: 95% CI (Wilson).");
    if (withheld) {
      notes.add("Figures of fewer than " + threshold + " respondents are withheld.");
    }
    return new BarChart(f.item().label().in(settings.language()), bars, notes, threshold);
  }
}
