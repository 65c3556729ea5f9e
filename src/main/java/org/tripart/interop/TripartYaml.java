package org.tripart.interop;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tripart.instrument.InstrumentReader;

/**
 * Tripart's own instrument YAML as an import format, so that the dashboard's upload takes it beside
 * the other tools' files. Nothing is ever changed, so there are no notes. Stateless and
 * thread-safe.
 */
public final class TripartYaml implements InstrumentImporter {
  @Override
  public InstrumentImport read(byte[] content, String fileName) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return new InstrumentImport(InstrumentReader.read(new StringReader(text), fileName), List.of());
  }
}
