package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A study that has an enabled owner keeps one: removing or demoting the last one, or disabling a
 * study's only enabled owner, is refused naming the studies, with nothing written and no audit row;
 * a disabled owner counts for nothing. Run on each {@link Database}, each test on an empty store
 * with two studies.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
class OwnersContractTest {
  @Parameter Database database;
  @TempDir Path folder;
  private String location;

  static final String STUDY = "ai-collab";
  static final String OTHER = "other-study";
  private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
  private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  private final List<Store> opened = new ArrayList<>();
  Store store;

  @BeforeEach
  void freshStore() {
    location = database.freshLocation(folder);
  }

  /** The location of this test's store (a file path or a PostgreSQL URL); the same every call. */
  String location() {
    return location;
  }

  /** Opens the store with two studies; the first statement of every test. */
  void open() {
    store = Stores.open(location());
    opened.add(store);
    store.createStudy(STUDY, "{\"en\":\"A\"}");
    store.createStudy(OTHER, "{\"en\":\"B\"}");
  }

  @AfterEach
  void closeStores() {
    opened.forEach(Store::close);
    database.release(location);
  }

  private static <R> Function<R, NewAuditEntry> row(String action, String study, String target) {
    return r -> new NewAuditEntry("user:1", action, study, target, null, null, null);
  }

  private List<String> rows() {
    return ((JdbiStore) store)
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT action FROM audit_log").mapTo(String.class).list());
  }

  private StoredUser user(String email) {
    return store.createUser(email, "D", HASH);
  }

  @Test
  void theLastEnabledOwnerIsNeitherRemovedNorDemotedAndNoRowIsWritten() {
    open();
    StoredUser ana = user("ana@example.org");
    store.setMembership(ana.id(), STUDY, StudyRole.OWNER);

    assertThatThrownBy(
            () -> store.removeMembership(ana.id(), STUDY, row("member.remove", STUDY, "ana")))
        .isInstanceOf(LastOwnerException.class)
        .hasMessageContaining("'" + STUDY + "'")
        .satisfies(e -> assertThat(((LastOwnerException) e).studies()).containsExactly(STUDY));
    assertThatThrownBy(
            () ->
                store.setMembership(
                    ana.id(), STUDY, StudyRole.VIEWER, row("member.set", STUDY, "ana")))
        .isInstanceOf(LastOwnerException.class);

    assertThat(store.role(ana.id(), STUDY)).hasValue(StudyRole.OWNER);
    assertThat(rows()).isEmpty();
  }

  @Test
  void aDisabledOwnerDoesNotCountAsTheStudysOwner() {
    open();
    StoredUser ana = user("ana@example.org");
    StoredUser bob = user("bob@example.org");
    store.setMembership(ana.id(), STUDY, StudyRole.OWNER);
    store.setMembership(bob.id(), STUDY, StudyRole.OWNER);
    store.setUserDisabled(bob.id(), true);

    assertThatThrownBy(() -> store.setMembership(ana.id(), STUDY, StudyRole.ANALYST))
        .isInstanceOf(LastOwnerException.class);
    assertThat(store.removeMembership(bob.id(), STUDY)).isTrue();
  }

  @Test
  void anotherEnabledOwnerLetsTheFirstGo() {
    open();
    StoredUser ana = user("ana@example.org");
    StoredUser bob = user("bob@example.org");
    store.setMembership(ana.id(), STUDY, StudyRole.OWNER);
    store.setMembership(bob.id(), STUDY, StudyRole.OWNER);

    assertThat(store.setMembership(ana.id(), STUDY, StudyRole.VIEWER)).hasValue(StudyRole.OWNER);
    assertThatThrownBy(() -> store.removeMembership(bob.id(), STUDY))
        .isInstanceOf(LastOwnerException.class);
  }

  @Test
  void disablingTheOnlyOwnerOfStudiesIsRefusedNamingEachOfThem() {
    open();
    StoredUser ana = user("ana@example.org");
    StoredUser bob = user("bob@example.org");
    store.setMembership(ana.id(), STUDY, StudyRole.OWNER);
    store.setMembership(ana.id(), OTHER, StudyRole.OWNER);
    store.setMembership(bob.id(), OTHER, StudyRole.VIEWER);
    store.createSession(TokenHashes.hash("s1"), ana.id(), LATER);

    assertThatThrownBy(
            () -> store.setUserDisabled(ana.id(), true, row("user.disable", null, "ana")))
        .isInstanceOf(LastOwnerException.class)
        .hasMessageContaining("'" + STUDY + "', '" + OTHER + "'")
        .satisfies(
            e -> assertThat(((LastOwnerException) e).studies()).containsExactly(STUDY, OTHER));

    assertThat(store.user(ana.id()).orElseThrow().disabled()).isFalse();
    assertThat(store.sessionByHash(TokenHashes.hash("s1"))).isPresent();
    assertThat(rows()).isEmpty();

    store.setMembership(bob.id(), OTHER, StudyRole.OWNER);
    assertThatThrownBy(() -> store.setUserDisabled(ana.id(), true))
        .isInstanceOf(LastOwnerException.class)
        .satisfies(e -> assertThat(((LastOwnerException) e).studies()).containsExactly(STUDY));
  }
}
