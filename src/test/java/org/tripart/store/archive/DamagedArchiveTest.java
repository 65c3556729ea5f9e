package org.tripart.store.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tripart.store.Stores;

/**
 * A damaged, truncated or forged archive, or rows the target will not take, are refused with a
 * clear message, and the target is left with none of the archive's rows: a new SQLite file is not
 * left behind, a PostgreSQL database holds no table or only empty ones.
 */
class DamagedArchiveTest {
  @TempDir Path folder;
  private Path file;

  @BeforeEach
  void backUpAFullStore() {
    String source = FullStore.location("sqlite", folder, "source");
    FullStore.fill(source).close();
    file = folder.resolve("store.zip");
    StoreArchives.backup(source, file);
  }

  private String target(String vendor) {
    return FullStore.location(vendor, folder, "target");
  }

  private static void assertHoldsNoRows(String target) throws Exception {
    if (FullStore.isPostgres(target)) {
      for (var rows : Dump.rows(target).values()) {
        assertThat(rows).isEmpty();
      }
    } else {
      assertThat(Path.of(target)).doesNotExist();
      assertThat(Path.of(target + "-wal")).doesNotExist();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aTruncatedArchiveIsRefusedBeforeTheTargetIsTouched(String vendor) throws Exception {
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
    String target = target(vendor);

    assertThatThrownBy(() -> StoreArchives.restore(target, file))
        .isInstanceOf(ArchiveException.class)
        .hasMessageStartingWith("TRP-1780 " + file)
        .hasMessageContaining("not a readable zip archive (truncated or damaged?)");
    assertHoldsNoRows(target);
    if (FullStore.isPostgres(target)) {
      assertThat(Dump.tables(target)).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aChangedRowIsCaughtByTheChecksum(String vendor) throws Exception {
    ZipEdit.editTable(file, "responses", t -> t.replaceFirst("\\\\\"yes\\\\\"", "\\\\\"no\\\\\""));
    String target = target(vendor);

    assertThatThrownBy(() -> StoreArchives.restore(target, file))
        .hasMessageStartingWith("TRP-1780 " + file + " tables/responses.jsonl")
        .hasMessageContaining("does not match the manifest's SHA-256");
    assertHoldsNoRows(target);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aMissingRowIsCaughtByTheCount(String vendor) throws Exception {
    ZipEdit.editTable(file, "audit_log", t -> t.substring(t.indexOf('\n') + 1));
    String target = target(vendor);

    assertThatThrownBy(() -> StoreArchives.restore(target, file))
        .hasMessageStartingWith("TRP-1780 " + file + " tables/audit_log.jsonl")
        .hasMessageContaining("has 1 rows; the manifest says 2 (truncated?)");
    assertHoldsNoRows(target);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void rowsTheTargetRefusesRollBackEveryTableAlreadyLoaded(String vendor) throws Exception {
    ZipEdit.forgeTable(file, "responses", t -> t.replaceFirst(",1,", ",-1,"));
    String target = target(vendor);

    assertThatThrownBy(() -> StoreArchives.restore(target, file))
        .hasMessageStartingWith("TRP-1784 " + where(target) + " table responses")
        .hasMessageContaining("the target refuses the rows from row 1");
    assertHoldsNoRows(target);
  }

  private static String where(String location) {
    return org.tripart.store.StoreDatabase.at(location).where();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void rowsThatReadBackDifferentlyAreNotKept(String vendor) throws Exception {
    String target = target(vendor);
    Stores.open(target).close();
    try (var c = Dump.connect(target);
        Statement s = c.createStatement()) {
      if (FullStore.isPostgres(target)) {
        s.execute(
            "CREATE FUNCTION retitle() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN NEW.title_json := '{}'; RETURN NEW; END; $$");
        s.execute(
            "CREATE TRIGGER retitle BEFORE INSERT ON studies FOR EACH ROW EXECUTE FUNCTION"
                + " retitle()");
      } else {
        s.execute(
            "CREATE TRIGGER retitle AFTER INSERT ON studies BEGIN UPDATE studies SET title_json"
                + " = '{}' WHERE id = NEW.id; END");
      }
    }

    assertThatThrownBy(() -> StoreArchives.restore(target, file))
        .hasMessageStartingWith("TRP-1783 " + where(target) + " table studies row 1")
        .hasMessageContaining("reads back as [\"ai-collab\",\"{}\"");
    for (var rows : Dump.rows(target).values()) {
      assertThat(rows).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a zip at all\n", "SQLite format 3\0 and then pages"})
  void aFileThatIsNoArchiveIsRefusedSayingWhatItIs(String content) throws Exception {
    Path other = folder.resolve("other.bin");
    Files.writeString(other, content + "x".repeat(100));
    String target = target("sqlite");

    assertThatThrownBy(() -> StoreArchives.restore(target, other))
        .hasMessageStartingWith("TRP-1780 " + other)
        .hasMessageContaining(
            content.startsWith("SQLite") ? "is an SQLite database" : "not a readable zip");
    assertHoldsNoRows(target);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite"})
  void anArchiveFromANewerSchemaIsRefused(String vendor) throws Exception {
    var entries = ZipEdit.entries(file);
    String manifest =
        new String(entries.get(Manifest.FILE), java.nio.charset.StandardCharsets.UTF_8);
    entries.put(
        Manifest.FILE,
        manifest
            .replaceFirst("\"schemaVersion\" : \"5\"", "\"schemaVersion\" : \"99\"")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ZipEdit.write(file, entries);
    String target = target(vendor);

    assertThatThrownBy(() -> StoreArchives.restore(target, file))
        .hasMessageStartingWith("TRP-1782")
        .hasMessageContaining("schema version 99, which this Tripart does not have");
    assertHoldsNoRows(target);
  }
}
