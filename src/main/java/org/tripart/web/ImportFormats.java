package org.tripart.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tripart.interop.InstrumentImporter;
import org.tripart.interop.TripartYaml;

/** The questionnaire formats the dashboard's import offers, by the name its form sends. */
final class ImportFormats {
  private ImportFormats() {}

  /** In the order offered; unmodifiable. */
  static Map<String, InstrumentImporter> offered() {
    Map<String, InstrumentImporter> formats = new LinkedHashMap<>();
    formats.put("yaml", new TripartYaml());
    return java.util.Collections.unmodifiableMap(formats);
  }
}
