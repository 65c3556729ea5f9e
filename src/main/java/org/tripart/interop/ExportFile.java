package org.tripart.interop;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file an {@link Exporter} produced: a plain file name (no folder) and its bytes. The bytes are
 * not copied; callers must not change them.
 *
 * @param name the file's name, for example {@code clinician.sps}; no path separators
 * @param content the file's bytes
 */
public record ExportFile(String name, byte[] content) {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  public ExportFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    if (!PLAIN.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain file name: " + name);
    }
  }
}
