package org.tripart.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A {@link BarChart} as a PNG drawn with Java2D at twice the SVG's size (for print), antialiased,
 * in {@link ChartFonts#family()}. Same layout, so the same numbers, as {@link SvgChart}. Stateless
 * and thread-safe; needs no display.
 */
public final class PngChart {
  /** Pixels per SVG unit. */
  public static final int SCALE = 2;

  private static final Color BAR = new Color(0x4e, 0x79, 0xa7);
  private static final Color INK = new Color(0x22, 0x22, 0x22);

  private PngChart() {}

  /** The chart as an image. */
  public static BufferedImage image(BarChart chart) {
    BarLayout l = new BarLayout(chart);
    BufferedImage img =
        new BufferedImage(BarLayout.WIDTH * SCALE, l.height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, img.getWidth(), img.getHeight());
      g.scale(SCALE, SCALE);
      g.setColor(INK);
      g.setFont(ChartFonts.forText(chart.title(), Font.BOLD, 15f));
      text(g, 20, 30, chart.title(), 1);
      g.setFont(ChartFonts.forText("0", Font.PLAIN, BarLayout.FONT));
      g.setStroke(new BasicStroke(1.5f));
      for (BarLayout.Placed p : l.bars) {
        double first = p.centreY() - (p.label().size() - 1) * 8 + 4;
        for (int i = 0; i < p.label().size(); i++) {
          text(g, BarLayout.PLOT_LEFT - 10, first + i * 16, p.label().get(i), -1);
        }
        if (p.bar().isDrawn()) {
          g.setColor(BAR);
          g.fill(
              new Rectangle2D.Double(
                  BarLayout.PLOT_LEFT,
                  p.centreY() - BarLayout.BAR / 2.0,
                  p.barEnd() - BarLayout.PLOT_LEFT,
                  BarLayout.BAR));
          g.setColor(INK);
          g.draw(new Line2D.Double(p.whiskerLow(), p.centreY(), p.whiskerHigh(), p.centreY()));
          g.draw(
              new Line2D.Double(p.whiskerLow(), p.centreY() - 5, p.whiskerLow(), p.centreY() + 5));
          g.draw(
              new Line2D.Double(
                  p.whiskerHigh(), p.centreY() - 5, p.whiskerHigh(), p.centreY() + 5));
        }
        g.setColor(INK);
        text(g, Math.max(p.whiskerHigh(), p.barEnd()) + 8, p.centreY() + 4, p.value(), 1);
      }
      g.setStroke(new BasicStroke(1f));
      g.draw(new Line2D.Double(BarLayout.PLOT_LEFT, BarLayout.TOP, BarLayout.PLOT_LEFT, l.axisY));
      for (int pct = 0; pct <= 100; pct += 25) {
        double x = BarLayout.x(pct / 100.0);
        g.draw(new Line2D.Double(x, l.axisY, x, l.axisY + 5));
        text(g, x, l.axisY + 20, pct + "%", 0);
      }
      g.setFont(ChartFonts.forText("0", Font.PLAIN, 11f));
      for (int i = 0; i < chart.notes().size(); i++) {
        text(g, 20, l.notesY + i * 18, chart.notes().get(i), 1);
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  /** The chart as PNG bytes. */
  public static byte[] png(BarChart chart) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image(chart), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Draws text anchored at its end (-1), middle (0) or start (1), in the size and style of the
   * current font and a family that has its glyphs.
   */
  private static void text(Graphics2D g, double x, double y, String s, int anchor) {
    Font current = g.getFont();
    g.setFont(ChartFonts.forText(s, current.getStyle(), current.getSize2D()));
    FontMetrics m = g.getFontMetrics();
    double w = m.stringWidth(s);
    double left = anchor < 0 ? x - w : anchor == 0 ? x - w / 2 : x;
    g.drawString(s, (float) left, (float) y);
    g.setFont(current);
  }
}
