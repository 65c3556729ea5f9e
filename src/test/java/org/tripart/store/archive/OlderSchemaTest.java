package org.tripart.store.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tripart.store.StoreDatabase;
import org.tripart.store.Stores;

/**
 * A backup of a store at an older schema (V4, before registers had sectors) restores into a new
 * store: loaded at V4, then migrated on, the new columns taking their migration's defaults. A
 * target already past the backup's version is refused.
 */
class OlderSchemaTest {
  @TempDir Path folder;

  private Path backupOfAVersion4Store() throws Exception {
    String old = folder.resolve("v4.sqlite").toString();
    StoreDatabase.at(old).migrate("4");
    try (var c = Dump.connect(old);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO studies (id, title_json, created_at, suppression_threshold)"
              + " VALUES ('s', '{\"en\":\"S\"}', 1, 5)");
      s.execute(
          "INSERT INTO institutions (study_id, id, name, province_code, tier, type)"
              + " VALUES ('s', 'H1', 'Hospital', '11', 'tertiary', 'general')");
    }
    Path file = folder.resolve("v4.zip");
    assertThat(StoreArchives.backup(old, file).manifest().schemaVersion()).isEqualTo("4");
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aBackupOfAnOlderSchemaIsLoadedAtItsVersionThenMigratedOn(String vendor) throws Exception {
    Path file = backupOfAVersion4Store();
    String target = FullStore.location(vendor, folder, "target");

    Restored restored = StoreArchives.restore(target, file);

    assertThat(restored.sourceVersion()).isEqualTo("4");
    assertThat(restored.targetVersion()).isEqualTo("5");
    List<Map<String, String>> institutions = Dump.rows(target).get("institutions");
    assertThat(institutions).hasSize(1);
    assertThat(institutions.get(0))
        .containsEntry("id", "H1")
        .containsEntry("sector", "hospital")
        .containsEntry("names_json", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aTargetAlreadyPastTheBackupsVersionIsRefused(String vendor) throws Exception {
    Path file = backupOfAVersion4Store();
    String target = FullStore.location(vendor, folder, "target");
    Stores.open(target).close();

    assertThatThrownBy(() -> StoreArchives.restore(target, file))
        .hasMessageStartingWith("TRP-1782")
        .hasMessageContaining("its schema is at version 5, past the rows' version 4");
  }
}
