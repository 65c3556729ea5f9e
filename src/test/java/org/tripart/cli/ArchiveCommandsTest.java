package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tripart.store.SharedPostgres;

/** {@code tripart backup}, {@code restore} and {@code migrate}: what they print and refuse. */
class ArchiveCommandsTest {
  @TempDir Path folder;
  private String store;
  private Path backup;

  @BeforeEach
  void fillAStoreAndBackItUp() throws Exception {
    store = folder.resolve("store.sqlite").toString();
    MiniStore.fill(store);
    backup = folder.resolve("store.zip");
    assertThat(CommandLineRun.of("backup", "--db", store, "--out", backup.toString()).exitCode())
        .isZero();
    byte[] whole = Files.readAllBytes(backup);
    Files.write(folder.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length - 100));
  }

  @Test
  void backupRestoreAndMigrateSayWhatTheyWroteAndVerified() {
    CommandLineRun backedUp =
        CommandLineRun.of("backup", "--db", store, "--out", folder.resolve("again.zip").toString());
    CommandLineRun restored =
        CommandLineRun.of(
            "restore",
            "--db",
            folder.resolve("restored.sqlite").toString(),
            "--from",
            backup.toString());
    String postgres = SharedPostgres.newDatabaseUrl();
    CommandLineRun migrated = CommandLineRun.of("migrate", "--from", store, "--to", postgres);

    assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
    assertThat(backedUp.out())
        .contains("Backed up " + store + " (sqlite, schema version 5) to ")
        .contains("responses")
        .containsPattern("responses +10 rows  sha256 [0-9a-f]{16}");
    assertThat(restored.exitCode()).as(restored.err()).isZero();
    assertThat(restored.out())
        .contains("verified row by row and by SHA-256 against the backup's manifest")
        .containsPattern("invitations +10 rows");
    assertThat(migrated.exitCode()).as(migrated.err()).isZero();
    assertThat(migrated.out())
        .contains("Copied " + store + " into jdbc:postgresql://")
        .containsPattern("responses +10 rows");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "backup --db MISSING --out OUT | TRP-1785",
        "backup --native --db MISSING --out OUT | TRP-1785",
        "backup --db STORE --out NOFOLDER | TRP-1786",
        "backup --db jdbc:postgresql://127.0.0.1:1/none?user=x --out OUT | TRP-0700",
        "restore --db TARGET --from MISSING | TRP-1780",
        "restore --db TARGET --from TRUNCATED | TRP-1780",
        "restore --db TARGET --from STORE | TRP-1780",
        "restore --db STORE --from BACKUP | TRP-1781",
        "migrate --from STORE --to STORE | TRP-1781",
        "migrate --from MISSING --to TARGET | TRP-1785",
        "migrate --from STORE --to jdbc:postgresql://127.0.0.1:1/none?user=x | TRP-0700",
      })
  void failuresSayWhatIsWrongWithACodeAndNoStackTrace(String command, String code) {
    String[] args =
        Arrays.stream(command.split(" "))
            .map(
                a ->
                    switch (a) {
                      case "MISSING" -> folder.resolve("missing.sqlite").toString();
                      case "OUT" -> folder.resolve("out.zip").toString();
                      case "NOFOLDER" -> folder.resolve("no/such/folder/out.zip").toString();
                      case "STORE" -> store;
                      case "TARGET" -> folder.resolve("target.sqlite").toString();
                      case "TRUNCATED" -> folder.resolve("truncated.zip").toString();
                      case "BACKUP" -> backup.toString();
                      default -> a;
                    })
            .toArray(String[]::new);
    PrintStream original = System.err;
    ByteArrayOutputStream tracer = new ByteArrayOutputStream();
    CommandLineRun run;
    try {
      System.setErr(new PrintStream(tracer, true, StandardCharsets.UTF_8));
      run = CommandLineRun.of(args);
    } finally {
      System.setErr(original);
    }

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).startsWith("tripart: " + code + " ").doesNotContain("\tat ");
    assertThat(tracer.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
    assertThat(folder.resolve("missing.sqlite")).doesNotExist();
    assertThat(folder.resolve("target.sqlite")).doesNotExist();
    assertThat(folder.resolve("out.zip")).doesNotExist();
  }
}
