package org.tripart.interop.xlsform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of one XLSForm sheet, matched case-insensitively and with the legacy spellings
 * normalised: {@code bind:relevant} is {@code relevant}, {@code bind:jr:constraintMsg} is {@code
 * constraint_message}, {@code list name} is {@code list_name}; localised columns ({@code
 * label::English (en)}, {@code label:english}, {@code hint::zh}) are keyed by base and language
 * text. Immutable once built.
 */
final class Columns {
  private static final Set<String> LOCALIZED =
      Set.of("label", "hint", "constraint_message", "required_message", "guidance_hint");
  private static final Pattern TAG =
      Pattern.compile("(?i).*\\(\\s*([a-z]{2,3}(-[a-z0-9]{1,8})*)\\s*\\)\\s*");
  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

  private final Map<String, Integer> plain = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> localized = new LinkedHashMap<>();

  Columns(Sheet sheet) {
    for (int i = 0; i < sheet.header().size(); i++) {
      String raw = sheet.header().get(i).trim();
      if (raw.isEmpty()) {
        continue;
      }
      String lower = raw.toLowerCase(Locale.ROOT);
      for (String prefix : new String[] {"bind::", "bind:", "control::", "control:"}) {
        if (lower.startsWith(prefix)) {
          lower = lower.substring(prefix.length());
          raw = raw.substring(prefix.length());
        }
      }
      String base = lower;
      String language = null;
      int split = lower.indexOf(':');
      if (split > 0) {
        String head = lower.substring(0, split);
        String rest = raw.substring(split).replaceFirst("^:+", "").trim();
        String normalHead = normal(head);
        if (LOCALIZED.contains(normalHead)) {
          base = normalHead;
          language = rest;
        } else {
          base = normal(lower);
        }
      } else {
        base = normal(lower);
      }
      if (language == null && LOCALIZED.contains(base)) {
        language = "";
      }
      if (language != null) {
        localized.computeIfAbsent(base, k -> new LinkedHashMap<>()).putIfAbsent(language, i);
      } else {
        plain.putIfAbsent(base, i);
      }
    }
  }

  private static String normal(String name) {
    String n = name.trim().replace(' ', '_');
    return switch (n) {
      case "jr:constraintmsg", "constraintmsg", "constraint_msg" -> "constraint_message";
      case "jr:requiredmsg", "requiredmsg", "required_msg" -> "required_message";
      case "calculate" -> "calculation";
      case "listname" -> "list_name";
      default -> n;
    };
  }

  /** The index of a non-localised column, or -1. */
  int index(String base) {
    return plain.getOrDefault(base, -1);
  }

  boolean has(String base) {
    return plain.containsKey(base);
  }

  /** The plain (non-localised) columns by normalised name. */
  Map<String, Integer> plainColumns() {
    return plain;
  }

  /** Language text ("" for none) to column index of a localised base such as {@code label}. */
  Map<String, Integer> localized(String base) {
    return localized.getOrDefault(base, Map.of());
  }

  /**
   * The BCP 47 code a language text stands for: the tag in parentheses ({@code English (en)}), a
   * two- or three-letter code itself ({@code EN}), or an English language name ({@code chinese}),
   * else null.
   */
  static String languageCode(String text) {
    Matcher m = TAG.matcher(text);
    if (m.matches()) {
      return m.group(1).toLowerCase(Locale.ROOT);
    }
    String lower = text.trim().toLowerCase(Locale.ROOT);
    if (CODE.matcher(lower).matches()) {
      return lower;
    }
    for (String code : Locale.getISOLanguages()) {
      if (Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(lower)) {
        return code;
      }
    }
    return null;
  }

  /** The column header text an exporter writes for a language: {@code English (en)}. */
  static String languageHeader(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return (name.isEmpty() || name.equals(code) ? code : name) + " (" + code + ")";
  }
}
