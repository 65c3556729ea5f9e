package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store's behaviour, run on each {@link Database}. Each test starts from an empty, freshly
 * migrated store.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
class StoreContractTest {
  @Parameter Database database;
  @TempDir Path folder;
  private String location;

  static final String STUDY = "ai-collab";

  private final List<Store> opened = new ArrayList<>();

  @BeforeEach
  void freshStore() {
    location = database.freshLocation(folder);
  }

  /** The location of this test's store (a file path or a PostgreSQL URL); the same every call. */
  String location() {
    return location;
  }

  /** A plain JDBC connection to this test's database, for looking under the API. */
  Connection connect() throws SQLException {
    return database.connect(location);
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

  static Store withStudy(Store store) {
    store.createStudy(STUDY, "{\"en\":\"AI collaboration\",\"zh\":\"人工智能合作\"}");
    return store;
  }

  static String answers(String value) {
    return "{\"ai_use\":\"" + value + "\"}";
  }

  static NewInvitation invitation(String id, String institution) {
    return new NewInvitation(id, institution, TokenHashes.hash("token-" + id), null);
  }

  long count(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void migrationsBuildAnEmptyStoreAndReopeningKeepsDataWithoutMigratingAgain() throws Exception {
    Store first = withStudy(open());
    first.close();
    long applied = count("SELECT COUNT(*) FROM flyway_schema_history WHERE success");

    Store again = open();

    assertThat(again.study(STUDY)).map(StoredStudy::titleJson).get().asString().contains("人工智能");
    assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE success"))
        .isEqualTo(applied)
        .isEqualTo(5);
  }

  @Test
  void institutionImportStoresNothingWhenOneRowIsBad() {
    Store store = withStudy(open());
    List<Institution> withBlankTier =
        List.of(
            new Institution("H1", "Hospital one", "11", "tertiary", "hospital"),
            new Institution("H2", "Hospital two", "11", "secondary", "hospital"),
            new Institution("H3", "Hospital three", "44", " ", "hospital"));

    assertThatThrownBy(() -> store.importInstitutions(STUDY, withBlankTier))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("#3 (H3)")
        .hasMessageContaining("tier");
    assertThat(store.institutions(STUDY)).isEmpty();

    store.importInstitutions(STUDY, withBlankTier.subList(0, 1));
    List<Institution> clashing =
        List.of(
            new Institution("H4", "Hospital four", "44", "tertiary", "hospital"),
            new Institution("H1", "Hospital one again", "11", "tertiary", "hospital"));
    assertThatThrownBy(() -> store.importInstitutions(STUDY, clashing))
        .isInstanceOf(DuplicateRecordException.class)
        .hasMessageContaining("#2 (H1)");
    assertThat(store.institutions(STUDY)).extracting(Institution::id).containsExactly("H1");
  }

  @Test
  void invitationBatchWithAnUnknownInstitutionStoresNoInvitation() {
    Store store = withStudy(open());
    store.importInstitutions(STUDY, List.of(new Institution("H1", "One", "11", "t", "hospital")));

    assertThatThrownBy(
            () ->
                store.createInvitations(
                    STUDY,
                    "clinician",
                    "wave1",
                    List.of(invitation("a", "H1"), invitation("b", "H9"))))
        .isInstanceOf(UnknownRecordException.class)
        .hasMessageContaining("H9");
    assertThat(store.invitation("a")).isEmpty();
  }

  @Test
  void firstSubmitIsAcceptedAndARepeatIsAlreadySubmittedWithTheSameResponse() {
    Store store = withStudy(open());
    store.createInvitations(STUDY, "clinician", "wave1", List.of(invitation("a", null)));

    SubmitResult first = store.submit("a", answers("yes"), 1, "key-1");
    SubmitResult repeat = store.submit("a", answers("yes"), 1, "key-1");

    assertThat(first.outcome()).isEqualTo(SubmitOutcome.ACCEPTED);
    assertThat(repeat.outcome()).isEqualTo(SubmitOutcome.ALREADY_SUBMITTED);
    assertThat(repeat.sameSubmission()).isTrue();
    assertThat(repeat.response()).isEqualTo(first.response());
    assertThat(store.invitation("a").orElseThrow().status()).isEqualTo(InvitationStatus.COMPLETED);
  }

  @Test
  void aDifferentSubmissionAfterTheFinalOneChangesNothing() throws SQLException {
    Store store = withStudy(open());
    store.createInvitations(STUDY, "clinician", "wave1", List.of(invitation("a", null)));
    store.submit("a", answers("yes"), 1, "key-1");

    SubmitResult second = store.submit("a", answers("no"), 1, "key-2");

    assertThat(second.outcome()).isEqualTo(SubmitOutcome.ALREADY_SUBMITTED);
    assertThat(second.sameSubmission()).isFalse();
    assertThat(store.response(ResponseKey.invitation("a")).orElseThrow().answersJson())
        .isEqualTo(answers("yes"));
    assertThat(count("SELECT COUNT(*) FROM responses")).isEqualTo(1);
  }

  @Test
  void aRetryWithTheSameAnswersInAnotherKeyOrderIsTheSameSubmission() {
    Store store = withStudy(open());
    store.createInvitations(STUDY, "clinician", "wave1", List.of(invitation("a", null)));
    store.submit("a", "{\"q1\":\"a\",\"q2\":[1,2]}", 1, null);

    SubmitResult retry = store.submit("a", "{ \"q2\": [1, 2], \"q1\": \"a\" }", 1, null);

    assertThat(retry.outcome()).isEqualTo(SubmitOutcome.ALREADY_SUBMITTED);
    assertThat(retry.sameSubmission()).isTrue();
  }

  @Test
  void twentyThreadsSubmittingOneInvitationCreateExactlyOneResponse() throws Exception {
    Store store = withStudy(open());
    store.createInvitations(STUDY, "clinician", "wave1", List.of(invitation("a", null)));
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<SubmitResult>> results = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String value = "v" + i;
      results.add(
          pool.submit(
              () -> {
                go.await();
                return store.submit("a", answers(value), 1, "key-" + value);
              }));
    }
    go.countDown();
    List<SubmitResult> done = new ArrayList<>();
    for (Future<SubmitResult> result : results) {
      done.add(result.get());
    }
    pool.shutdown();

    List<SubmitResult> accepted =
        done.stream()
            .filter(r -> r.outcome() == SubmitOutcome.ACCEPTED)
            .collect(Collectors.toList());
    assertThat(accepted).hasSize(1);
    assertThat(done)
        .allSatisfy(r -> assertThat(r.response()).isEqualTo(accepted.get(0).response()));
    assertThat(count("SELECT COUNT(*) FROM responses WHERE invitation_id = 'a'")).isEqualTo(1);
  }

  @Test
  void resumingADraftGivesTheLatestRevision() {
    Store store = withStudy(open());
    store.createInvitations(STUDY, "clinician", "wave1", List.of(invitation("a", null)));
    ResponseKey key = ResponseKey.invitation("a");

    store.saveDraft(key, "{\"q1\":\"a\"}", 1);
    store.saveDraft(key, "{\"q1\":\"a\",\"q2\":\"b\"}", 1);
    DraftResult third = store.saveDraft(key, "{\"q1\":\"c\",\"q2\":\"b\"}", 1);

    StoredResponse resumed = store.response(key).orElseThrow();
    assertThat(third.outcome()).isEqualTo(DraftOutcome.SAVED);
    assertThat(resumed.revision()).isEqualTo(3);
    assertThat(resumed.answersJson()).isEqualTo("{\"q1\":\"c\",\"q2\":\"b\"}");
    assertThat(resumed.isFinal()).isFalse();
    assertThat(store.invitation("a").orElseThrow().status()).isEqualTo(InvitationStatus.STARTED);
  }

  @Test
  void draftsAfterSubmitAreRefusedAndTheFinalAnswersStay() {
    Store store = withStudy(open());
    store.createInvitations(STUDY, "clinician", "wave1", List.of(invitation("a", null)));
    ResponseKey key = ResponseKey.invitation("a");
    store.saveDraft(key, answers("draft"), 1);
    SubmitResult submitted = store.submit(key, answers("final"), 1, null);

    DraftResult late = store.saveDraft(key, answers("late"), 1);

    assertThat(submitted.response().revision()).isEqualTo(2);
    assertThat(late.outcome()).isEqualTo(DraftOutcome.FINALISED);
    assertThat(store.response(key)).contains(submitted.response());
  }

  @Test
  void theDatabaseItselfRefusesToChangeASubmittedResponse() throws SQLException {
    Store store = withStudy(open());
    store.createInvitations(STUDY, "clinician", "wave1", List.of(invitation("a", null)));
    store.submit("a", answers("final"), 1, null);

    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("UPDATE responses SET answers_json = '{}'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("cannot be changed");
    }
    assertThat(store.response(ResponseKey.invitation("a")).orElseThrow().answersJson())
        .isEqualTo(answers("final"));
  }

  @Test
  void submittingForAnUnknownInvitationOrWithMalformedAnswersStoresNothing() throws SQLException {
    Store store = withStudy(open());
    store.createInvitations(STUDY, "clinician", "wave1", List.of(invitation("a", null)));

    assertThatThrownBy(() -> store.submit("nope", answers("x"), 1, null))
        .isInstanceOf(UnknownRecordException.class)
        .hasMessageContaining("invitation nope");
    assertThatThrownBy(() -> store.submit("a", "{\"ai_use\": ", 1, null))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("invitation a")
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> store.submit("a", "[1,2]", 1, null))
        .isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> store.submit("a", "{\"ai_use\":\"yes\",\"ai_use\":\"no\"}", 1, null))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("the key 'ai_use' is given twice");
    assertThat(count("SELECT COUNT(*) FROM responses")).isZero();
  }

  @Test
  void answersStoredBeforeTheCodecAreKeptByteForByteAndReadBack() {
    // What org.tripart.web.Answers.toJson wrote before the codec (main at f3d92a4).
    String before =
        "{\"role\":\"nurse\",\"tools\":[\"chatbot\",\"imaging\"],\"years\":12,\"share\":0.1,"
            + "\"tiny\":1.0E-7,\"big\":9.007199254740993E18,\"note\":\"人工智能合作 🙂 \\\"q\\\"\","
            + "\"partners\":[{\"id\":\"H0001\",\"kind\":[\"data_sharing\"]},{\"other\":\"Acme\"}]}";
    Store store = withStudy(open());
    store.createInvitations(STUDY, "clinician", "wave1", List.of(invitation("a", null)));

    store.submit("a", before, 1, null);

    String stored = store.response(ResponseKey.invitation("a")).orElseThrow().answersJson();
    assertThat(stored).isEqualTo(before);
    assertThat(org.tripart.json.AnswersJson.read(stored))
        .containsEntry("share", new java.math.BigDecimal("0.1"))
        .containsEntry("tiny", new java.math.BigDecimal("1.0E-7"))
        .containsEntry("note", "人工智能合作 🙂 \"q\"");
  }

  @Test
  void groupCommitCompletesEveryOneOf200ConcurrentCallersAndFailsOnlyTheBadOnes() throws Exception {
    Store store = withStudy(open());
    List<NewInvitation> invitations = new ArrayList<>();
    for (int i = 0; i < 195; i++) {
      invitations.add(invitation("inv" + i, null));
    }
    store.createInvitations(STUDY, "clinician", "wave1", invitations);
    ExecutorService pool = Executors.newFixedThreadPool(200);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<CompletableFuture<SubmitResult>>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String id = i < 195 ? "inv" + i : "unknown" + i;
      calls.add(
          pool.submit(
              () -> {
                go.await();
                return store.submitAsync(ResponseKey.invitation(id), answers(id), 1, null);
              }));
    }
    go.countDown();
    int accepted = 0;
    int unknown = 0;
    for (Future<CompletableFuture<SubmitResult>> call : calls) {
      CompletableFuture<SubmitResult> future = call.get();
      try {
        if (future.join().outcome() == SubmitOutcome.ACCEPTED) {
          accepted++;
        }
      } catch (java.util.concurrent.CompletionException e) {
        assertThat(e.getCause()).isInstanceOf(UnknownRecordException.class);
        unknown++;
      }
    }
    pool.shutdown();

    assertThat(accepted).isEqualTo(195);
    assertThat(unknown).isEqualTo(5);
    try (Stream<StoredResponse> stored = store.finalResponses(STUDY, "clinician")) {
      assertThat(stored.map(StoredResponse::invitationId).collect(Collectors.toSet()))
          .hasSize(195)
          .containsAll(invitations.stream().map(NewInvitation::id).collect(Collectors.toList()));
    }
  }

  @Test
  void countsByGroupProvinceAndTierMatchAHandCount() {
    Store store = FieldworkFixture.build(withStudy(open()));

    assertThat(store.counts(STUDY, CountDimension.GROUP))
        .containsExactly(
            new FieldworkCount("clinician", 4, 3, 2), new FieldworkCount("researcher", 2, 2, 1));
    assertThat(store.counts(STUDY, CountDimension.PROVINCE))
        .containsExactly(
            new FieldworkCount("11", 3, 2, 1),
            new FieldworkCount("44", 2, 2, 1),
            new FieldworkCount(null, 1, 1, 1));
    assertThat(store.counts(STUDY, CountDimension.TIER))
        .containsExactly(
            new FieldworkCount("secondary", 1, 0, 0),
            new FieldworkCount("tertiary", 4, 4, 2),
            new FieldworkCount(null, 1, 1, 1));
  }

  @Test
  void finalResponsesOfAGroupComeInSubmissionOrderWithoutDrafts() {
    Store store = FieldworkFixture.build(withStudy(open()));
    store.submit(ResponseKey.openLink(STUDY, "clinician", "browser-1"), answers("open"), 1, null);

    try (Stream<StoredResponse> stored = store.finalResponses(STUDY, "clinician")) {
      assertThat(stored)
          .extracting(StoredResponse::invitationId, StoredResponse::clientKey)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("a", null),
              org.assertj.core.groups.Tuple.tuple("d", null),
              org.assertj.core.groups.Tuple.tuple(null, "browser-1"));
    }
  }

  @Test
  void anOpenLinkClientKeyHoldsOneResponseForItsGroupOnly() {
    Store store = withStudy(open());
    ResponseKey key = ResponseKey.openLink(STUDY, "industry", "browser-7");

    SubmitResult first = store.submit(key, answers("yes"), 1, null);
    SubmitResult again = store.submit(key, answers("no"), 1, null);

    assertThat(first.outcome()).isEqualTo(SubmitOutcome.ACCEPTED);
    assertThat(again.outcome()).isEqualTo(SubmitOutcome.ALREADY_SUBMITTED);
    assertThat(again.response().answersJson()).isEqualTo(answers("yes"));
    assertThatThrownBy(
            () ->
                store.saveDraft(
                    ResponseKey.openLink(STUDY, "clinician", "browser-7"), answers("x"), 1))
        .isInstanceOf(DuplicateRecordException.class);
  }

  @Test
  void anInstrumentVersionIsStoredOnce() {
    Store store = withStudy(open());
    store.addInstrument(STUDY, "clinician", "clinician", 1, "id: clinician\n");

    assertThatThrownBy(() -> store.addInstrument(STUDY, "clinician", "clinician", 1, "id: x\n"))
        .isInstanceOf(DuplicateRecordException.class)
        .hasMessageContaining("version 1");
    store.addInstrument(STUDY, "clinician", "clinician", 2, "id: clinician\nv: 2\n");
    assertThat(store.instrument(STUDY, "clinician", 1).orElseThrow().yamlSource())
        .isEqualTo("id: clinician\n");
    assertThat(store.instruments(STUDY))
        .extracting(StoredInstrument::version)
        .containsExactly(1, 2);
  }

  @Test
  void invitationsAndApiTokensAreFoundByTheHashOfTheirTokenOnly() {
    Store store = withStudy(open());
    String token = TokenHashes.newToken();
    store.createInvitations(
        STUDY,
        "clinician",
        "wave1",
        List.of(new NewInvitation("a", null, TokenHashes.hash(token), null)));
    String apiToken = TokenHashes.newToken();
    ApiToken created = store.createApiToken("dashboard", "researcher", TokenHashes.hash(apiToken));

    assertThat(store.invitationByTokenHash(TokenHashes.hash(token)))
        .map(Invitation::id)
        .contains("a");
    assertThat(store.invitationByTokenHash(TokenHashes.hash(token + "x"))).isEmpty();
    assertThat(store.invitationByTokenHash(token)).isEmpty();
    assertThat(store.apiTokenByHash(TokenHashes.hash(apiToken))).contains(created);
    assertThat(store.revokeApiToken(created.id())).isTrue();
    assertThat(store.apiTokenByHash(TokenHashes.hash(apiToken))).isEqualTo(Optional.empty());
    assertThatThrownBy(() -> store.createApiToken("clear", "researcher", apiToken))
        .isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void tokenLookupsSeeInvitationsAndStatusesWrittenAfterEarlierLookups() {
    Store store = withStudy(open());
    String first = TokenHashes.newToken();
    store.createInvitations(
        STUDY,
        "clinician",
        "wave1",
        List.of(new NewInvitation("a", null, TokenHashes.hash(first), null)));
    assertThat(store.invitationByTokenHash(TokenHashes.hash(first)))
        .map(Invitation::status)
        .contains(InvitationStatus.INVITED);

    String second = TokenHashes.newToken();
    store.createInvitations(
        STUDY,
        "clinician",
        "wave2",
        List.of(new NewInvitation("b", null, TokenHashes.hash(second), null)));
    store.saveDraft(ResponseKey.invitation("a"), "{\"q1\":\"a\"}", 1);

    assertThat(store.invitationByTokenHash(TokenHashes.hash(second)))
        .map(Invitation::id)
        .contains("b");
    assertThat(store.invitationByTokenHash(TokenHashes.hash(first)))
        .map(Invitation::status)
        .contains(InvitationStatus.STARTED);
  }

  @Test
  void manyConcurrentTokenLookupsEachFindTheirOwnInvitation() throws Exception {
    Store store = withStudy(open());
    List<NewInvitation> invitations = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      String token = TokenHashes.newToken();
      tokens.add(token);
      invitations.add(new NewInvitation("i" + i, null, TokenHashes.hash(token), null));
    }
    store.createInvitations(STUDY, "clinician", "wave1", invitations);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Optional<Invitation>>> found = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String token : tokens) {
          found.add(pool.submit(() -> store.invitationByTokenHash(TokenHashes.hash(token))));
        }
      }
      for (int i = 0; i < found.size(); i++) {
        assertThat(found.get(i).get()).map(Invitation::id).contains("i" + (i % tokens.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void invitationsAreCountedByIdPrefixWithinTheirStudyOnly() {
    Store store = withStudy(open());
    store.createStudy("other", "{\"en\":\"Other\"}");
    store.createInvitations(
        STUDY,
        "clinician",
        "demo",
        List.of(
            invitation("SYNTHETIC-a", null),
            invitation("SYNTHETIC-b", null),
            invitation("real-c", null),
            invitation("synthetic-d", null)));
    store.createInvitations("other", "clinician", "demo", List.of(invitation("SYNTHETIC-e", null)));

    assertThat(store.invitationsWithIdPrefix(STUDY, "SYNTHETIC-")).isEqualTo(2);
    assertThat(store.invitationsWithIdPrefix("other", "SYNTHETIC-")).isEqualTo(1);
    assertThat(store.invitationsWithIdPrefix("unknown", "SYNTHETIC-")).isZero();
  }
}
