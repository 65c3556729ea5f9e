package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
 * The instrument version each response records, run on each {@link Database}. Each test starts from
 * an empty store.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
class ResponseVersionContractTest {
  @Parameter Database database;
  @TempDir Path folder;
  private String location;

  static final String STUDY = "ai-collab";
  static final String GROUP = "clinician";

  private final List<Store> opened = new ArrayList<>();

  @BeforeEach
  void freshStore() {
    location = database.freshLocation(folder);
  }

  /** The location of this test's store (a file path or a PostgreSQL URL); the same every call. */
  String location() {
    return location;
  }

  /** A data source on the same database, for migrating and looking by hand. */
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

  private Store withInvitations(String... ids) {
    Store store = open();
    store.createStudy(STUDY, "{\"en\":\"AI collaboration\"}");
    List<NewInvitation> invitations = new ArrayList<>();
    for (String id : ids) {
      invitations.add(new NewInvitation(id, null, TokenHashes.hash("token-" + id), null));
    }
    store.createInvitations(STUDY, GROUP, "wave1", invitations);
    return store;
  }

  private Integer storedColumn(String invitationId) {
    try (HikariDataSource ds = dataSource()) {
      return Jdbi.create(ds)
          .withHandle(
              h ->
                  h.createQuery(
                          "SELECT instrument_version FROM responses WHERE invitation_id = :id")
                      .bind("id", invitationId)
                      .mapTo(Integer.class)
                      .one());
    }
  }

  private static List<Integer> finalVersions(Store store) {
    try (Stream<StoredResponse> stored = store.finalResponses(STUDY, GROUP)) {
      return stored.map(StoredResponse::instrumentVersion).toList();
    }
  }

  @Test
  void aFirstSubmissionStoresTheVersionItWasValidatedAgainst() {
    Store store = withInvitations("a");

    SubmitResult result = store.submit("a", "{\"q\":\"yes\"}", 3, null);

    assertThat(result.outcome()).isEqualTo(SubmitOutcome.ACCEPTED);
    assertThat(result.response().instrumentVersion()).isEqualTo(3);
    assertThat(store.response(ResponseKey.invitation("a")).orElseThrow().instrumentVersion())
        .isEqualTo(3);
    assertThat(storedColumn("a")).isEqualTo(3);
  }

  @Test
  void aDraftSavedUnderOneVersionAndSubmittedUnderANewerEndsWithTheNewer() {
    Store store = withInvitations("a");
    ResponseKey key = ResponseKey.invitation("a");

    DraftResult draft = store.saveDraft(key, "{\"q\":\"yes\"}", 1);
    SubmitResult submitted = store.submit(key, "{\"q\":\"yes\",\"r\":\"no\"}", 2, null);

    assertThat(draft.response().instrumentVersion()).isEqualTo(1);
    assertThat(submitted.outcome()).isEqualTo(SubmitOutcome.ACCEPTED);
    assertThat(submitted.response().instrumentVersion()).isEqualTo(2);
    assertThat(finalVersions(store)).containsExactly(2);
  }

  @Test
  void aLaterDraftSaveReplacesTheVersionOfAnEarlierOne() {
    Store store = withInvitations("a");
    ResponseKey key = ResponseKey.invitation("a");

    store.saveDraft(key, "{\"q\":\"yes\"}", 1);
    DraftResult again = store.saveDraft(key, "{\"q\":\"no\"}", 2);

    assertThat(again.response().revision()).isEqualTo(2);
    assertThat(store.response(key).orElseThrow().instrumentVersion()).isEqualTo(2);
  }

  @Test
  void anOpenLinkResponseRecordsItsVersion() {
    Store store = withInvitations();
    ResponseKey key = ResponseKey.openLink(STUDY, GROUP, "browser-1");

    SubmitResult result = store.submitAsync(key, "{\"q\":\"yes\"}", 4, "k").join();

    assertThat(result.response().instrumentVersion()).isEqualTo(4);
    assertThat(finalVersions(store)).containsExactly(4);
  }

  @Test
  void aSubmissionUnderANewerVersionAfterTheFinalOneKeepsTheFirstVersion() {
    Store store = withInvitations("a");
    store.submit("a", "{\"q\":\"yes\"}", 1, "key-1");

    SubmitResult again = store.submit("a", "{\"q\":\"yes\"}", 2, "key-1");

    assertThat(again.outcome()).isEqualTo(SubmitOutcome.ALREADY_SUBMITTED);
    assertThat(again.response().instrumentVersion()).isEqualTo(1);
    assertThat(storedColumn("a")).isEqualTo(1);
  }

  @Test
  void aVersionBelowOneIsRefusedAndNothingIsStored() {
    Store store = withInvitations("a");

    assertThatThrownBy(() -> store.submit("a", "{\"q\":\"yes\"}", 0, null))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("invitation a")
        .hasMessageContaining("the instrument version must be 1 or more, not 0");
    assertThatThrownBy(() -> store.saveDraft(ResponseKey.invitation("a"), "{}", -1))
        .isInstanceOf(InvalidRecordException.class);
    assertThat(store.response(ResponseKey.invitation("a"))).isEmpty();
  }

  @Test
  void aResponseStoredBeforeVersionsWereRecordedReadsAsUnknown() {
    try (HikariDataSource ds = dataSource()) {
      Flyway.configure()
          .dataSource(ds)
          .locations(
              location().startsWith("jdbc:postgresql:")
                  ? Vendor.POSTGRESQL.migrations()
                  : Vendor.SQLITE.migrations())
          .target("3")
          .load()
          .migrate();
      Jdbi.create(ds)
          .useHandle(
              h -> {
                h.execute(
                    "INSERT INTO studies (id, title_json, created_at) VALUES (?, ?, ?)",
                    STUDY,
                    "{\"en\":\"Old\"}",
                    1_000L);
                h.execute(
                    "INSERT INTO responses (client_key, study_id, group_id, answers_json,"
                        + " revision, updated_at, submitted_at) VALUES (?, ?, ?, ?, 1, ?, ?)",
                    "old-browser",
                    STUDY,
                    GROUP,
                    "{\"q\":\"yes\"}",
                    2_000L,
                    2_000L);
              });
    }
    Store store = open();
    store.submit(ResponseKey.openLink(STUDY, GROUP, "new-browser"), "{\"q\":\"no\"}", 2, null);

    assertThat(store.response(ResponseKey.openLink(STUDY, GROUP, "old-browser")).orElseThrow())
        .extracting(StoredResponse::answersJson, StoredResponse::instrumentVersion)
        .containsExactly("{\"q\":\"yes\"}", null);
    assertThat(finalVersions(store)).containsExactly(null, 2);
  }
}
