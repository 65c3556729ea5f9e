package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A study's title and disclosure threshold, and a user's password change and sessions, run on each
 * {@link Database}. Each test starts from an empty store.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
class StudySettingsContractTest {
  @Parameter Database database;
  @TempDir Path folder;
  private String location;

  static final String STUDY = "ai-collab";
  private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
  private static final String NEW_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$bmV3";
  private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  private final List<Store> opened = new ArrayList<>();

  @BeforeEach
  void freshStore() {
    location = database.freshLocation(folder);
  }

  /** The location of this test's store (a file path or a PostgreSQL URL); the same every call. */
  String location() {
    return location;
  }

  /** A data source on the same database, for migrating by hand. */
  HikariDataSource dataSource() {
    return database.dataSource(location);
  }

  Store open() {
    Store store = Stores.open(location());
    opened.add(store);
    return store;
  }

  @AfterEach
  void closeStores() {
    opened.forEach(Store::close);
    database.release(location);
  }

  @Test
  void aStudyStoredWithoutAThresholdHasFive() {
    Store store = open();
    store.createStudy(STUDY, "{\"en\":\"A\"}");

    assertThat(store.study(STUDY).orElseThrow().suppressionThreshold()).isEqualTo(5);
  }

  @Test
  void aStudyKeepsTheThresholdItWasStoredWith() {
    Store store = open();
    store.createStudy(STUDY, "{\"en\":\"A\"}", 11);

    assertThat(store.study(STUDY).orElseThrow().suppressionThreshold()).isEqualTo(11);
  }

  @Test
  void anUpdateChangesOnlyTheGivenFieldsAndTellsWhatItReplaced() {
    Store store = open();
    StoredStudy created = store.createStudy(STUDY, "{\"en\":\"A\"}");

    StudyUpdate threshold = store.updateStudy(STUDY, new StudyChange(null, 10));
    StudyUpdate title =
        store.updateStudy(STUDY, new StudyChange("{\"en\":\"B\",\"zh\":\"乙\"}", null));

    assertThat(threshold.before().suppressionThreshold()).isEqualTo(5);
    assertThat(threshold.after().suppressionThreshold()).isEqualTo(10);
    assertThat(threshold.after().titleJson()).isEqualTo("{\"en\":\"A\"}");
    assertThat(title.before().titleJson()).isEqualTo("{\"en\":\"A\"}");
    assertThat(title.after().suppressionThreshold()).isEqualTo(10);
    assertThat(store.study(STUDY))
        .hasValue(new StoredStudy(STUDY, "{\"en\":\"B\",\"zh\":\"乙\"}", created.created(), 10));
  }

  @Test
  void anUpdateToTheSameValuesReportsNoChange() {
    Store store = open();
    store.createStudy(STUDY, "{\"en\":\"A\"}", 7);

    StudyUpdate same = store.updateStudy(STUDY, new StudyChange("{\"en\":\"A\"}", 7));

    assertThat(same.changed()).isFalse();
    assertThat(store.updateStudy(STUDY, new StudyChange(null, 8)).changed()).isTrue();
  }

  @Test
  void aThresholdOutsideOneToOneHundredIsRefusedAndNothingChanges() {
    Store store = open();
    store.createStudy(STUDY, "{\"en\":\"A\"}");

    for (int bad : new int[] {0, -1, 101}) {
      assertThatThrownBy(() -> store.updateStudy(STUDY, new StudyChange("{\"en\":\"B\"}", bad)))
          .isInstanceOf(InvalidRecordException.class)
          .hasMessageContaining("from 1 to 100");
      assertThatThrownBy(() -> store.createStudy("s" + (bad + 2), "{\"en\":\"A\"}", bad))
          .isInstanceOf(InvalidRecordException.class);
    }
    assertThat(store.updateStudy(STUDY, new StudyChange(null, 1)).after().suppressionThreshold())
        .isEqualTo(1);
    assertThat(store.updateStudy(STUDY, new StudyChange(null, 100)).after().suppressionThreshold())
        .isEqualTo(100);
    assertThat(store.study(STUDY).orElseThrow().titleJson()).isEqualTo("{\"en\":\"A\"}");
    assertThat(store.study("s1")).isEmpty();
  }

