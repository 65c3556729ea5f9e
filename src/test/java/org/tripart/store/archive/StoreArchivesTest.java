package org.tripart.store.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.store.AuditEntry;
import org.tripart.store.NewAuditEntry;
import org.tripart.store.Store;
import org.tripart.store.Stores;

/**
 * Backup, restore and migration on a real SQLite file and a real PostgreSQL server (a throwaway one
 * on loopback, {@code SharedPostgres}), each case over both vendors.
 */
class StoreArchivesTest {
  @TempDir Path folder;

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of("sqlite", "sqlite"),
        Arguments.of("sqlite", "postgresql"),
        Arguments.of("postgresql", "sqlite"),
        Arguments.of("postgresql", "postgresql"));
  }

  private String location(String vendor, String name) {
    return FullStore.location(vendor, folder, name);
  }

  private String filled(String vendor) {
    String source = location(vendor, "source");
    FullStore.fill(source).close();
    return source;
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void restoreIntoAnEmptyStoreGivesIdenticalRowsInEveryTable(String from, String to)
      throws Exception {
    String source = filled(from);
    Path file = folder.resolve("store.zip");
    Backup backup = StoreArchives.backup(source, file);
    String target = location(to, "target");

    Restored restored = StoreArchives.restore(target, file);

    assertThat(Dump.rows(target)).isEqualTo(Dump.rows(source));
    assertThat(restored.tables())
        .extracting(TableCount::name, TableCount::rows, TableCount::sha256)
        .containsExactlyElementsOf(
            backup.manifest().tables().stream()
                .map(e -> org.assertj.core.groups.Tuple.tuple(e.name(), e.rows(), e.sha256()))
                .toList());
    assertThat(restored.targetVersion()).isEqualTo(backup.manifest().schemaVersion());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void everyTableOfTheSchemaIsInTheArchiveAndHasRowsInTheFixture(String vendor) throws Exception {
    String source = filled(vendor);

    Manifest manifest = StoreArchives.backup(source, folder.resolve("store.zip")).manifest();

    List<String> schema =
        Dump.tables(source).stream().filter(t -> !t.equals("flyway_schema_history")).toList();
    assertThat(manifest.tables()).extracting(Manifest.Entry::name).hasSameElementsAs(schema);
    assertThat(manifest.tables())
        .as("a table the fixture leaves empty is not shown to survive a copy: fill it in FullStore")
        .allSatisfy(e -> assertThat(e.rows()).as(e.name()).isPositive());
    assertThat(manifest.tables())
        .as("each table after the tables its foreign keys name")
        .extracting(Manifest.Entry::name)
        .containsSubsequence("studies", "institutions", "invitations", "responses")
        .containsSubsequence("users", "memberships")
        .containsSubsequence("users", "sessions")
        .containsSubsequence("users", "api_tokens");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void migrateFromSqliteToPostgresqlAndBackGivesIdenticalRowsChecksumsAndAuditLog(String unused)
      throws Exception {
    String first = filled("sqlite");
    String postgres = location("postgresql", "middle");
    String back = location("sqlite", "back");

    Restored there = StoreArchives.migrate(first, postgres);
    Restored again = StoreArchives.migrate(postgres, back);

    assertThat(Dump.rows(postgres)).isEqualTo(Dump.rows(first));
    assertThat(Dump.rows(back)).isEqualTo(Dump.rows(first));
    assertThat(again.tables()).isEqualTo(there.tables());
    assertThat(StoreArchives.backup(first, folder.resolve("a.zip")).manifest().tables())
        .extracting(Manifest.Entry::sha256)
        .containsExactlyElementsOf(there.tables().stream().map(TableCount::sha256).toList());
    List<AuditEntry> audit;
    try (Store original = Stores.open(first)) {
      audit = original.audit(FullStore.STUDY);
    }
    try (Store moved = Stores.open(postgres)) {
      assertThat(moved.audit(FullStore.STUDY)).isEqualTo(audit).isNotEmpty();
    }
    try (Store movedBack = Stores.open(back)) {
      assertThat(movedBack.audit(FullStore.STUDY)).isEqualTo(audit);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void theMovedStoreKeepsWorkingWithNewIdsPastTheCopiedOnesAndItsAuditLogAppendOnly(String to)
      throws Exception {
    String source = filled("sqlite".equals(to) ? "postgresql" : "sqlite");
    String target = location(to, "target");
    StoreArchives.migrate(source, target);
    long maxUser = Dump.count(target, "SELECT MAX(id) FROM users");
    long maxAudit = Dump.count(target, "SELECT MAX(id) FROM audit_log");
    long maxResponse = Dump.count(target, "SELECT MAX(id) FROM responses");

    try (Store store = Stores.open(target)) {
      assertThat(store.createUser("new@example.org", "New", "$argon2id$new").id())
          .isEqualTo(maxUser + 1);
      assertThat(
              store
                  .appendAudit(new NewAuditEntry("new", "sign-in", null, null, "{}", null, null))
                  .id())
          .isEqualTo(maxAudit + 1);
      store.submit(FullStore.waiting(0), FullStore.answers(9), 1, null);
    }
    assertThat(
            Dump.count(
                target,
                "SELECT id FROM responses WHERE invitation_id = '" + FullStore.waiting(0) + "'"))
        .isEqualTo(maxResponse + 1);
    try (var c = Dump.connect(target);
        var s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log"))
          .hasMessageContaining("append-only");
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void aTargetWithRowsIsRefusedNamingTheTableAndKeepsItsRows(String from, String to)
      throws Exception {
    String source = filled(from);
    Path file = folder.resolve("store.zip");
    StoreArchives.backup(source, file);
    String target = location(to, "target");
    try (Store store = Stores.open(target)) {
      store.createStudy("other", "{\"en\":\"Other\"}");
    }
    var before = Dump.rows(target);

    assertThatThrownBy(() -> StoreArchives.restore(target, file))
        .isInstanceOf(ArchiveException.class)
        .hasMessageStartingWith("TRP-1781")
        .hasMessageContaining("table studies has 1 row");
    assertThatThrownBy(() -> StoreArchives.migrate(source, target))
        .hasMessageStartingWith("TRP-1781")
        .hasMessageContaining("table studies has 1 row");
    assertThat(Dump.rows(target)).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aStoreCannotBeMigratedOntoItself(String vendor) {
    String source = filled(vendor);

    assertThatThrownBy(() -> StoreArchives.migrate(source, source))
        .hasMessageStartingWith("TRP-1781")
        .hasMessageContaining("is the source itself");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aMissingSourceOrOneWithoutTheSchemaIsNotAStore(String vendor) throws Exception {
    String missing = folder.resolve("missing.sqlite").toString();
    String empty = location(vendor, "empty");
    if (!FullStore.isPostgres(empty)) {
      Files.createFile(Path.of(empty));
    }

    assertThatThrownBy(() -> StoreArchives.backup(missing, folder.resolve("x.zip")))
        .isInstanceOf(TripartException.class)
        .hasMessageStartingWith(ErrorCode.NOT_A_STORE.code())
        .hasMessageContaining("no such file");
    assertThat(Path.of(missing)).doesNotExist();
    assertThatThrownBy(() -> StoreArchives.migrate(empty, location("sqlite", "t")))
        .hasMessageStartingWith(ErrorCode.NOT_A_STORE.code())
        .hasMessageContaining("no Tripart schema");
    assertThat(folder.resolve("x.zip")).doesNotExist();
  }
}
