package org.tripart.interop.redcap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * REDCap choice codes and Tripart option codes: the safe code for a REDCap code, the parsing of a
 * choices cell, and the recognition of missing-data codes. Stateless.
 */
final class Codes {
  private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9_]*");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Set<String> MISSING_NUMBERS =
      Set.of("777", "888", "999", "7777", "8888", "9999", "-777", "-888", "-999", "-9999");

  /** REDCap's standard project missing data codes (Project Setup, Missing Data Codes). */
  static final Set<String> PROJECT_MISSING =
      Set.of(
          "NI", "INV", "UNK", "NASK", "ASKU", "NAV", "MSK", "NA", "NAVU", "NP", "QS", "QI", "TRC",
          "UNC", "DER", "PINF", "NINF", "OTH");

  private static final Pattern MISSING_LABEL =
      Pattern.compile(
          "(?i).*\\b(don'?t know|do not know|refused|refuse to answer|prefer not to"
              + "|unknown|not reported|not applicable|declined to answer|missing)\\b.*");

  private Codes() {}

  /** One choice of a REDCap choices cell: the code as written and its label. */
  record Choice(String raw, String label) {}

  /**
   * The choices of a cell {@code 1, Yes | 0, No}: split on {@code |}, each at its first comma. A
   * choice without a comma is its own code and label.
   */
  static List<Choice> parseChoices(String cell) {
    List<Choice> out = new ArrayList<>();
    if (cell == null || cell.isBlank()) {
      return out;
    }
    for (String part : cell.split("\\|")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int comma = p.indexOf(',');
      out.add(
          comma < 0
              ? new Choice(p, p)
              : new Choice(p.substring(0, comma).strip(), p.substring(comma + 1).strip()));
    }
    return out;
  }

  /**
   * The Tripart code for a REDCap code: lower-cased; a negative or decimal number spelled with
   * {@code m} for the minus and {@code _} for the point ({@code -1 -> m1}, {@code 1.5 -> 1_5}); any
   * other character not allowed becomes {@code _}. Deterministic, so records map the same way.
   */
  static String safe(String raw) {
    String c = raw.strip().toLowerCase(Locale.ROOT);
    if (SAFE.matcher(c).matches()) {
      return c;
    }
    if (NUMBER.matcher(c).matches()) {
      return c.replace("-", "m").replace('.', '_');
    }
    String s = c.replaceAll("[^a-z0-9_]", "_").replaceAll("^_+", "");
    return s.isEmpty() ? "code" : s;
  }

  /** Safe codes for each raw code, made unique with {@code _2}, {@code _3} suffixes. */
  static List<String> safeAll(List<String> raws) {
    Set<String> used = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (String raw : raws) {
      String base = safe(raw);
      String c = base;
      for (int n = 2; !used.add(c); n++) {
        c = base + "_" + n;
      }
      out.add(c);
    }
    return out;
  }

  /** True when the number value of a REDCap code is worth keeping as a score (it was renamed). */
  static boolean isNumber(String raw) {
    return NUMBER.matcher(raw.strip()).matches();
  }

  /** True for a missing-data code: 777/888/999 and kin, a project missing code, or its label. */
  static boolean isMissing(String raw, String label) {
    String r = raw.strip();
    return MISSING_NUMBERS.contains(r)
        || PROJECT_MISSING.contains(r.toUpperCase(Locale.ROOT))
        || MISSING_LABEL.matcher(label).matches();
  }
}
