package org.tripart.store.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.store.StoreDatabase;

/**
 * Backups in the vendor's own format, for operators who keep their databases with the vendor's
 * tools: SQLite's {@code VACUUM INTO} (a consistent, compact copy of the live file, taken in one
 * read transaction) and PostgreSQL's {@code pg_dump --format=custom} (its own consistent snapshot).
 * Both are written beside the destination and moved into place atomically. Stateless.
 */
final class NativeBackup {
  private NativeBackup() {}

  /** Writes the backup; returns its format, {@code sqlite} or {@code pg_dump}. */
  static String write(StoreDatabase database, Path out) {
    if (!database.exists()) {
      throw new ArchiveException(
          ErrorCode.NOT_A_STORE, database.where(), "there is no store here: no such file");
    }
    Path target = out.toAbsolutePath();
    if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
      throw new ArchiveException(
          ErrorCode.BACKUP_OUTPUT, out.toString(), "its folder does not exist");
    }
    Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
    try {
      Files.deleteIfExists(partial);
      if (database.isPostgres()) {
        pgDump(database, partial);
      } else {
        vacuumInto(database, partial);
      }
      try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(
          partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      ArchiveWriter.syncFolder(target.getParent());
      return database.isPostgres() ? "pg_dump" : "sqlite";
    } catch (IOException e) {
      throw new ArchiveException(
          ErrorCode.BACKUP_OUTPUT, out.toString(), "cannot be written: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        System.err.println("tripart: could not remove " + partial + ": " + e.getMessage());
      }
    }
  }

  private static void vacuumInto(StoreDatabase database, Path partial) {
    try (Connection c = database.connect()) {
      if (!SchemaReader.hasHistory(c)) {
        throw new ArchiveException(
            ErrorCode.NOT_A_STORE, database.where(), "holds no Tripart schema");
      }
      try (PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
        s.setString(1, partial.toString());
        s.execute();
      }
    } catch (SQLException e) {
      throw failed(database, "VACUUM INTO failed: " + e.getMessage(), e);
    }
    try (Connection copy =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + partial + "?mode=ro");
        Statement s = copy.createStatement();
        ResultSet check = s.executeQuery("PRAGMA quick_check")) {
      String result = check.next() ? check.getString(1) : "no answer";
      if (!"ok".equals(result)) {
        throw failed(database, "the copy fails SQLite's quick_check: " + result, null);
      }
    } catch (SQLException e) {
      throw failed(database, "the copy cannot be checked: " + e.getMessage(), e);
    }
  }

  private static void pgDump(StoreDatabase database, Path partial) throws IOException {
    Path pgDump = onPath("pg_dump");
    if (pgDump == null) {
      throw failed(
          database,
          "pg_dump is not on the PATH; install the PostgreSQL client tools, or leave out"
              + " --native to write Tripart's portable archive",
          null);
    }
    String url = database.location().substring("jdbc:".length());
    int query = url.indexOf('?');
    List<String> command = new ArrayList<>(List.of(pgDump.toString(), "--format=custom"));
    command.addAll(List.of("--no-owner", "--file=" + partial));
    String user = database.postgresUser();
    if (user != null) {
      command.add("--username=" + user);
    }
    command.add("--dbname=" + (query < 0 ? url : url.substring(0, query)));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    String password = database.postgresPassword();
    if (password != null) {
      builder.environment().put("PGPASSWORD", password);
    }
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw failed(database, "pg_dump failed: " + output.strip(), null);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw failed(database, "interrupted while pg_dump ran", e);
    }
  }

  private static Path onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return Path.of(dir, program);
      }
    }
    return null;
  }

  private static ArchiveException failed(StoreDatabase database, String problem, Exception e) {
    return new ArchiveException(ErrorCode.NATIVE_BACKUP, database.where(), problem, e);
  }
}
