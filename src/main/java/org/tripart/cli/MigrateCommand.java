package org.tripart.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.tripart.store.archive.Restored;
import org.tripart.store.archive.StoreArchives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Copies a whole store into an empty one, SQLite to PostgreSQL or back. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Copy everything of a store (studies, instruments, registers, invitations, drafts,"
          + " responses, accounts, sessions, tokens, the audit log: every table of the schema)"
          + " into an empty store, SQLite to PostgreSQL or back, with ids kept and PostgreSQL's"
          + " sequences moved past them. The source is read in one snapshot and may keep"
          + " serving; the target is written in one transaction and read back against the source"
          + " row by row and by SHA-256 before it is committed.",
      "A target that holds any row is refused, naming the table; on any failure the target"
          + " keeps none of the rows."
    })
public final class MigrateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "PATH|JDBC_URL",
      description = "The store to copy: an SQLite file or jdbc:postgresql://host:port/db.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "PATH|JDBC_URL",
      description = "The empty store to copy into (an SQLite file is created when missing).")
  String to;

  @Override
  public Integer call() {
    Restored r = StoreArchives.migrate(from, to);
    var out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "Copied %s into %s: %d tables, %,d rows, each table verified against the source row by"
            + " row and by SHA-256; schema version %s%s; in %s.%n",
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
