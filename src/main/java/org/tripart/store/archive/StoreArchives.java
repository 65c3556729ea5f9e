package org.tripart.store.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tripart.ErrorCode;
import org.tripart.store.StoreDatabase;

/**
 * Backups, restores and migrations of whole stores, online: the source store may be serving
 * respondents meanwhile. The portable archive is described in {@code archive.md} beside this class.
 * Thread-safe (holds no state); each call opens and closes its own connections.
 */
public final class StoreArchives {
  private StoreArchives() {}

  /**
   * Writes a consistent backup of the store at {@code db} to {@code out} as a portable archive,
   * replacing {@code out} atomically when it exists.
   *
   * @throws ArchiveException when there is no store there or the file cannot be written
   * @throws org.tripart.store.StoreUnavailableException when the database cannot be read
   */
  public static Backup backup(String db, Path out) {
    long start = System.nanoTime();
    StoreDatabase database = StoreDatabase.at(db);
    Manifest manifest;
    try (Snapshot snapshot = Snapshot.open(database)) {
      manifest = ArchiveWriter.write(snapshot, out);
    }
    return new Backup(database.where(), out, "archive", manifest, size(out), millisSince(start));
  }

  /**
   * Writes a backup in the vendor's own format: an SQLite file made by {@code VACUUM INTO}, or a
   * {@code pg_dump} custom-format file (pg_dump must be on the PATH). Neither is read by {@link
   * #restore}: the SQLite file is a store itself, the dump is for {@code pg_restore}.
   *
   * @throws ArchiveException ({@link ErrorCode#NATIVE_BACKUP}) when the tool fails or is missing
   */
  public static Backup nativeBackup(String db, Path out) {
    long start = System.nanoTime();
    StoreDatabase database = StoreDatabase.at(db);
    String format = NativeBackup.write(database, out);
    return new Backup(database.where(), out, format, null, size(out), millisSince(start));
  }

  /**
   * Restores the archive at {@code from} into the empty store at {@code db}: the archive is checked
   * whole first (manifest, row counts, SHA-256 of every table), then loaded and verified as {@link
   * Loader} describes.
   *
   * @throws ArchiveException when the archive is damaged, the target is not empty, or the rows do
   *     not verify; the target then holds none of the archive's rows
   */
  public static Restored restore(String db, Path from) {
    try (ArchiveReader archive = ArchiveReader.open(from)) {
      archive.verify();
      return Loader.load(archive, StoreDatabase.at(db));
    }
  }

  /**
   * Copies every table of the store at {@code from} into the empty store at {@code to}, from one
   * consistent snapshot of the source, verified against the source row by row and by checksum.
   *
   * @throws ArchiveException when the target is not empty or is the source, or the rows do not
   *     verify; the target then holds none of the rows
   */
  public static Restored migrate(String from, String to) {
    StoreDatabase source = StoreDatabase.at(from);
    StoreDatabase target = StoreDatabase.at(to);
    boolean same =
        source.isPostgres()
            ? source.location().equals(target.location())
            : !target.isPostgres() && source.sqliteFile().equals(target.sqliteFile());
    if (same) {
      throw new ArchiveException(
          ErrorCode.TARGET_NOT_EMPTY, target.where(), "is the source itself");
    }
    try (Snapshot snapshot = Snapshot.open(source)) {
      return Loader.load(snapshot, target);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
