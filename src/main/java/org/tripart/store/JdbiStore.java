package org.tripart.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteDataSource;
import org.tripart.json.WrittenAnswers;

/**
 * The {@link Store} over Jdbi, for both vendors: a facade over the parts that do the work ({@link
 * Studies}, {@link Registers}, {@link Responses} with the {@link SubmissionWriter}, {@link
 * Accounts}, {@link Credentials}, {@link AuditLog}, the token {@link InvitationLookup}).
 * Thread-safe.
 */
final class JdbiStore implements Store {
  /**
   * Connections kept with the token lookup prepared. With two, about one lookup in seven under a
   * burst found both busy and prepared its own statement. {@link Stores} sizes the pools so that
   * these, the writer threads' connections and a few for other reads fit.
   */
  static final int LOOKUP_CONNECTIONS = 4;

  private final Vendor vendor;
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Clock clock;
  private final Responses responses;
  private final Registers registers;
  private final RegisterReplacement replacement;
  private final SubmissionWriter writer;
  private final Studies studies;
  private final Accounts accounts;
  private final InvitationLookup invitations;
  private final Credentials credentials;
  private final AuditLog auditLog;
  private final RegisterCache registerCache = new RegisterCache();

  JdbiStore(Vendor vendor, HikariDataSource dataSource, Jdbi jdbi, Clock clock, int writerThreads) {
    this.vendor = vendor;
    this.dataSource = dataSource;
    this.jdbi = jdbi;
    this.clock = clock;
    this.responses = new Responses(clock);
    this.registers = new Registers(jdbi, clock);
    this.replacement = new RegisterReplacement(jdbi, clock);
    this.writer =
        new SubmissionWriter(
            jdbi,
            writerThreads,
            SubmissionWriter.DEFAULT_MAX_BATCH,
            SubmissionWriter.DEFAULT_MAX_WAIT);
    this.studies = new Studies(vendor, jdbi, clock);
    this.accounts = new Accounts(vendor, jdbi, clock);
    this.invitations = new InvitationLookup(dataSource, LOOKUP_CONNECTIONS);
    this.credentials = new Credentials(jdbi, clock);
    this.auditLog = new AuditLog(jdbi, clock);
  }

  /** The connections, for tests that look under the API. */
  Jdbi jdbi() {
    return jdbi;
  }

  SubmissionWriter writer() {
    return writer;
  }

  @Override
  public StoredStudy createStudy(String id, String titleJson, int suppressionThreshold) {
    return studies.create(id, titleJson, suppressionThreshold);
  }

  @Override
  public Optional<StoredStudy> study(String id) {
    return studies.study(id);
  }

  @Override
  public StudyUpdate updateStudy(
      String id, StudyChange change, Function<? super StudyUpdate, NewAuditEntry> audit) {
    return studies.update(id, change, audit);
  }

  @Override
  public StoredInstrument addInstrument(
      String study,
      String group,
      String instrumentId,
      int version,
      String yamlSource,
      Function<? super StoredInstrument, NewAuditEntry> audit) {
    return studies.addInstrument(study, group, instrumentId, version, yamlSource, audit);
  }

  @Override
  public Optional<StoredInstrument> instrument(String study, String instrumentId, int version) {
    return studies.instrument(study, instrumentId, version);
  }

  @Override
  public List<StoredInstrument> instruments(String study) {
    return studies.instruments(study);
  }

  @Override
  public int importInstitutions(
      String study,
      List<Institution> institutions,
      Function<? super Integer, NewAuditEntry> audit) {
    try {
      return Calls.write(
          "study " + study + " institutions",
          "an institution is already in the register",
          () -> registers.importInstitutions(study, List.copyOf(institutions), audit));
    } finally {
      registerCache.forget(study);
    }
  }

  @Override
  public RegisterChange replaceInstitutions(
      String study,
      List<Institution> institutions,
      Function<? super RegisterChange, NewAuditEntry> audit) {
    try {
      return Calls.write(
          "study " + study + " institutions",
          "an institution is already in the register",
          () -> replacement.replace(study, List.copyOf(institutions), audit));
    } finally {
      registerCache.forget(study);
    }
  }

  @Override
  public List<Institution> institutions(String study) {
    return registerCache.get(study, () -> Calls.read(() -> Queries.institutions(jdbi, study)));
  }

