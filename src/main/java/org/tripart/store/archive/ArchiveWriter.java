package org.tripart.store.archive;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.tripart.ErrorCode;

/**
 * Writes a snapshot as a portable archive: a zip holding {@code tables/NAME.jsonl} per table (its
 * canonical lines, {@link RowCodec}) and then {@code manifest.json} ({@link Manifest}). The zip is
 * written to a temporary file beside the destination, synced, and moved into place atomically, so
 * the destination is either the previous file or the whole new archive, never a part. Stateless.
 */
final class ArchiveWriter {
  private ArchiveWriter() {}

  /**
   * Writes the archive.
   *
   * @throws ArchiveException ({@link ErrorCode#BACKUP_OUTPUT}) when it cannot be written there
   */
  static Manifest write(Snapshot snapshot, Path out) {
    Path target = out.toAbsolutePath();
    Path folder = target.getParent();
    if (Files.isDirectory(target)) {
      throw new ArchiveException(ErrorCode.BACKUP_OUTPUT, out.toString(), "is a folder");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new ArchiveException(
          ErrorCode.BACKUP_OUTPUT, out.toString(), "its folder does not exist");
    }
    Path partial = null;
    try {
      partial = Files.createTempFile(folder, "." + target.getFileName() + ".", ".partial");
      Manifest manifest;
      try (FileOutputStream file = new FileOutputStream(partial.toFile());
          ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
        manifest = writeEntries(snapshot, zip);
        zip.finish();
        zip.flush();
        file.getFD().sync();
      }
      Files.move(
          partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      partial = null;
      syncFolder(folder);
      return manifest;
    } catch (IOException e) {
      throw new ArchiveException(
          ErrorCode.BACKUP_OUTPUT, out.toString(), "cannot be written: " + e.getMessage(), e);
    } finally {
      if (partial != null) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException e) {
          System.err.println("tripart: could not remove " + partial + ": " + e.getMessage());
        }
      }
    }
  }

  private static Manifest writeEntries(Snapshot snapshot, ZipOutputStream zip) throws IOException {
    String createdAt = snapshot.takenAt().toString();
    List<Manifest.Entry> entries = new ArrayList<>();
    for (SourceTable t : snapshot.tables()) {
      String file = "tables/" + t.name() + ".jsonl";
      zip.putNextEntry(new ZipEntry(file));
      Digest digest = new Digest();
      try (Lines lines = snapshot.lines(t)) {
        for (byte[] line = lines.next(); line != null; line = lines.next()) {
          zip.write(line);
          digest.add(line);
        }
      }
      zip.closeEntry();
      List<String> types = new ArrayList<>();
      for (String c : t.columns()) {
        types.add(snapshot.table(t.name()).column(c).typeName());
      }
      entries.add(
          new Manifest.Entry(t.name(), file, t.columns(), types, digest.lines(), digest.hex()));
    }
    Manifest manifest =
        new Manifest(
            createdAt,
            snapshot.isPostgres() ? "postgresql" : "sqlite",
            snapshot.schemaVersion(),
            entries);
    zip.putNextEntry(new ZipEntry(Manifest.FILE));
    zip.write(manifest.toJson());
    zip.closeEntry();
    return manifest;
  }

  /** Makes the rename durable: fsync of the folder (a no-op where folders cannot be opened). */
  static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // some systems cannot open a folder for sync; the rename is then as durable as they make it
    }
  }
}
