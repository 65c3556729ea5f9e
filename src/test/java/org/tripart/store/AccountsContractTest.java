package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Accounts, memberships, sessions, user tokens and the audit log, run on each {@link Database}.
 * Each test starts from an empty store.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
class AccountsContractTest {
  @Parameter Database database;
  @TempDir Path folder;
  private String location;

  static final String STUDY = "ai-collab";
  static final String OTHER = "other-study";
  private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";

  private final List<Store> opened = new ArrayList<>();

  @BeforeEach
  void freshStore() {
    location = database.freshLocation(folder);
  }

  /** The location of this test's store (a file path or a PostgreSQL URL); the same every call. */
  String location() {
    return location;
  }

  Store open() {
    Store store = Stores.open(location());
    opened.add(store);
    store.createStudy(STUDY, "{\"en\":\"A\"}");
    store.createStudy(OTHER, "{\"en\":\"B\"}");
    return store;
  }

  @AfterEach
  void closeStores() {
    opened.forEach(Store::close);
    database.release(location);
  }

  @Test
  void emailsAreUniqueIgnoringCaseAndFoundIgnoringCase() {
    Store store = open();
    StoredUser ana = store.createUser("Ana@Example.org", "Ana", HASH);

    assertThat(store.userByEmail("ana@example.ORG")).map(StoredUser::id).hasValue(ana.id());
    assertThat(store.userByEmail("bob@example.org")).isEmpty();
    assertThatThrownBy(() -> store.createUser("ANA@example.org", "Other Ana", HASH))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(store.user(ana.id()).orElseThrow().passwordHash()).isEqualTo(HASH);
  }

  @Test
  void aMembershipIsPerStudyAndItsRoleIsReplacedNotDoubled() {
    Store store = open();
    StoredUser ana = store.createUser("ana@example.org", "Ana", HASH);
    store.setMembership(ana.id(), STUDY, StudyRole.VIEWER);
    store.setMembership(ana.id(), STUDY, StudyRole.OWNER);

    assertThat(store.role(ana.id(), STUDY)).hasValue(StudyRole.OWNER);
    assertThat(store.memberships(ana.id()))
        .containsExactly(
            new Membership(ana.id(), "ana@example.org", "Ana", STUDY, StudyRole.OWNER));
    assertThat(store.role(ana.id(), OTHER)).isEmpty();
    assertThat(store.members(STUDY))
        .extracting(Membership::email)
        .containsExactly("ana@example.org");
    StoredUser bob = store.createUser("bob@example.org", "Bob", HASH);
    store.setMembership(bob.id(), STUDY, StudyRole.OWNER);
    assertThat(store.removeMembership(ana.id(), STUDY)).isTrue();
    assertThat(store.role(ana.id(), STUDY)).isEmpty();
    assertThatThrownBy(() -> store.setMembership(ana.id(), "nope", StudyRole.VIEWER))
        .isInstanceOf(UnknownRecordException.class);
    assertThatThrownBy(() -> store.setMembership(999, STUDY, StudyRole.VIEWER))
        .isInstanceOf(UnknownRecordException.class);
  }

  @Test
  void aSessionIsFoundByItsHashOnlyAndGoneAfterDeletion() {
    Store store = open();
    StoredUser ana = store.createUser("ana@example.org", "Ana", HASH);
    String hash = TokenHashes.hash("session-id");
    Instant expires = Instant.parse("2030-01-01T00:00:00Z");
    store.createSession(hash, ana.id(), expires);

    assertThat(store.sessionByHash(hash)).map(StoredSession::expires).hasValue(expires);
    assertThat(store.sessionByHash("session-id")).isEmpty();
    assertThat(store.deleteSession(hash)).isTrue();
    assertThat(store.sessionByHash(hash)).isEmpty();
  }

  @Test
  void aUserRevokesOnlyItsOwnTokens() {
    Store store = open();
    StoredUser ana = store.createUser("ana@example.org", "Ana", HASH);
    StoredUser bob = store.createUser("bob@example.org", "Bob", HASH);
    ApiToken token = store.createUserApiToken(ana.id(), "laptop", TokenHashes.hash("t1"));

    assertThat(store.apiTokenByHash(TokenHashes.hash("t1")).orElseThrow().userId())
        .isEqualTo(ana.id());
    assertThat(store.revokeUserApiToken(bob.id(), token.id())).isFalse();
    assertThat(store.apiTokenByHash(TokenHashes.hash("t1"))).isPresent();
    assertThat(store.revokeUserApiToken(ana.id(), token.id())).isTrue();
    assertThat(store.apiTokenByHash(TokenHashes.hash("t1"))).isEmpty();
    assertThat(store.userApiTokens(ana.id())).singleElement().matches(t -> !t.isActive());
  }

  @Test
  void auditRowsAreKeptInOrderPerStudy() {
    Store store = open();
    store.appendAudit(
        new NewAuditEntry("user:1", "signin.success", STUDY, null, null, "10.0.0.1", "UA"));
    store.appendAudit(
        new NewAuditEntry(
            "admin-token", "member.add", STUDY, "bob", "{\"role\":\"VIEWER\"}", null, null));
    store.appendAudit(new NewAuditEntry("system", "x", OTHER, null, null, null, null));

    List<AuditEntry> rows = store.audit(STUDY);
    assertThat(rows).extracting(AuditEntry::action).containsExactly("signin.success", "member.add");
    assertThat(rows.get(0).ip()).isEqualTo("10.0.0.1");
    assertThat(rows.get(0).detailJson()).isEqualTo("{}");
    assertThat(rows.get(1).id()).isGreaterThan(rows.get(0).id());
    assertThatThrownBy(
            () ->
                store.appendAudit(new NewAuditEntry("system", "x", STUDY, null, "[1]", null, null)))
        .isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void theDatabaseRefusesToUpdateOrDeleteAuditRows() {
    Store store = open();
    store.appendAudit(new NewAuditEntry("system", "export", STUDY, null, null, null, null));
    var jdbi = ((JdbiStore) store).jdbi();

    assertThatThrownBy(
            () -> jdbi.useHandle(h -> h.execute("UPDATE audit_log SET actor = 'someone else'")))
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("DELETE FROM audit_log")))
        .hasStackTraceContaining("append-only");
    assertThat(store.audit(STUDY)).singleElement().matches(e -> e.actor().equals("system"));
  }
}
