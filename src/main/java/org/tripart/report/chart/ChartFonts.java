package org.tripart.report.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fonts charts are drawn in: Latin text in "DejaVu Sans" (else Java's logical "SansSerif"), and
 * any text the Latin font cannot show in the first installed family of {@link #PREFERRED} that has
 * Chinese glyphs (fonts-noto-cjk gives "Noto Sans CJK SC"; LibreOffice brings "Droid Sans
 * Fallback", which has no Latin letters for Java). Looked up once; thread-safe.
 */
public final class ChartFonts {
  /** Families tried in order. */
  public static final List<String> PREFERRED =
      List.of(
          "Noto Sans CJK SC",
          "Noto Sans SC",
          "Source Han Sans SC",
          "WenQuanYi Zen Hei",
          "WenQuanYi Micro Hei",
          "Droid Sans Fallback");

  private static final String FAMILY = choose();
  private static final String LATIN = latinFamily();

  private ChartFonts() {}

  /** The family with Chinese glyphs, or "SansSerif" when none is installed. */
  public static String family() {
    return FAMILY;
  }

  /** The family for Latin text. */
  public static String latin() {
    return LATIN;
  }

  /** The CSS font-family list of the SVG charts. */
  public static String cssFamilies() {
    return LATIN.equals(FAMILY) ? LATIN : LATIN + ", " + FAMILY;
  }

  /** A font that shows all of {@code text}: the Latin one if it can, else the Chinese one. */
  public static Font forText(String text, int style, float size) {
    Font latin = new Font(LATIN, style, 1).deriveFont(size);
    if (latin.canDisplayUpTo(text) == -1) {
      return latin;
    }
    return new Font(FAMILY, style, 1).deriveFont(size);
  }

  private static String latinFamily() {
    boolean dejaVu =
        Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
            .contains("DejaVu Sans");
    return dejaVu ? "DejaVu Sans" : Font.SANS_SERIF;
  }

  /** True when the chosen family has Chinese glyphs. */
  public static boolean hasChinese() {
    return new Font(FAMILY, Font.PLAIN, 12).canDisplay('中');
  }

  private static String choose() {
    Set<String> installed =
        Arrays.stream(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
            .collect(Collectors.toSet());
    for (String f : PREFERRED) {
      if (installed.contains(f) && new Font(f, Font.PLAIN, 12).canDisplay('中')) {
        return f;
      }
    }
    return Font.SANS_SERIF;
  }
}
