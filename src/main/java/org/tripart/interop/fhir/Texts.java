package org.tripart.interop.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;

/**
 * Texts in several languages: a FHIR string in the questionnaire's language plus its {@code
 * translation} extensions ({@code lang}, {@code content}). Collects every language seen. Not
 * thread-safe; one instance per file.
 */
final class Texts {
  static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

  private final String language;
  private final List<String> languages = new ArrayList<>();

  Texts(String language) {
    this.language = language;
    languages.add(language);
  }

  String language() {
    return language;
  }

  /** Every language seen so far, the questionnaire's own first. */
  List<String> languages() {
    return List.copyOf(languages);
  }

  /** The text of a FHIR string element with its translations; empty when the element is blank. */
  Map<String, String> of(PrimitiveType<?> element) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (element == null || element.isEmpty()) {
      return texts;
    }
    String value = element.getValueAsString();
    if (value != null && !value.isBlank()) {
      texts.put(language, value);
    }
    for (Extension t : element.getExtensionsByUrl(TRANSLATION)) {
      Extension lang = t.getExtensionByUrl("lang");
      Extension content = t.getExtensionByUrl("content");
      if (lang == null || content == null || lang.getValue() == null) {
        continue;
      }
      String tag = lang.getValue().primitiveValue();
      String text = content.getValue() == null ? null : content.getValue().primitiveValue();
      if (tag != null && text != null && !text.isBlank() && !texts.containsKey(tag)) {
        texts.put(tag, text);
        if (!languages.contains(tag)) {
          languages.add(tag);
        }
      }
    }
    return texts;
  }

  /** Sets the texts on a FHIR string element: the first language as value, others translated. */
  static void write(StringType element, Map<String, String> texts) {
    boolean first = true;
    for (Map.Entry<String, String> e : texts.entrySet()) {
      if (first) {
        element.setValue(e.getValue());
        first = false;
      } else {
        Extension t = element.addExtension().setUrl(TRANSLATION);
        t.addExtension("lang", new org.hl7.fhir.r4.model.CodeType(e.getKey()));
        t.addExtension("content", new StringType(e.getValue()));
      }
    }
  }
}
