package org.tripart.interop.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real files of other tools in {@code shared/interop/} by walking up from the working
 * directory until an ancestor has a {@code shared/interop} folder (the project may be a worktree
 * several levels below it).
 */
final class InteropFiles {
  private InteropFiles() {}

  static Path dir() {
    return org.tripart.interop.SharedInterop.folder();
  }

  static Path fhir(String name) {
    return dir().resolve("fhir").resolve(name);
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(fhir(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
