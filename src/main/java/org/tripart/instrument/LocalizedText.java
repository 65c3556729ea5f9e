package org.tripart.instrument;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text in one or more languages, keyed by BCP 47 language tag ({@code en}, {@code zh}).
 * Immutable; the map keeps the order in which languages were given.
 */
public record LocalizedText(Map<String, String> texts) {
  public static final LocalizedText EMPTY = new LocalizedText(Map.of());

  public LocalizedText {
    texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }

  public static LocalizedText of(String en, String zh) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("en", en);
    m.put("zh", zh);
    return new LocalizedText(m);
  }

  /**
   * The text in {@code language}, else in English, else in the first language given, else the empty
   * string. Never null.
   */
  public String in(String language) {
    String t = texts.get(language);
    if (t == null) {
      t = texts.get("en");
    }
    if (t == null && !texts.isEmpty()) {
      t = texts.values().iterator().next();
    }
    return t == null ? "" : t;
  }

  public String en() {
    return in("en");
  }

  public boolean isEmpty() {
    return texts.isEmpty();
  }
}
