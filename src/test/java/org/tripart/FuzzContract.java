package org.tripart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The contract every fuzz test holds a parser of outside input to: any input may be refused with a
 * {@link TripartException} whose message starts with its {@code TRP-} code; any other exception, a
 * hang (the fuzz tests' timeout) or running out of memory is a finding.
 */
public final class FuzzContract {
  private FuzzContract() {}

  /** Runs {@code parse}; a TRP- error is a fine answer, anything else thrown goes to the fuzzer. */
  public static void holds(Runnable parse) {
    try {
      parse.run();
    } catch (TripartException e) {
      String message = e.getMessage();
      if (message == null || !message.startsWith("TRP-")) {
        throw new AssertionError("an error without its TRP- code: " + message, e);
      }
    }
  }

  /** The input as text, as a reader decoding UTF-8 leniently would see it. */
  public static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /** Writes {@code data} to {@code file} (reused across executions) and returns it. */
  public static Path write(Path file, byte[] data) {
    try {
      Files.write(file, data);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh folder for one fuzz test's files, deleted with its files when the JVM exits. */
  public static Path folder(String name) {
    try {
      Path dir = Files.createTempDirectory("tripart-fuzz-" + name);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
