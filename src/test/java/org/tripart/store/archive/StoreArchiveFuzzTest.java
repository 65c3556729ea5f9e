package org.tripart.store.archive;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
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

  @Test
  void aRowLongerThanAnyStoreHoldsIsRefusedWithoutFillingTheHeap(@TempDir Path folder)
      throws IOException {
    Path file = folder.resolve("endless.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(
          ("{\"format\":\"tripart-store-archive\",\"formatVersion\":1,\"createdAt\":\"x\","
                  + "\"sourceVendor\":\"sqlite\",\"schemaVersion\":\"5\",\"tables\":[{\"name\":"
                  + "\"studies\",\"file\":\"tables/studies.jsonl\",\"columns\":[\"id\"],\"rows\":1,"
                  + "\"sha256\":\""
                  + "0".repeat(64)
                  + "\"}]}")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("tables/studies.jsonl"));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) ' ');
      for (int i = 0; i <= ArchiveReader.MAX_ROW_BYTES / chunk.length; i++) {
        zip.write(chunk);
      }
    }

    assertThatThrownBy(
            () -> {
              try (ArchiveReader archive = ArchiveReader.open(file)) {
                archive.verify();
              }
            })
        .isInstanceOf(ArchiveException.class)
        .hasMessageStartingWith("TRP-1780 " + file + " tables/studies.jsonl")
        .hasMessageContaining("has a row longer than 64 MiB");
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
