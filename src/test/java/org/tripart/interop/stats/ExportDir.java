package org.tripart.interop.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tripart.interop.Export;
import org.tripart.interop.ExportFile;

/** Writes an export's files into a folder, as the convert command does. */
final class ExportDir {
  private ExportDir() {}

  static Export write(Export export, Path dir) throws IOException {
    for (ExportFile f : export.files()) {
      Files.write(dir.resolve(f.name()), f.content());
    }
    return export;
  }
}
