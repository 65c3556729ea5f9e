package org.tripart.interop.xlsform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real files from other tools in {@code shared/interop/}, found by walking up from the working
 * directory until an ancestor has a {@code shared/interop} folder beside it (worktrees sit deeper
 * than the main checkout).
 */
final class InteropFiles {
  private InteropFiles() {}

  static Path folder() {
    return org.tripart.interop.SharedInterop.folder();
  }

  static Path xlsform(String name) {
    return folder().resolve("xlsform").resolve(name);
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(xlsform(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
