package org.tripart.interop.xlsform;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Safe, unique Tripart ids and option codes for XLSForm names, which may hold upper case, dots,
 * hyphens and leading digits. Mutable: remembers the ids handed out; one per namespace.
 */
final class Ids {
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "has", "answered");
  private final Set<String> used = new HashSet<>();
  private final boolean code;

  /**
   * @param code true for option codes (may start with a digit), false for item and section ids
   */
  Ids(boolean code) {
    this.code = code;
  }

  /** The safe form of {@code name}, made unique by {@code _2}, {@code _3} and remembered. */
  String unique(String name) {
    String base = safe(name);
    String candidate = base;
    for (int n = 2; used.contains(candidate); n++) {
      candidate = base + "_" + n;
    }
    used.add(candidate);
    return candidate;
  }

  boolean isUsed(String id) {
    return used.contains(id);
  }

  String safe(String name) {
    String s = name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
    s = s.replaceAll("_+", "_").replaceAll("^_+|_+$", "");
    if (s.isEmpty()) {
      s = code ? "option" : "item";
    }
    if (!code && !Character.isLetter(s.charAt(0))) {
      s = "q_" + s;
    }
    if (!code && KEYWORDS.contains(s)) {
      s = s + "_item";
    }
    return s;
  }
}
