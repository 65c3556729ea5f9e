package org.tripart.store.archive;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.tripart.FuzzContract;

/**
 * Fuzzes the store archive that {@code tripart restore} reads: opened and verified whole (zip,
 * manifest, every line, counts, SHA-256); an archive that verifies is then restored into a fresh
 * SQLite file, deleted after each input.
 */
class StoreArchiveFuzzTest {
  private static final Path DIR = FuzzContract.folder("archive");
  private static final Path FILE = DIR.resolve("archive.zip");
  private static final Path TARGET = DIR.resolve("target.sqlite");

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyArchiveIsRestoredOrRefused(byte[] data) {
    Path file = FuzzContract.write(FILE, data);
    FuzzContract.holds(
        () -> {
          try (ArchiveReader archive = ArchiveReader.open(file)) {
            archive.verify();
          }
          try {
            StoreArchives.restore(TARGET.toString(), file);
          } finally {
            deleteTarget();
          }
        });
  }

  private static void deleteTarget() {
    try {
      for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
        Files.deleteIfExists(Path.of(TARGET + suffix));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