  @Test
  void theDatabaseItselfRefusesAThresholdOutOfRange() {
    Store store = open();
    store.createStudy(STUDY, "{\"en\":\"A\"}");
    Jdbi jdbi = ((JdbiStore) store).jdbi();

    assertThatThrownBy(
            () -> jdbi.useHandle(h -> h.execute("UPDATE studies SET suppression_threshold = 0")))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(
            () -> jdbi.useHandle(h -> h.execute("UPDATE studies SET suppression_threshold = 101")))
        .isInstanceOf(RuntimeException.class);
    assertThat(store.study(STUDY).orElseThrow().suppressionThreshold()).isEqualTo(5);
  }

  @Test
  void anUpdateOfAnUnknownStudyOrWithABadTitleIsRefused() {
    Store store = open();
    store.createStudy(STUDY, "{\"en\":\"A\"}");

    assertThatThrownBy(() -> store.updateStudy("nope", new StudyChange(null, 6)))
        .isInstanceOf(UnknownRecordException.class);
    assertThatThrownBy(() -> store.updateStudy(STUDY, new StudyChange("[1]", 6)))
        .isInstanceOf(InvalidRecordException.class);
    assertThat(store.study(STUDY).orElseThrow().suppressionThreshold()).isEqualTo(5);
  }

  @Test
  void aStudyStoredBeforeTheThresholdExistedGetsFive() {
    try (HikariDataSource ds = dataSource()) {
      Flyway.configure()
          .dataSource(ds)
          .locations(
              location().startsWith("jdbc:postgresql:")
                  ? Vendor.POSTGRESQL.migrations()
                  : Vendor.SQLITE.migrations())
          .target("2")
          .load()
          .migrate();
      Jdbi.create(ds)
          .useHandle(
              h ->
                  h.execute(
                      "INSERT INTO studies (id, title_json, created_at) VALUES (?, ?, ?)",
                      STUDY,
                      "{\"en\":\"Old\"}",
                      1_000L));
    }
    Store store = open();

    assertThat(store.study(STUDY))
        .hasValue(new StoredStudy(STUDY, "{\"en\":\"Old\"}", Instant.ofEpochMilli(1_000), 5));
  }

  @Test
  void aPasswordChangeEndsTheUsersOtherSessionsOnly() {
    Store store = open();
    StoredUser ana = store.createUser("ana@example.org", "Ana", HASH);
    StoredUser bob = store.createUser("bob@example.org", "Bob", HASH);
    String current = TokenHashes.hash("ana-current");
    String other = TokenHashes.hash("ana-other");
    String bobs = TokenHashes.hash("bob");
    store.createSession(current, ana.id(), LATER);
    store.createSession(other, ana.id(), LATER);
    store.createSession(bobs, bob.id(), LATER);

    assertThat(store.changePassword(ana.id(), NEW_HASH, current)).isTrue();

    assertThat(store.user(ana.id()).orElseThrow().passwordHash()).isEqualTo(NEW_HASH);
    assertThat(store.user(bob.id()).orElseThrow().passwordHash()).isEqualTo(HASH);
    assertThat(store.sessionByHash(current)).isPresent();
    assertThat(store.sessionByHash(other)).isEmpty();
    assertThat(store.sessionByHash(bobs)).isPresent();
  }

  @Test
  void aPasswordChangeWithoutASessionToKeepEndsThemAllAndAnUnknownUserChangesNothing() {
    Store store = open();
    StoredUser ana = store.createUser("ana@example.org", "Ana", HASH);
    String one = TokenHashes.hash("one");
    store.createSession(one, ana.id(), LATER);

    assertThat(store.changePassword(ana.id() + 1000, NEW_HASH, null)).isFalse();
    assertThat(store.sessionByHash(one)).isPresent();
    assertThat(store.changePassword(ana.id(), NEW_HASH, null)).isTrue();
    assertThat(store.sessionByHash(one)).isEmpty();
    assertThatThrownBy(() -> store.changePassword(ana.id(), " ", null))
        .isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void endingAUsersSessionsLeavesOtherUsersSessions() {
    Store store = open();
    StoredUser ana = store.createUser("ana@example.org", "Ana", HASH);
    StoredUser bob = store.createUser("bob@example.org", "Bob", HASH);
    store.createSession(TokenHashes.hash("a1"), ana.id(), LATER);
    store.createSession(TokenHashes.hash("a2"), ana.id(), LATER);
    store.createSession(TokenHashes.hash("b1"), bob.id(), LATER);

    assertThat(store.endSessions(ana.id())).isEqualTo(2);
    assertThat(store.endSessions(ana.id())).isZero();
    assertThat(store.sessionByHash(TokenHashes.hash("b1"))).isPresent();
  }
}
