package org.tripart.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tripart.interop.InstrumentImporter;
import org.tripart.interop.Interop;
import org.tripart.interop.SourceFormat;
import org.tripart.interop.TripartYaml;

/** The questionnaire formats the dashboard's import offers, by the name its form sends. */
final class ImportFormats {
  private ImportFormats() {}

  /** In the order offered; unmodifiable. */
  static Map<String, InstrumentImporter> offered() {
    Map<String, InstrumentImporter> formats = new LinkedHashMap<>();
    for (SourceFormat f : SourceFormat.values()) {
      formats.put(f.cliName(), Interop.instrumentImporter(f));
    }
    formats.put("yaml", new TripartYaml());
    return java.util.Collections.unmodifiableMap(formats);
  }
}
