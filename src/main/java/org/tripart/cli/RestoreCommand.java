package org.tripart.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tripart.store.archive.Restored;
import org.tripart.store.archive.StoreArchives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Brings a backup back into an empty store. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Bring a backup made by 'tripart backup' back into an empty store (SQLite or PostgreSQL,"
          + " whichever the backup came from): the archive is checked whole first (manifest, row"
          + " counts, SHA-256 of every table), the target's schema is migrated to the backup's"
          + " version, every table is loaded in one transaction and read back row by row and by"
          + " checksum before it is committed, then the schema is migrated to this Tripart's.",
      "A target that holds any row is refused, naming the table; on any failure the target"
          + " keeps none of the backup's rows."
    })
public final class RestoreCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      required = true,
      paramLabel = "PATH|JDBC_URL",
      description =
          "The empty store to restore into: an SQLite file (created when missing) or"
              + " jdbc:postgresql://host:port/db.")
  String db;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FILE",
      description = "The backup, as written by 'tripart backup'.")
  Path from;

  @Override
  public Integer call() {
    Restored r = StoreArchives.restore(db, from);
    var out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "Restored %s into %s: %d tables, %,d rows, each table verified row by row and by SHA-256"
            + " against the backup's manifest; schema version %s%s; in %s.%n",
        r.source(),
        r.target(),
        r.tables().size(),
        r.totalRows(),
        r.sourceVersion(),
        r.sourceVersion().equals(r.targetVersion()) ? "" : ", migrated to " + r.targetVersion(),
        ArchiveSummary.seconds(r.millis()));
    ArchiveSummary.tables(out, r.tables());
    out.flush();
    return 0;
  }
}
