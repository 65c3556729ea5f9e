package org.tripart.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tripart.store.Stores;
import org.tripart.store.archive.Backup;
import org.tripart.store.archive.Manifest;
import org.tripart.store.archive.StoreArchives;
import org.tripart.store.archive.TableCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a consistent backup of a store while it keeps serving. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Write a consistent backup of a store while the server runs and answers arrive: every"
          + " table read in one snapshot, written as Tripart's portable archive (a zip of one JSON"
          + " Lines file per table and a manifest with the schema version, row counts and"
          + " SHA-256 per table), which 'tripart restore' brings back into SQLite or PostgreSQL.",
      "The file is written beside FILE and moved into place when whole, so FILE is never a"
          + " part of a backup."
    })
public final class BackupCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      defaultValue = Stores.DEFAULT_LOCATION,
      paramLabel = "PATH|JDBC_URL",
      description =
          "The store: an SQLite file, or jdbc:postgresql://host:port/db (user and password from"
              + " the URL or TRIPART_DB_USER / TRIPART_DB_PASSWORD) (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description =
          "Where to write the backup; an existing file is replaced when the new one is whole.")
  Path out;

  @Option(
      names = "--native",
      description =
          "Write the vendor's own format instead: an SQLite copy made by VACUUM INTO, or a"
              + " pg_dump custom-format file (pg_dump on the PATH). 'tripart restore' does not"
              + " read these: the copy is a store itself, the dump is for pg_restore.")
  boolean nativeFormat;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    Backup backup =
        nativeFormat
            ? StoreArchives.nativeBackup(db, this.out)
            : StoreArchives.backup(db, this.out);
    Manifest m = backup.manifest();
    if (m == null) {
      out.printf(
          Locale.ROOT,
          "Backed up %s to %s (%s, %s) in %s.%n",
          backup.source(),
          backup.file(),
          backup.format(),
          ArchiveSummary.size(backup.bytes()),
          ArchiveSummary.seconds(backup.millis()));
    } else {
      out.printf(
          Locale.ROOT,
          "Backed up %s (%s, schema version %s) to %s: %d tables, %,d rows, %s, in %s.%n",
          backup.source(),
          m.sourceVendor(),
          m.schemaVersion(),
          backup.file(),
          m.tables().size(),
          m.totalRows(),
          ArchiveSummary.size(backup.bytes()),
          ArchiveSummary.seconds(backup.millis()));
      ArchiveSummary.tables(
          out,
          m.tables().stream().map(e -> new TableCount(e.name(), e.rows(), e.sha256())).toList());
    }
    out.flush();
    return 0;
  }
}
