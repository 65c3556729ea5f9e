package org.tripart.interop.stats;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes column names into variable names both SPSS and Stata accept: ASCII letters, digits and
 * {@code _}, starting with a letter, at most 32 characters, not a reserved word of either, and
 * distinct (case-insensitively, as SPSS compares them). Not thread-safe: one instance per export.
 */
final class VariableNames {
  static final int MAX_LENGTH = 32;

  /**
   * SPSS's reserved keywords, Stata's reserved names, and the forms of SPSS's {@code COMMENT}
   * command, which PSPP takes as a comment wherever it starts a line of syntax; lower case.
   */
  private static final Set<String> RESERVED =
      Set.of(
          "all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with", "_all",
          "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long", "_n", "_pi",
          "_pred", "_rc", "_skip", "strl", "using", "_se", "com", "comm", "comme", "commen",
          "comment");

  private final Set<String> used = new HashSet<>();

  /** The safe name for this column name, distinct from every name given out before. */
  String name(String column) {
    StringBuilder b = new StringBuilder(column.length());
    for (int i = 0; i < column.length(); i++) {
      char c = column.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      b.append(ok || c == '_' ? c : '_');
    }
    if (b.length() == 0 || !Character.isLetter(b.charAt(0))) {
      b.insert(0, "v");
    }
    String base = b.toString();
    String lower = base.toLowerCase(Locale.ROOT);
    if (RESERVED.contains(lower) || lower.matches("str[0-9]+")) {
      base = base + "_";
    }
    if (base.length() > MAX_LENGTH) {
      base = base.substring(0, MAX_LENGTH);
    }
    String candidate = base;
    for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
      String suffix = "_" + n;
      candidate = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
    }
    used.add(candidate.toLowerCase(Locale.ROOT));
    return candidate;
  }
}
