package org.tripart.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared folder of files written by other tools ({@code shared/interop}) by walking up
 * from the working directory, so tests run from a checkout, a worktree or CI's clone alike; the
 * files are read from there, never copied into the project.
 */
public final class SharedInterop {
  private SharedInterop() {}

  /** The {@code shared/interop} folder. */
  public static Path folder() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("interop");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "no shared/interop folder above " + Path.of("").toAbsolutePath());
  }

  /** The bytes of {@code shared/interop/FORMAT/NAME}. */
  public static byte[] bytes(String format, String name) {
    try {
      return Files.readAllBytes(folder().resolve(format).resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