  @Override
  public Optional<Institution> institution(String study, String id) {
    return registerCache.find(study, id, () -> Calls.read(() -> Queries.institutions(jdbi, study)));
  }

  @Override
  public int createInvitations(
      String study,
      String group,
      String batchId,
      List<NewInvitation> invitations,
      Function<? super Integer, NewAuditEntry> audit) {
    return Calls.write(
        "study " + study + " batch " + batchId,
        "an invitation is already stored",
        () -> registers.createInvitations(study, group, batchId, List.copyOf(invitations), audit));
  }

  @Override
  public Optional<Invitation> invitation(String invitationId) {
    return Calls.read(() -> Queries.invitation(jdbi, "id", invitationId));
  }

  @Override
  public Optional<Invitation> invitationByTokenHash(String tokenHash) {
    if (!TokenHashes.isHash(tokenHash)) {
      return Optional.empty();
    }
    return invitations
        .find(tokenHash)
        .filter(found -> TokenHashes.matches(found.tokenHash(), tokenHash));
  }

  @Override
  public DraftResult saveDraft(ResponseKey key, String answersJson, int instrumentVersion) {
    return Calls.join(saveDraftAsync(key, answersJson, instrumentVersion));
  }

  @Override
  public CompletableFuture<DraftResult> saveDraftAsync(
      ResponseKey key, String answersJson, int instrumentVersion) {
    try {
      Require.key(key);
      Require.version(Responses.where(key), instrumentVersion);
      Json.requireObject(Responses.where(key), "the answers", answersJson);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return writer.enqueue(
        Responses.orderKey(key),
        session -> responses.saveDraft(session.handle(), key, answersJson, instrumentVersion));
  }

  @Override
  public SubmitResult submit(
      ResponseKey key, String answersJson, int instrumentVersion, String idempotencyKey) {
    return Calls.join(submitAsync(key, answersJson, instrumentVersion, idempotencyKey));
  }

  @Override
  public CompletableFuture<SubmitResult> submitAsync(
      ResponseKey key, String answersJson, int instrumentVersion, String idempotencyKey) {
    return enqueueSubmit(key, answersJson, true, instrumentVersion, idempotencyKey);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The text is not parsed again: {@link WrittenAnswers} is one JSON object by construction.
   */
  @Override
  public CompletableFuture<SubmitResult> submitAsync(
      ResponseKey key, WrittenAnswers answers, int instrumentVersion, String idempotencyKey) {
    return enqueueSubmit(key, answers.json(), false, instrumentVersion, idempotencyKey);
  }

  private CompletableFuture<SubmitResult> enqueueSubmit(
      ResponseKey key,
      String answersJson,
      boolean checkJson,
      int instrumentVersion,
      String idempotencyKey) {
    try {
      Require.key(key);
      Require.version(Responses.where(key), instrumentVersion);
      if (checkJson) {
        Json.requireObject(Responses.where(key), "the answers", answersJson);
      }
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return writer.enqueue(
        Responses.orderKey(key),
        session -> responses.submit(session, key, answersJson, instrumentVersion, idempotencyKey));
  }

  @Override
  public Optional<StoredResponse> response(ResponseKey key) {
    Require.key(key);
    return Calls.read(() -> jdbi.withHandle(h -> responses.response(h, key)));
  }

  @Override
  public List<FieldworkCount> counts(String study, CountDimension by) {
    return Calls.read(() -> Queries.counts(jdbi, study, by));
  }

  @Override
  public long invitationsWithIdPrefix(String study, String prefix) {
    return Calls.read(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM invitations WHERE study_id = :s"
                                + " AND substr(id, 1, :n) = :p")
                        .bind("s", study)
                        .bind("n", prefix.length())
                        .bind("p", prefix)
                        .mapTo(Long.class)
                        .one()));
  }

  @Override
  public Stream<StoredResponse> finalResponses(String study, String group) {
    return Calls.read(() -> Queries.finalResponses(jdbi, vendor, study, group));
  }

  @Override
  public ApiToken createApiToken(String name, String role, String tokenHash) {
    return registers.createApiToken(name, role, tokenHash);
  }

  @Override
  public Optional<ApiToken> apiTokenByHash(String tokenHash) {
    if (!TokenHashes.isHash(tokenHash)) {
      return Optional.empty();
    }
    return Calls.read(() -> Queries.activeApiToken(jdbi, tokenHash));
  }

  @Override
  public boolean revokeApiToken(long id) {
    long now = clock.millis();
    return Calls.write("API token " + id, "", () -> registers.revokeApiToken(id, now));
  }

  @Override
  public StoredUser createUser(
      String email,
      String displayName,
      String passwordHash,
      Function<? super StoredUser, NewAuditEntry> audit) {
    return accounts.createUser(email, displayName, passwordHash, audit);
  }

  @Override
  public Optional<StoredUser> userByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return accounts.user("email_key", Accounts.emailKey(email));
  }

