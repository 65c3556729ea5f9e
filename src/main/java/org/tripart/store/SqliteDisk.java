package org.tripart.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether an SQLite store's file can take writes, for the health check: a query answers on a file
 * system that has turned read-only or full, so the check asks the file system too. It writes and
 * syncs one byte in a probe file beside the store ({@code STORE.healthz}, then deleted), because a
 * file system that the kernel turned read-only after an error (ext4's {@code errors=remount-ro})
 * can still say "rw" to {@code access(2)}; usable space under {@link #MIN_FREE_BYTES} means the
 * next commit may fail with "database or disk is full". Side effect: the probe file exists for the
 * moment of the check. Thread-safe (concurrent checks share the probe name, so one may see the
 * other's file and still writes its own byte).
 */
final class SqliteDisk {
  /** Below this much usable space a commit (WAL frames of a batch) may not fit. */
  static final long MIN_FREE_BYTES = 1024 * 1024;

  private SqliteDisk() {}

  /**
   * @param file the database file
   * @throws StoreUnavailableException naming the file when it or its folder cannot be written or
   *     the disk is full
   */
  static void checkWritable(Path file) {
    String where = file.toString();
    Path probe = file.resolveSibling(file.getFileName() + ".healthz");
    try (FileChannel c =
        FileChannel.open(
            probe,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.DELETE_ON_CLOSE)) {
      c.write(ByteBuffer.wrap(new byte[] {1}));
      c.force(true);
    } catch (IOException e) {
      throw new StoreUnavailableException(
          where,
          "the store's folder cannot be written (read-only or failing file system?): "
              + Failures.rootMessage(e),
          e);
    }
    long free;
    try {
      free = Files.getFileStore(file).getUsableSpace();
    } catch (IOException e) {
      throw new StoreUnavailableException(
          where, "cannot ask the disk for its free space: " + Failures.rootMessage(e), e);
    }
    if (free < MIN_FREE_BYTES) {
      throw new StoreUnavailableException(
          where, "the disk holding the store is full (" + free + " bytes free)", null);
    }
  }
}
