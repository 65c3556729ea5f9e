package org.tripart.interop.xlsform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tripart.instrument.LocalizedText;
import org.tripart.interop.ConversionNote;

/**
 * The languages of an XLSForm and its texts in them. Localised columns ({@code label::English
 * (en)}, {@code label:english}, plain {@code label}) become instrument languages, the settings'
 * {@code default_language} first; a plain column is the default language. A text missing in a
 * language gets the default language's text, with a note. Mutable only while built; used by one
 * reader.
 */
final class Texts {
  private final List<String> languages = new ArrayList<>();
  private final Map<String, String> codeByText = new LinkedHashMap<>();
  private final List<ConversionNote> notes;

  Texts(List<Columns> columns, String defaultSetting, String where, List<ConversionNote> notes) {
    this.notes = notes;
    List<String> texts = new ArrayList<>();
    for (Columns c : columns) {
      for (String base : List.of("label", "hint")) {
        for (String t : c.localized(base).keySet()) {
          if (!texts.contains(t)) {
            texts.add(t);
          }
        }
      }
    }
    String defaultCode = null;
    if (defaultSetting != null && !defaultSetting.isBlank()) {
      defaultCode = code(defaultSetting, where);
      codeByText.put(defaultSetting, defaultCode);
      languages.add(defaultCode);
    }
    for (String t : texts) {
      if (!t.isEmpty()) {
        String c = code(t, where);
        codeByText.put(t, c);
        if (!languages.contains(c)) {
          languages.add(c);
        }
      }
    }
    if (languages.isEmpty()) {
      languages.add("en");
      notes.add(
          new ConversionNote(
              where, "languages", "the labels name no language; they are taken as English (en)"));
    }
    codeByText.put("", languages.get(0));
  }

  private String code(String text, String where) {
    String code = Columns.languageCode(text);
    if (code == null) {
      String letters = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      code = letters.length() >= 2 ? letters.substring(0, Math.min(3, letters.length())) : "und";
      notes.add(
          new ConversionNote(
              where,
              "language " + text,
              "not a known language name or tag; given the code " + code));
    } else if (!text.trim().toLowerCase(Locale.ROOT).equals(code)
        && !text.trim().endsWith("(" + code + ")")) {
      notes.add(
          new ConversionNote(where, "language " + text, "taken as the language code " + code));
    }
    return code;
  }

  List<String> languages() {
    return List.copyOf(languages);
  }

  String defaultLanguage() {
    return languages.get(0);
  }

  /** The same text in every language. */
  LocalizedText same(String text) {
    Map<String, String> texts = new LinkedHashMap<>();
    languages.forEach(l -> texts.put(l, text));
    return new LocalizedText(texts);
  }

  /** The non-empty texts of a localised column in a row, by language code. */
  Map<String, String> raw(Columns columns, Sheet.Row row, String base) {
    Map<String, String> result = new LinkedHashMap<>();
    columns
        .localized(base)
        .forEach(
            (text, index) -> {
              String code = codeByText.getOrDefault(text, Columns.languageCode(text));
              String value = row.cell(index);
              if (code != null
                  && !value.isEmpty()
                  && (!text.isEmpty() || !result.containsKey(code))) {
                result.put(code, value);
              }
            });
    return result;
  }

  /**
   * A text in every language: missing languages take the default language's text (else another
   * language's, else {@code fallback}), each gap noted. Null when there is no text and no fallback.
   */
  LocalizedText complete(
      Map<String, String> raw, String fallback, String where, String subject, String what) {
    if (raw.isEmpty() && fallback == null) {
      return null;
    }
    String source = raw.getOrDefault(defaultLanguage(), null);
    if (source == null && !raw.isEmpty()) {
      source = raw.values().iterator().next();
    }
    if (source == null) {
      notes.add(
          new ConversionNote(where, subject, what + " is empty; \"" + fallback + "\" is used"));
      source = fallback;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String language : languages) {
      String t = raw.get(language);
      if (t == null) {
        if (!raw.isEmpty()) {
          missing.add(language);
        }
        t = source;
      }
      texts.put(language, t);
    }
    if (!missing.isEmpty()) {
      notes.add(
          new ConversionNote(
              where,
              subject,
              what
                  + " has no text in "
                  + String.join(", ", missing)
                  + "; the "
                  + (raw.containsKey(defaultLanguage()) ? defaultLanguage() : "available")
                  + " text is used"));
    }
    return new LocalizedText(texts);
  }
}