  @Override
  public Optional<StoredUser> user(long id) {
    return accounts.user("id", id);
  }

  @Override
  public Optional<UserStatusChange> setUserDisabled(
      long userId, boolean disabled, Function<? super UserStatusChange, NewAuditEntry> audit) {
    return accounts.setDisabled(userId, disabled, audit);
  }

  @Override
  public boolean changePassword(
      long userId,
      String passwordHash,
      String keepSessionHash,
      Function<? super Boolean, NewAuditEntry> audit) {
    return accounts.changePassword(userId, passwordHash, keepSessionHash, audit);
  }

  @Override
  public Optional<StudyRole> setMembership(
      long userId,
      String study,
      StudyRole role,
      Function<? super Optional<StudyRole>, NewAuditEntry> audit) {
    return accounts.setMembership(userId, study, role, audit);
  }

  @Override
  public Optional<StudyRole> removeMembership(
      long userId, String study, Function<? super StudyRole, NewAuditEntry> audit) {
    return accounts.removeMembership(userId, study, audit);
  }

  @Override
  public Optional<StudyRole> role(long userId, String study) {
    return accounts.role(userId, study);
  }

  @Override
  public List<Membership> members(String study) {
    return accounts.members("m.study_id", study);
  }

  @Override
  public List<Membership> memberships(long userId) {
    return accounts.members("m.user_id", userId);
  }

  @Override
  public StoredSession createSession(String idHash, long userId, Instant expires) {
    return credentials.createSession(idHash, userId, expires);
  }

  @Override
  public Optional<StoredSession> sessionByHash(String idHash) {
    return credentials.session(idHash);
  }

  @Override
  public void touchSession(String idHash, Instant lastSeen) {
    credentials.touchSession(idHash, lastSeen);
  }

  @Override
  public boolean deleteSession(String idHash) {
    return credentials.deleteSession(idHash);
  }

  @Override
  public int endSessions(long userId) {
    return credentials.endSessions(userId);
  }

  @Override
  public ApiToken createUserApiToken(
      long userId, String name, String tokenHash, Function<? super ApiToken, NewAuditEntry> audit) {
    return credentials.createUserApiToken(userId, name, tokenHash, audit);
  }

  @Override
  public List<ApiToken> userApiTokens(long userId) {
    return credentials.userApiTokens(userId);
  }

  @Override
  public boolean revokeUserApiToken(
      long userId, long tokenId, Function<? super Boolean, NewAuditEntry> audit) {
    return credentials.revokeUserApiToken(userId, tokenId, audit);
  }

  @Override
  public AuditEntry appendAudit(NewAuditEntry entry) {
    return auditLog.append(entry);
  }

  @Override
  public List<AuditEntry> audit(String study) {
    return auditLog.entries(study);
  }

  @Override
  public <T> T withStartupLock(java.util.function.Supplier<T> work) {
    return StartupLock.around(
        dataSource, vendor, vendor.name().toLowerCase(java.util.Locale.ROOT), work);
  }

  @Override
  public String checkReachable() {
    return Calls.read(
        () ->
            jdbi.withHandle(
                h -> {
                  h.createQuery("SELECT 1").setQueryTimeout(5).mapTo(Integer.class).one();
                  if (vendor == Vendor.SQLITE
                      && dataSource.getDataSource() instanceof SQLiteDataSource sqlite) {
                    SqliteDisk.checkWritable(
                        Path.of(sqlite.getUrl().substring("jdbc:sqlite:".length())));
                  }
                  return vendor.name().toLowerCase(java.util.Locale.ROOT);
                }));
  }

  @Override
  public void close() {
    writer.close();
    invitations.close();
    dataSource.close();
  }
}
