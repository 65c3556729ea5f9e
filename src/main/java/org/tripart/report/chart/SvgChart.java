package org.tripart.report.chart;

import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A {@link BarChart} as a standalone SVG document: a {@code viewBox}, an accessible {@code title}
 * and {@code desc} (the desc lists every figure, for screen readers), every label escaped. Bars are
 * {@code rect class="bar"} and whiskers {@code line class="whisker"}, each with {@code
 * data-option}, so that the figure can be checked by parsing it. Stateless and thread-safe.
 */
public final class SvgChart {
  private SvgChart() {}

  public static String render(BarChart chart) {
    BarLayout l = new BarLayout(chart);
    StringBuilder s = new StringBuilder(8192);
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(BarLayout.WIDTH)
        .append(' ')
        .append(l.height)
        .append("\" width=\"")
        .append(BarLayout.WIDTH)
        .append("\" height=\"")
        .append(l.height)
        .append("\" role=\"img\" aria-labelledby=\"title desc\" font-family=\"")
        .append(esc(ChartFonts.cssFamilies()))
        .append(", sans-serif\" font-size=\"")
        .append(BarLayout.FONT)
        .append("\">\n");
    s.append("<title id=\"title\">").append(esc(chart.title())).append("</title>\n");
    s.append("<desc id=\"desc\">");
    for (BarLayout.Placed p : l.bars) {
      s.append(esc(p.bar().label())).append(": ").append(esc(p.value())).append(". ");
    }
    s.append(esc(String.join(" ", chart.notes()))).append("</desc>\n");
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    text(s, 20, 30, chart.title(), "start", "font-weight=\"bold\" font-size=\"15\"");
    for (BarLayout.Placed p : l.bars) {
      double first = p.centreY() - (p.label().size() - 1) * 8 + 4;
      for (int i = 0; i < p.label().size(); i++) {
        text(s, BarLayout.PLOT_LEFT - 10, first + i * 16, p.label().get(i), "end", "");
      }
      String option = esc(p.bar().code());
      if (p.bar().isDrawn()) {
        s.append("<rect class=\"bar\" data-option=\"")
            .append(option)
            .append("\" x=\"")
            .append(n(BarLayout.PLOT_LEFT))
            .append("\" y=\"")
            .append(n(p.centreY() - BarLayout.BAR / 2.0))
            .append("\" width=\"")
            .append(n(p.barEnd() - BarLayout.PLOT_LEFT))
            .append("\" height=\"")
            .append(BarLayout.BAR)
            .append("\" fill=\"#4e79a7\"/>\n");
        line(s, "whisker", option, p.whiskerLow(), p.centreY(), p.whiskerHigh(), p.centreY());
        line(s, "cap", option, p.whiskerLow(), p.centreY() - 5, p.whiskerLow(), p.centreY() + 5);
        line(s, "cap", option, p.whiskerHigh(), p.centreY() - 5, p.whiskerHigh(), p.centreY() + 5);
      }
      text(s, Math.max(p.whiskerHigh(), p.barEnd()) + 8, p.centreY() + 4, p.value(), "start", "");
    }
    s.append("<line class=\"axis\" x1=\"")
        .append(BarLayout.PLOT_LEFT)
        .append("\" y1=\"")
        .append(BarLayout.TOP)
        .append("\" x2=\"")
        .append(BarLayout.PLOT_LEFT)
        .append("\" y2=\"")
        .append(l.axisY)
        .append("\" stroke=\"#333333\"/>\n");
    for (int pct = 0; pct <= 100; pct += 25) {
      double x = BarLayout.x(pct / 100.0);
      s.append("<line class=\"tick\" x1=\"")
          .append(n(x))
          .append("\" y1=\"")
          .append(l.axisY)
          .append("\" x2=\"")
          .append(n(x))
          .append("\" y2=\"")
          .append(l.axisY + 5)
          .append("\" stroke=\"#333333\"/>\n");
      text(s, x, l.axisY + 20, pct + "%", "middle", "");
    }
    for (int i = 0; i < chart.notes().size(); i++) {
      text(s, 20, l.notesY + i * 18, chart.notes().get(i), "start", "font-size=\"11\"");
    }
    return s.append("</svg>\n").toString();
  }

  private static void line(
      StringBuilder s, String cls, String option, double x1, double y1, double x2, double y2) {
    s.append("<line class=\"")
        .append(cls)
        .append("\" data-option=\"")
        .append(option)
        .append("\" x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\" stroke=\"#222222\" stroke-width=\"1.5\"/>\n");
  }

  private static void text(
      StringBuilder s, double x, double y, String text, String anchor, String extra) {
    s.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append('"')
        .append(extra.isEmpty() ? "" : " " + extra)
        .append('>')
        .append(esc(text))
        .append("</text>\n");
  }

  private static String esc(String text) {
    return StringEscapeUtils.escapeXml10(text);
  }

  /** Coordinates with up to three decimals, so that bar lengths keep the percentages' precision. */
  private static String n(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
