package org.tripart.store.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.store.StoreDatabase;
import org.tripart.store.StoreUnavailableException;

/**
 * Loads a {@link RowSource} into an empty store: migrates the target to the source's schema
 * version, inserts every table in one transaction (ids as they were; PostgreSQL's identity
 * sequences moved past them), reads every table back and compares it with the source row by row and
 * by SHA-256, and only then commits and migrates the target on to this Tripart's latest schema. A
 * failure rolls the transaction back, so the target holds none of the rows; an SQLite file the load
 * created is removed. Stateless.
 */
final class Loader {
  private static final int BATCH = 500;

  private Loader() {}

  static Restored load(RowSource source, StoreDatabase target) {
    long start = System.nanoTime();
    boolean created = !target.exists();
    try {
      List<String> known = target.knownVersions();
      try (Connection c = target.connect()) {
        TargetChecks.requireEmptyAndCompatible(c, target, source.schemaVersion(), known);
      }
      target.migrate(source.schemaVersion());
      List<TableCount> counts;
      try (Connection c = target.connect()) {
        c.setAutoCommit(false);
        try {
          counts = copyAndVerify(c, source, target);
          c.commit();
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      }
      target.migrate(null);
      String after;
      try (Connection c = target.connect()) {
        after = SchemaVersions.current(c);
      }
      return new Restored(
          source.where(),
          target.where(),
          source.schemaVersion(),
          after,
          counts,
          (System.nanoTime() - start) / 1_000_000);
    } catch (SQLException e) {
      removeCreated(created, target);
      throw new StoreUnavailableException(
          target.where(), "cannot write the store: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      removeCreated(created, target);
      throw e;
    }
  }

  private static List<TableCount> copyAndVerify(
      Connection c, RowSource source, StoreDatabase target) throws SQLException {
    boolean postgres = target.isPostgres();
    if (!postgres) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA defer_foreign_keys = ON");
      }
    }
    List<Table> tables = SchemaReader.tables(c);
    List<SourceTable> sources = source.tables();
    TargetChecks.requireSameTables(sources, tables, target.where(), source.schemaVersion());
    if (postgres) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "LOCK TABLE "
                + String.join(", ", tables.stream().map(t -> TableRows.quote(t.name())).toList())
                + " IN EXCLUSIVE MODE");
      }
    }
    TargetChecks.requireNoRows(c, target, tables);
    List<String> read = new ArrayList<>();
    for (Table t : tables) {
      read.add(insert(c, postgres, t, find(sources, t.name()), source, target.where()));
    }
    if (postgres) {
      PostgresSequences.advance(c, tables);
    }
    List<TableCount> counts = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      Table t = tables.get(i);
      counts.add(verify(c, postgres, t, find(sources, t.name()), read.get(i), source, target));
    }
    return counts;
  }

  private static SourceTable find(List<SourceTable> sources, String name) {
    return sources.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  /** Inserts the source's rows of one table; returns the SHA-256 of the lines it read. */
  private static String insert(
      Connection c, boolean postgres, Table table, SourceTable source, RowSource rows, String where)
      throws SQLException {
    List<Column> columns = source.columns().stream().map(table::column).toList();
    String sql =
        "INSERT INTO "
            + TableRows.quote(table.name())
            + " ("
            + String.join(", ", source.columns().stream().map(TableRows::quote).toList())
            + ")"
            + (postgres && PostgresSequences.hasIdentity(c, table)
                ? " OVERRIDING SYSTEM VALUE"
                : "")
            + " VALUES ("
            + String.join(", ", columns.stream().map(x -> "?").toList())
            + ")";
    Digest digest = new Digest();
    String at = where + " table " + table.name();
    try (PreparedStatement insert = c.prepareStatement(sql);
        Lines lines = rows.lines(source)) {
      int pending = 0;
      for (byte[] line = lines.next(); line != null; line = lines.next()) {
        digest.add(line);
        String row = at + " row " + digest.lines();
        RowCodec.bind(insert, RowCodec.decode(line, columns.size(), row), columns, row);
        insert.addBatch();
        if (++pending == BATCH) {
          execute(insert, at, digest.lines() - pending + 1);
          pending = 0;
        }
      }
      if (pending > 0) {
        execute(insert, at, digest.lines() - pending + 1);
      }
    }
    return digest.hex();
  }

  private static void execute(PreparedStatement insert, String at, long first) throws SQLException {
    try {
      insert.executeBatch();
    } catch (SQLException e) {
      SQLException cause = e.getNextException() != null ? e.getNextException() : e;
      throw new ArchiveException(
          ErrorCode.ARCHIVE_VALUE,
          at,
          "the target refuses the rows from row " + first + ": " + cause.getMessage(),
          e);
    }
  }

  private static TableCount verify(
      Connection c,
      boolean postgres,
      Table table,
      SourceTable source,
      String readSha,
      RowSource rows,
      StoreDatabase target) {
    Digest digest = new Digest();
    String at = target.where() + " table " + table.name();
    try (Lines written = TableRows.open(c, postgres, table, source.columns(), target.where());
        Lines expected = rows.lines(source)) {
      while (true) {
        byte[] want = expected.next();
        byte[] got = written.next();
        if (want == null && got == null) {
          break;
        }
        if (want == null || got == null || !Arrays.equals(want, got)) {
          throw new ArchiveException(
              ErrorCode.ARCHIVE_VERIFY,
              at + " row " + (digest.lines() + 1),
              "reads back as " + shown(got) + " where the source has " + shown(want));
        }
        digest.add(got);
      }
    }
    String sha = digest.hex();
    if (!sha.equals(readSha)
        || (source.sha256() != null && !sha.equals(source.sha256()))
        || (source.rows() >= 0 && digest.lines() != source.rows())) {
      throw new ArchiveException(
          ErrorCode.ARCHIVE_VERIFY,
          at,
          digest.lines()
              + " rows with SHA-256 "
              + sha
              + " read back; the source gave "
              + (source.rows() >= 0 ? source.rows() + " rows, " : "")
              + "SHA-256 "
              + (source.sha256() != null ? source.sha256() : readSha));
    }
    return new TableCount(table.name(), digest.lines(), sha);
  }

  private static String shown(byte[] line) {
    if (line == null) {
      return "no row";
    }
    String s = new String(line, StandardCharsets.UTF_8).strip();
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }

  private static void removeCreated(boolean created, StoreDatabase target) {
    if (!created || target.isPostgres()) {
      return;
    }
    Path file = target.sqliteFile();
    for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
      try {
        Files.deleteIfExists(Path.of(file + suffix));
      } catch (IOException e) {
        System.err.println("tripart: could not remove " + file + suffix + ": " + e.getMessage());
      }
    }
  }
}
