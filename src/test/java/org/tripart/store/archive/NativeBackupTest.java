package org.tripart.store.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups in the vendors' own formats: SQLite's {@code VACUUM INTO} copy is a store of its own,
 * PostgreSQL's {@code pg_dump} file restores with {@code pg_restore}; both hold the same rows.
 */
class NativeBackupTest {
  @TempDir Path folder;

  @Test
  void anSqliteCopyMadeByVacuumIntoHoldsTheSameRowsAndCanBeMigratedFrom() throws Exception {
    String source = FullStore.location("sqlite", folder, "source");
    FullStore.fill(source).close();
    Path copy = folder.resolve("copy.sqlite");

    Backup backup = StoreArchives.nativeBackup(source, copy);

    assertThat(backup.format()).isEqualTo("sqlite");
    assertThat(Dump.rows(copy.toString())).isEqualTo(Dump.rows(source));
    assertThatThrownBy(() -> StoreArchives.restore(folder.resolve("t.sqlite").toString(), copy))
        .hasMessageStartingWith("TRP-1780")
        .hasMessageContaining("is an SQLite database (a native backup)");
    String moved = FullStore.location("postgresql", folder, "moved");
    StoreArchives.migrate(copy.toString(), moved);
    assertThat(Dump.rows(moved)).isEqualTo(Dump.rows(source));
    assertThat(folder.toFile().list()).noneMatch(name -> name.endsWith(".partial"));
  }

  @Test
  void aPostgresqlDumpIsWrittenWithPgDumpAndRestoresWithPgRestore() throws Exception {
    String source = FullStore.location("postgresql", folder, "source");
    FullStore.fill(source).close();
    Path dump = folder.resolve("store.pgdump");

    Backup backup = StoreArchives.nativeBackup(source, dump);

    assertThat(backup.format()).isEqualTo("pg_dump");
    assertThat(new String(Files.readAllBytes(dump), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("PGDMP");
    assertThatThrownBy(() -> StoreArchives.restore(folder.resolve("t.sqlite").toString(), dump))
        .hasMessageStartingWith("TRP-1780")
        .hasMessageContaining("restore it with pg_restore");
    String target = FullStore.location("postgresql", folder, "target");
    String uri = target.substring("jdbc:".length());
    Process restore =
        new ProcessBuilder("pg_restore", "--no-owner", "--dbname=" + uri, dump.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(restore.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(restore.exitValue()).as(output).isZero();
    assertThat(Dump.rows(target)).isEqualTo(Dump.rows(source));
  }

  @Test
  void aNativeBackupOfAMissingStoreIsRefused() {
    assertThatThrownBy(
            () ->
                StoreArchives.nativeBackup(
                    folder.resolve("none.sqlite").toString(), folder.resolve("x.sqlite")))
        .hasMessageStartingWith("TRP-1785")
        .hasMessageContaining("no such file");
    assertThat(folder.resolve("none.sqlite")).doesNotExist();
  }
}
