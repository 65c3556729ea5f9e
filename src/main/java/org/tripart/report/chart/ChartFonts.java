package org.tripart.report.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The font family charts are drawn in: the first installed family of {@link #PREFERRED} that has
 * Chinese glyphs (fonts-noto-cjk gives "Noto Sans CJK SC"; LibreOffice brings "Droid Sans
 * Fallback"), else Java's logical "SansSerif". Looked up once; thread-safe.
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

  private ChartFonts() {}

  /** The family charts use. */
  public static String family() {
    return FAMILY;
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
