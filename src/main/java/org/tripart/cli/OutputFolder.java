package org.tripart.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * Writes a set of files into a folder all at once or not at all: every file is first written into a
 * temporary folder beside the target, then the temporary folder becomes the target (when it did not
 * exist) or each file is moved in. A file already in the target is refused unless {@code force};
 * the check comes before anything is written. Stateless.
 */
final class OutputFolder {
  private OutputFolder() {}

  /**
   * @param files file name to content, in the order to write them
   * @throws TripartException (USAGE) when the target is a file, or a file exists and not {@code
   *     force}; (IO) when writing fails, after removing what was written
   */
  static List<Path> write(Path dir, Map<String, byte[]> files, boolean force) {
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new TripartException(ErrorCode.USAGE, dir.toString(), "is a file, not a folder");
    }
    if (!force) {
      for (String name : files.keySet()) {
        if (Files.exists(target.resolve(name))) {
          throw new TripartException(
              ErrorCode.USAGE,
              dir.resolve(name).toString(),
              "exists; nothing was written (--force replaces it)");
        }
      }
    }
    Path parent = target.getParent();
    Path temp = null;
    try {
      Files.createDirectories(parent);
      temp = Files.createTempDirectory(parent, "." + target.getFileName() + "-");
      for (var e : files.entrySet()) {
        Files.write(temp.resolve(e.getKey()), e.getValue());
      }
      List<Path> written = new ArrayList<>();
      if (!Files.exists(target)) {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        temp = null;
      } else {
        for (String name : files.keySet()) {
          move(temp.resolve(name), target.resolve(name));
        }
      }
      for (String name : files.keySet()) {
        written.add(dir.resolve(name));
      }
      return written;
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, dir.toString(), "cannot be written: " + e, e);
    } finally {
      if (temp != null) {
        delete(temp);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void delete(Path temp) {
    try (Stream<Path> walk = Files.walk(temp)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // the temporary folder is hidden and holds nothing the user asked for
    }
  }
}
