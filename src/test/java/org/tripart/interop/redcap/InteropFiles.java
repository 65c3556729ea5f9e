package org.tripart.interop.redcap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared folder of files written by other tools ({@code shared/interop}) by walking up
 * from the working directory, so tests run from the main checkout and from worktrees alike.
 */
final class InteropFiles {
  private InteropFiles() {}

  static Path folder() {
    return org.tripart.interop.SharedInterop.folder();
  }

  static Path redcap(String name) {
    return folder().resolve("redcap").resolve(name);
  }

  static byte[] bytes(String redcapFile) {
    try {
      return Files.readAllBytes(redcap(redcapFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
