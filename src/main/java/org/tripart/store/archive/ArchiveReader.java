package org.tripart.store.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.tripart.ErrorCode;

/**
 * An archive file opened for restoring. {@link #open} reads its manifest; {@link #verify} reads
 * every table once and checks its lines, count and SHA-256 against the manifest, before anything is
 * written anywhere. Not thread-safe; close it when done.
 */
final class ArchiveReader implements RowSource {
  private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes();
  private static final byte[] PG_DUMP_MAGIC = "PGDMP".getBytes();

  private final Path path;
  private final ZipFile zip;
  private final Manifest manifest;
  private final Map<String, Manifest.Entry> entries = new HashMap<>();

  private ArchiveReader(Path path, ZipFile zip, Manifest manifest) {
    this.path = path;
    this.zip = zip;
    this.manifest = manifest;
    manifest.tables().forEach(e -> entries.put(e.name(), e));
  }

  /**
   * Opens the archive and reads its manifest.
   *
   * @throws ArchiveException ({@link ErrorCode#ARCHIVE_UNREADABLE}) when the file is missing, not a
   *     zip (truncated: its directory is at the end), or has no valid manifest
   */
  static ArchiveReader open(Path path) {
    String where = path.toString();
    if (!Files.isRegularFile(path)) {
      throw unreadable(where, "no such file");
    }
    refuseNativeFormats(path);
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile());
    } catch (IOException e) {
      throw unreadable(
          where, "is not a readable zip archive (truncated or damaged?): " + e.getMessage());
    }
    try {
      ZipEntry entry = zip.getEntry(Manifest.FILE);
      if (entry == null) {
        throw unreadable(where, "has no " + Manifest.FILE + ": not a Tripart store archive");
      }
      byte[] json;
      try (InputStream in = zip.getInputStream(entry)) {
        json = in.readAllBytes();
      }
      return new ArchiveReader(path, zip, Manifest.parse(json, where + " " + Manifest.FILE));
    } catch (IOException | RuntimeException e) {
      try {
        zip.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof ArchiveException a) {
        throw a;
      }
      throw unreadable(where, "cannot read its manifest: " + e.getMessage());
    }
  }

  private static void refuseNativeFormats(Path path) {
    byte[] head = new byte[16];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw unreadable(path.toString(), "cannot be read: " + e.getMessage());
    }
    if (n == 16 && java.util.Arrays.equals(head, SQLITE_MAGIC)) {
      throw unreadable(
          path.toString(),
          "is an SQLite database (a native backup), not a Tripart archive: copy it into place"
              + " while no server runs, or use it as the source of 'tripart migrate --from'");
    }
    if (n >= 5 && java.util.Arrays.equals(java.util.Arrays.copyOf(head, 5), PG_DUMP_MAGIC)) {
      throw unreadable(
          path.toString(),
          "is a pg_dump file (a native backup), not a Tripart archive: restore it with pg_restore"
              + " --no-owner -d DATABASE FILE");
    }
  }

  Manifest manifest() {
    return manifest;
  }

  /**
   * Reads every table and checks it against the manifest: each line a row of the right number of
   * values, the number of lines and the SHA-256 as promised.
   *
   * @throws ArchiveException ({@link ErrorCode#ARCHIVE_UNREADABLE}) naming the first table that
   *     does not match
   */
  void verify() {
    for (Manifest.Entry e : manifest.tables()) {
      Digest digest = new Digest();
      try (Lines lines = lines(e)) {
        for (byte[] line = lines.next(); line != null; line = lines.next()) {
          RowCodec.decode(line, e.columns().size(), where(e) + " line " + (digest.lines() + 1));
          digest.add(line);
        }
      }
      if (digest.lines() != e.rows()) {
        throw unreadable(
            where(e),
            "has " + digest.lines() + " rows; the manifest says " + e.rows() + " (truncated?)");
      }
      if (!digest.hex().equals(e.sha256())) {
        throw unreadable(
            where(e), "does not match the manifest's SHA-256: the file was changed or damaged");
      }
    }
  }

  private String where(Manifest.Entry e) {
    return path + " " + e.file();
  }

  @Override
  public String where() {
    return path.toString();
  }

  @Override
  public String schemaVersion() {
    return manifest.schemaVersion();
  }

  @Override
  public List<SourceTable> tables() {
    List<SourceTable> list = new ArrayList<>();
    for (Manifest.Entry e : manifest.tables()) {
      list.add(new SourceTable(e.name(), e.columns(), e.rows(), e.sha256()));
    }
    return list;
  }

  @Override
  public Lines lines(SourceTable table) {
    return lines(entries.get(table.name()));
  }

  private Lines lines(Manifest.Entry e) {
    ZipEntry entry = zip.getEntry(e.file());
    if (entry == null) {
      throw unreadable(where(), "lacks " + e.file() + ", which its manifest lists");
    }
    InputStream in;
    try {
      in = zip.getInputStream(entry);
    } catch (IOException ex) {
      throw unreadable(where(e), "cannot be read: " + ex.getMessage());
    }
    return new EntryLines(in, where(e));
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      throw unreadable(where(), "cannot be closed: " + e.getMessage());
    }
  }

  private static ArchiveException unreadable(String where, String problem) {
    return new ArchiveException(ErrorCode.ARCHIVE_UNREADABLE, where, problem);
  }

  /**
   * The longest row read (64 MiB): far above the rows a store holds (the server takes a response's
   * answers up to 1 MiB; instrument sources are questionnaire files), and low enough that a forged
   * entry of one endless line (a few hundred kilobytes deflated) cannot fill the heap.
   */
  static final int MAX_ROW_BYTES = 64 << 20;

  /** The lines of one zip entry, split at newlines. */
  private static final class EntryLines implements Lines {
    private final InputStream in;
    private final String where;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);

    EntryLines(InputStream in, String where) {
      this.in = in;
      this.where = where;
    }

    @Override
    public byte[] next() {
      line.reset();
      try {
        while (true) {
          if (position == limit) {
            limit = in.read(buffer);
            position = 0;
            if (limit <= 0) {
              limit = 0;
              break;
            }
          }
          for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
              line.write(buffer, position, i + 1 - position);
              position = i + 1;
              return line.toByteArray();
            }
          }
          line.write(buffer, position, limit - position);
          position = limit;
          if (line.size() > MAX_ROW_BYTES) {
            throw unreadable(
                where,
                "has a row longer than "
                    + (MAX_ROW_BYTES >> 20)
                    + " MiB: not an archive Tripart wrote (damaged or forged?)");
          }
        }
      } catch (IOException e) {
        throw unreadable(where, "cannot be read (damaged?): " + e.getMessage());
      }
      if (line.size() > 0) {
        throw unreadable(where, "ends in the middle of a row (truncated?)");
      }
      return null;
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw unreadable(where, "cannot be closed: " + e.getMessage());
      }
    }
  }
}
