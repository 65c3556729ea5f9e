package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every audited change and its audit row commit together; run on each {@link Database}, each test
 * on an empty store. An audit row that cannot be written is made in two realistic ways: an entry
 * without an action (the column is NOT NULL), and a trigger with which the database itself refuses
 * every new audit row. Either way the change must not be stored.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
class AuditedChangesContractTest {
  @Parameter Database database;
  @TempDir Path folder;
  private String location;

  static final String STUDY = "ai-collab";
  static final String OTHER = "other-study";
  private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
  private static final String NEW_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$bmV3";
  private static final String YAML = "instrument: c\ngroup: clinician\nversion: 1\n";
  private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  private final List<Store> opened = new ArrayList<>();
  Store store;
  Jdbi jdbi;

  @BeforeEach
  void freshStore() {
    location = database.freshLocation(folder);
  }

  /** The location of this test's store (a file path or a PostgreSQL URL); the same every call. */
  String location() {
    return location;
  }

  /** The statements that make the database refuse every INSERT into the audit log. */
  List<String> refuseAuditRows() {
    return database.refuseAuditRows();
  }

  /** Opens the store with two studies; the first statement of every test. */
  void open() {
    store = Stores.open(location());
    opened.add(store);
    jdbi = ((JdbiStore) store).jdbi();
    store.createStudy(STUDY, "{\"en\":\"A\"}");
    store.createStudy(OTHER, "{\"en\":\"B\"}");
  }

  @AfterEach
  void closeStores() {
    opened.forEach(Store::close);
    database.release(location);
  }

  private static <R> Function<R, NewAuditEntry> row(String action, String study, String target) {
    return r -> new NewAuditEntry("user:1", action, study, target, null, "10.0.0.9", "JUnit");
  }

  private static <R> Function<R, NewAuditEntry> noAction() {
    return r -> new NewAuditEntry("user:1", null, STUDY, null, null, null, null);
  }

  private void databaseRefusesAuditRows() {
    jdbi.useHandle(h -> refuseAuditRows().forEach(h::execute));
  }

