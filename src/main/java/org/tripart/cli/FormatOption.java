package org.tripart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.report.Document;
import org.tripart.report.Format;
import picocli.CommandLine.Option;

/** The {@code --format} and {@code --output} options shared by reporting commands. */
final class FormatOption {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      converter = FormatConverter.class,
      completionCandidates = FormatConverter.Names.class,
      defaultValue = "text")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output (written whole or not at all).")
  Path output;

  /** Renders the document and writes it to the output file or to {@code out}. */
  void write(Document document, PrintWriter out) {
    String text = format.render(document);
    if (output == null) {
      out.print(text);
      out.flush();
      return;
    }
    writeAtomically(output, text);
  }

  static void writeAtomically(Path target, String text) {
    writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes to a temporary file beside the target, then moves it into place, so the target is whole
   * or untouched; the file is readable by others (rw-r--r--) as an ordinary new file would be, not
   * private as the temporary file starts.
   *
   * @throws TripartException (TRP code IO) naming the target when it cannot be written
   */
  static void writeAtomically(Path target, byte[] bytes) {
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".tripart-", ".tmp");
      try {
        Files.write(tmp, bytes);
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new TripartException(
          ErrorCode.IO, target.toString(), "cannot write: " + e.getMessage());
    }
  }
}
