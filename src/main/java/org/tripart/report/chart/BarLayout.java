package org.tripart.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.tripart.report.publish.Numbers;

/**
 * The geometry of a {@link BarChart} in pixels, computed once so that the SVG and the PNG draw the
 * same numbers: the axis runs from {@link #PLOT_LEFT} (0%) to {@link #PLOT_RIGHT} (100%).
 * Immutable.
 */
final class BarLayout {
  static final int WIDTH = 860;
  static final int PLOT_LEFT = 330;
  static final int PLOT_RIGHT = 720;
  static final int TOP = 64;
  static final int ROW = 40;
  static final int BAR = 18;
  static final int LABEL_CHARS = 44;
  static final int FONT = 13;

  final int height;
  final List<Placed> bars;
  final int axisY;
  final int notesY;

  /** A bar in pixels: its row's centre, the bar's end and the whisker's ends; label lines. */
  record Placed(
      Bar bar,
      double centreY,
      double barEnd,
      double whiskerLow,
      double whiskerHigh,
      List<String> label,
      String value) {}

  BarLayout(BarChart chart) {
    List<Placed> placed = new ArrayList<>();
    double y = TOP;
    for (Bar b : chart.bars()) {
      double centre = y + ROW / 2.0;
      String value;
      double end = PLOT_LEFT;
      double low = PLOT_LEFT;
      double high = PLOT_LEFT;
      if (b.isDrawn()) {
        end = x(b.percent() / 100);
        low = x(b.ci().low());
        high = x(b.ci().high());
        value =
            Numbers.percent(b.count(), b.denominator())
                + "% ("
                + Numbers.interval(b.ci(), b.count(), b.denominator())
                + ")";
      } else if (b.withheld()) {
        value = "<" + chart.threshold() + " (withheld)";
      } else {
        value = "no answers";
      }
      placed.add(new Placed(b, centre, end, low, high, wrap(b.label()), value));
      y += ROW;
    }
    this.bars = List.copyOf(placed);
    this.axisY = (int) y + 4;
    this.notesY = axisY + 40;
    this.height = notesY + chart.notes().size() * 18 + 10;
  }

  /** The x of a proportion from 0 to 1. */
  static double x(double proportion) {
    return PLOT_LEFT + proportion * (PLOT_RIGHT - PLOT_LEFT);
  }

  /** At most two lines of {@link #LABEL_CHARS}, broken at spaces, the rest cut with an ellipsis. */
  static List<String> wrap(String label) {
    List<String> lines = new ArrayList<>();
    String rest = label.strip();
    while (!rest.isEmpty() && lines.size() < 2) {
      if (rest.length() <= LABEL_CHARS) {
        lines.add(rest);
        rest = "";
        break;
      }
      int cut = rest.lastIndexOf(' ', LABEL_CHARS);
      if (cut <= 0) {
        cut = LABEL_CHARS;
      }
      lines.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      String last = lines.get(1);
      lines.set(
          1, (last.length() > LABEL_CHARS - 1 ? last.substring(0, LABEL_CHARS - 1) : last) + "…");
    }
    return lines;
  }
}