  /** Every audit row as {@code action target}, in order. */
  private List<String> rows() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT action, target FROM audit_log ORDER BY id")
                .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2))
                .list());
  }

  private StoredUser user(String email) {
    return store.createUser(email, "D", HASH);
  }

  @Test
  void aStudyUpdateLeavesExactlyOneRowMadeFromBeforeAndAfter() {
    open();
    StudyUpdate u =
        store.updateStudy(
            STUDY,
            new StudyChange(null, 10),
            up ->
                new NewAuditEntry(
                    "user:1",
                    "study.update",
                    STUDY,
                    STUDY,
                    "{\"before\":"
                        + up.before().suppressionThreshold()
                        + ",\"after\":"
                        + up.after().suppressionThreshold()
                        + "}",
                    null,
                    null));

    assertThat(u.after().suppressionThreshold()).isEqualTo(10);
    assertThat(store.audit(STUDY))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("study.update");
              assertThat(e.detailJson()).isEqualTo("{\"before\":5,\"after\":10}");
              assertThat(e.actor()).isEqualTo("user:1");
            });
  }

  @Test
  void aStudyUpdateThatChangesNothingWritesNoRow() {
    open();
    store.updateStudy(STUDY, new StudyChange(null, 5), row("study.update", STUDY, STUDY));

    assertThat(rows()).isEmpty();
  }

  @Test
  void aStudyUpdateWhoseRowLacksItsActionIsNotStored() {
    open();
    assertThatThrownBy(() -> store.updateStudy(STUDY, new StudyChange(null, 10), noAction()))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("action is missing");

    assertThat(store.study(STUDY).orElseThrow().suppressionThreshold()).isEqualTo(5);
    assertThat(rows()).isEmpty();
  }

  @Test
  void aStudyUpdateWhoseRowTheDatabaseRefusesIsNotStored() {
    open();
    databaseRefusesAuditRows();

    assertThatThrownBy(
            () ->
                store.updateStudy(
                    STUDY,
                    new StudyChange("{\"en\":\"New\"}", 10),
                    row("study.update", STUDY, STUDY)))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("nothing was stored");

    StoredStudy after = store.study(STUDY).orElseThrow();
    assertThat(after.suppressionThreshold()).isEqualTo(5);
    assertThat(after.titleJson()).isEqualTo("{\"en\":\"A\"}");
    assertThat(rows()).isEmpty();
  }

  @Test
  void anInstrumentVersionAndItsRowCommitTogether() {
    open();
    assertThatThrownBy(() -> store.addInstrument(STUDY, "clinician", "c", 1, YAML, noAction()))
        .isInstanceOf(InvalidRecordException.class);
    assertThat(store.instruments(STUDY)).isEmpty();

    store.addInstrument(STUDY, "clinician", "c", 1, YAML, row("instrument.add", STUDY, "c/1"));

    assertThat(store.instruments(STUDY)).hasSize(1);
    assertThat(rows()).containsExactly("instrument.add c/1");
  }

  @Test
  void aRegisterImportAndAnInvitationBatchWhoseRowsAreRefusedStoreNothing() {
    open();
    List<Institution> register =
        List.of(new Institution("H1", "One", "11", "tertiary", "hospital"));
    List<NewInvitation> batch =
        List.of(new NewInvitation("b1-1", "H0", TokenHashes.hash("t1"), LATER));
    store.importInstitutions(STUDY, List.of(new Institution("H0", "Zero", "11", "tertiary", "h")));
    databaseRefusesAuditRows();

    assertThatThrownBy(
            () ->
                store.importInstitutions(STUDY, register, row("institutions.import", STUDY, null)))
        .isInstanceOf(StoreUnavailableException.class);
    assertThatThrownBy(
            () ->
                store.createInvitations(
                    STUDY, "clinician", "b1", batch, row("invitations.create", STUDY, "b1")))
        .isInstanceOf(StoreUnavailableException.class);

    assertThat(store.institutions(STUDY)).extracting(Institution::id).containsExactly("H0");
    assertThat(store.invitation("b1-1")).isEmpty();
    assertThat(store.counts(STUDY, CountDimension.GROUP)).isEmpty();
    assertThat(rows()).isEmpty();
  }

  @Test
  void aRegisterImportAndAnInvitationBatchLeaveOneRowEach() {
    open();
    store.importInstitutions(
        STUDY,
        List.of(new Institution("H1", "One", "11", "tertiary", "hospital")),
        n ->
            new NewAuditEntry(
                "user:1", "institutions.import", STUDY, null, "{\"n\":" + n + "}", null, null));
    store.createInvitations(
        STUDY,
        "clinician",
        "b1",
        List.of(
            new NewInvitation("b1-1", "H1", TokenHashes.hash("t1"), LATER),
            new NewInvitation("b1-2", "H1", TokenHashes.hash("t2"), LATER)),
        n ->
            new NewAuditEntry(
                "user:1", "invitations.create", STUDY, "b1", "{\"n\":" + n + "}", null, null));

    assertThat(store.audit(STUDY))
        .extracting(e -> e.action() + " " + e.detailJson())
        .containsExactly("institutions.import {\"n\":1}", "invitations.create {\"n\":2}");
  }

  @Test
  void aUserWhoseRowIsRefusedIsNotCreated() {
    open();
    databaseRefusesAuditRows();

    assertThatThrownBy(
            () -> store.createUser("ana@example.org", "Ana", HASH, row("user.create", null, "ana")))
        .isInstanceOf(StoreUnavailableException.class);

    assertThat(store.userByEmail("ana@example.org")).isEmpty();
  }

  @Test
  void aUserAndItsRowNamingItsIdCommitTogether() {
    open();
    StoredUser ana =
        store.createUser(
            "ana@example.org",
            "Ana",
            HASH,
            u ->
                new NewAuditEntry(
                    "admin-token", "user.create", null, "user:" + u.id(), null, null, null));

    assertThat(rows()).containsExactly("user.create user:" + ana.id());
  }

  @Test
  void tokenChangesWhoseRowsLackAnActionAreNotStored() {
    open();
    StoredUser ana = user("ana@example.org");
    ApiToken kept = store.createUserApiToken(ana.id(), "laptop", TokenHashes.hash("t1"));

    assertThatThrownBy(
            () -> store.createUserApiToken(ana.id(), "phone", TokenHashes.hash("t2"), noAction()))
        .isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> store.revokeUserApiToken(ana.id(), kept.id(), noAction()))
        .isInstanceOf(InvalidRecordException.class);

    assertThat(store.apiTokenByHash(TokenHashes.hash("t2"))).isEmpty();
    assertThat(store.apiTokenByHash(TokenHashes.hash("t1"))).isPresent();
    assertThat(rows()).isEmpty();
  }

  @Test
  void tokenChangesLeaveOneRowEachAndARevocationOfNothingNone() {
    open();
    StoredUser ana = user("ana@example.org");
    ApiToken t =
        store.createUserApiToken(
            ana.id(),
            "laptop",
            TokenHashes.hash("t1"),
            token ->
                new NewAuditEntry(
                    "user:1", "token.create", null, "" + token.id(), null, null, null));

    assertThat(store.revokeUserApiToken(ana.id(), t.id(), row("token.revoke", null, "" + t.id())))
        .isTrue();
    assertThat(store.revokeUserApiToken(ana.id(), t.id(), row("token.revoke", null, "again")))
        .isFalse();
    assertThat(rows()).containsExactly("token.create " + t.id(), "token.revoke " + t.id());
  }

  @Test
  void aPasswordChangeWhoseRowIsRefusedKeepsTheOldPasswordAndTheSessions() {
    open();
    StoredUser ana = user("ana@example.org");
    store.createSession(TokenHashes.hash("s1"), ana.id(), LATER);
    databaseRefusesAuditRows();

    assertThatThrownBy(
            () -> store.changePassword(ana.id(), NEW_HASH, null, row("user.password", null, "ana")))
        .isInstanceOf(StoreUnavailableException.class);

    assertThat(store.user(ana.id()).orElseThrow().passwordHash()).isEqualTo(HASH);
    assertThat(store.sessionByHash(TokenHashes.hash("s1"))).isPresent();
  }

  @Test
  void disablingWhoseRowIsRefusedLeavesTheUserEnabledWithItsSessions() {
    open();
    StoredUser ana = user("ana@example.org");
    store.createSession(TokenHashes.hash("s1"), ana.id(), LATER);

    assertThatThrownBy(() -> store.setUserDisabled(ana.id(), true, noAction()))
        .isInstanceOf(InvalidRecordException.class);

    assertThat(store.user(ana.id()).orElseThrow().disabled()).isFalse();
    assertThat(store.sessionByHash(TokenHashes.hash("s1"))).isPresent();
  }

  @Test
  void disablingEndsTheSessionsAndLeavesOneRowWithTheirNumber() {
    open();
    StoredUser ana = user("ana@example.org");
    store.createSession(TokenHashes.hash("s1"), ana.id(), LATER);
    store.createSession(TokenHashes.hash("s2"), ana.id(), LATER);

    UserStatusChange c =
        store
            .setUserDisabled(
                ana.id(),
                true,
                change ->
                    new NewAuditEntry(
                        "admin-token",
                        "user.disable",
                        null,
                        "ana",
                        "{\"ended\":" + change.sessionsEnded() + "}",
                        null,
                        null))
            .orElseThrow();

    assertThat(c.sessionsEnded()).isEqualTo(2);
    assertThat(c.before().disabled()).isFalse();
    assertThat(store.user(ana.id()).orElseThrow().disabled()).isTrue();
    assertThat(store.sessionByHash(TokenHashes.hash("s1"))).isEmpty();
    List<String> details =
        jdbi.withHandle(
            h -> h.createQuery("SELECT detail_json FROM audit_log").mapTo(String.class).list());
    assertThat(details).containsExactly("{\"ended\":2}");
    assertThat(store.setUserDisabled(999, true, row("user.disable", null, "x"))).isEmpty();
    assertThat(rows()).hasSize(1);
  }

  @Test
  void membershipChangesWhoseRowsAreRefusedChangeNoRole() {
    open();
    StoredUser ana = user("ana@example.org");
    StoredUser bob = user("bob@example.org");
    store.setMembership(ana.id(), STUDY, StudyRole.OWNER);
    store.setMembership(bob.id(), STUDY, StudyRole.VIEWER);
    databaseRefusesAuditRows();

    assertThatThrownBy(
            () ->
                store.setMembership(
                    bob.id(), STUDY, StudyRole.ANALYST, row("member.set", STUDY, "bob")))
        .isInstanceOf(StoreUnavailableException.class);
    assertThatThrownBy(
            () ->
                store.setMembership(
                    bob.id(), OTHER, StudyRole.ANALYST, row("member.set", OTHER, "bob")))
        .isInstanceOf(StoreUnavailableException.class);
    assertThatThrownBy(
            () -> store.removeMembership(bob.id(), STUDY, row("member.remove", STUDY, "bob")))
        .isInstanceOf(StoreUnavailableException.class);

    assertThat(store.role(bob.id(), STUDY)).hasValue(StudyRole.VIEWER);
    assertThat(store.role(bob.id(), OTHER)).isEmpty();
  }

  @Test
  void membershipChangesGiveTheRoleBeforeToTheirRow() {
    open();
    StoredUser ana = user("ana@example.org");
    Function<Object, NewAuditEntry> set =
        before -> new NewAuditEntry("user:1", "member.set", STUDY, "" + before, null, null, null);

    assertThat(store.setMembership(ana.id(), STUDY, StudyRole.VIEWER, set)).isEmpty();
    assertThat(store.setMembership(ana.id(), STUDY, StudyRole.ANALYST, set))
        .hasValue(StudyRole.VIEWER);
    assertThat(store.removeMembership(ana.id(), STUDY, set)).hasValue(StudyRole.ANALYST);
    assertThat(store.removeMembership(ana.id(), STUDY, set)).isEmpty();

    assertThat(rows())
        .containsExactly(
            "member.set Optional.empty", "member.set Optional[VIEWER]", "member.set ANALYST");
  }

  @Test
  void anAuditRowOnItsOwnIsStillAppendedAlone() {
    open();
    store.appendAudit(
        new NewAuditEntry("anonymous", "signin.failure", null, "x", null, null, null));

    assertThat(rows()).containsExactly("signin.failure x");
  }
}
