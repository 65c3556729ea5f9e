package org.tripart.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The {@link Store} over Jdbi, for both vendors. Thread-safe. */
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
  private final SubmissionWriter writer;
  private final Accounts accounts;
  private final InvitationLookup invitations;

  JdbiStore(Vendor vendor, HikariDataSource dataSource, Jdbi jdbi, Clock clock) {
    this.vendor = vendor;
    this.dataSource = dataSource;
    this.jdbi = jdbi;
    this.clock = clock;
    this.responses = new Responses(clock);
    this.registers = new Registers(jdbi, clock);
    this.writer =
        new SubmissionWriter(
            jdbi,
            vendor.writerThreads(),
            SubmissionWriter.DEFAULT_MAX_BATCH,
            SubmissionWriter.DEFAULT_MAX_WAIT);
    this.accounts = new Accounts(jdbi, clock);
    this.invitations = new InvitationLookup(dataSource, LOOKUP_CONNECTIONS);
  }

  /** The connections, for tests that look under the API. */
  Jdbi jdbi() {
    return jdbi;
  }

  SubmissionWriter writer() {
    return writer;
  }

  @Override
  public StoredStudy createStudy(String id, String titleJson) {
    String where = "study " + id;
    Require.text(where, "id", id);
    Json.requireObject(where, "the title", titleJson);
    Instant now = Instant.ofEpochMilli(clock.millis());
    execute(
        where,
        "the study is already stored",
        () ->
            jdbi.useHandle(
                h ->
                    h.createUpdate(
                            "INSERT INTO studies (id, title_json, created_at) VALUES (:id, :t, :c)")
                        .bind("id", id)
                        .bind("t", titleJson)
                        .bind("c", now.toEpochMilli())
                        .execute()));
    return new StoredStudy(id, titleJson, now);
  }

  @Override
  public Optional<StoredStudy> study(String id) {
    return read(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery("SELECT id, title_json, created_at FROM studies WHERE id = :id")
                        .bind("id", id)
                        .map(
                            (rs, ctx) ->
                                new StoredStudy(
                                    rs.getString(1),
                                    rs.getString(2),
                                    Instant.ofEpochMilli(rs.getLong(3))))
                        .findOne()));
  }

  @Override
  public StoredInstrument addInstrument(
      String study, String group, String instrumentId, int version, String yamlSource) {
    String where = "study " + study + " instrument " + instrumentId + " version " + version;
    Require.text(where, "study", study);
    Require.text(where, "group", group);
    Require.text(where, "instrument id", instrumentId);
    Require.text(where, "YAML source", yamlSource);
    Instant now = Instant.ofEpochMilli(clock.millis());
    execute(
        where,
        "this version of the instrument is already stored; raise the version",
        () ->
            jdbi.useTransaction(
                h -> {
                  Registers.requireStudy(h, study, where);
                  h.createUpdate(
                          "INSERT INTO instruments (study_id, group_id, instrument_id, version,"
                              + " source_yaml, created_at) VALUES (:s, :g, :i, :v, :y, :c)")
                      .bind("s", study)
                      .bind("g", group)
                      .bind("i", instrumentId)
                      .bind("v", version)
                      .bind("y", yamlSource)
                      .bind("c", now.toEpochMilli())
                      .execute();
                }));
    return new StoredInstrument(study, group, instrumentId, version, yamlSource, now);
  }

  @Override
  public Optional<StoredInstrument> instrument(String study, String instrumentId, int version) {
    return read(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT * FROM instruments WHERE study_id = :s AND instrument_id = :i"
                                + " AND version = :v")
                        .bind("s", study)
                        .bind("i", instrumentId)
                        .bind("v", version)
                        .map(JdbiStore::instrument)
                        .findOne()));
  }

  @Override
  public List<StoredInstrument> instruments(String study) {
    return read(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT * FROM instruments WHERE study_id = :s"
                                + " ORDER BY group_id, instrument_id, version")
                        .bind("s", study)
                        .map(JdbiStore::instrument)
                        .list()));
  }

  @Override
  public int importInstitutions(String study, List<Institution> institutions) {
    return write(
        "study " + study + " institutions",
        "an institution is already in the register",
        () -> registers.importInstitutions(study, List.copyOf(institutions)));
  }

  @Override
  public List<Institution> institutions(String study) {
    return read(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT id, name, province_code, tier, type FROM institutions"
                                + " WHERE study_id = :s ORDER BY id")
                        .bind("s", study)
                        .map(
                            (rs, ctx) ->
                                new Institution(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5)))
                        .list()));
  }

  @Override
  public int createInvitations(
      String study, String group, String batchId, List<NewInvitation> invitations) {
    return write(
        "study " + study + " batch " + batchId,
        "an invitation is already stored",
        () -> registers.createInvitations(study, group, batchId, List.copyOf(invitations)));
  }

  @Override
  public Optional<Invitation> invitation(String invitationId) {
    return read(() -> Queries.invitation(jdbi, "id", invitationId));
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
  public DraftResult saveDraft(ResponseKey key, String answersJson) {
    return join(saveDraftAsync(key, answersJson));
  }

  @Override
  public CompletableFuture<DraftResult> saveDraftAsync(ResponseKey key, String answersJson) {
    try {
      Require.key(key);
      Json.requireObject(Responses.where(key), "the answers", answersJson);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return writer.enqueue(
        Responses.orderKey(key),
        session -> responses.saveDraft(session.handle(), key, answersJson));
  }

  @Override
  public SubmitResult submit(ResponseKey key, String answersJson, String idempotencyKey) {
    return join(submitAsync(key, answersJson, idempotencyKey));
  }

  @Override
  public CompletableFuture<SubmitResult> submitAsync(
      ResponseKey key, String answersJson, String idempotencyKey) {
    try {
      Require.key(key);
      Json.requireObject(Responses.where(key), "the answers", answersJson);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return writer.enqueue(
        Responses.orderKey(key),
        session -> responses.submit(session, key, answersJson, idempotencyKey));
  }

  @Override
  public Optional<StoredResponse> response(ResponseKey key) {
    Require.key(key);
    return read(() -> jdbi.withHandle(h -> responses.response(h, key)));
  }

  @Override
  public List<FieldworkCount> counts(String study, CountDimension by) {
    return read(() -> Queries.counts(jdbi, study, by));
  }

  @Override
  public Stream<StoredResponse> finalResponses(String study, String group) {
    return read(() -> Queries.finalResponses(jdbi, vendor, study, group));
  }

  @Override
  public ApiToken createApiToken(String name, String role, String tokenHash) {
    String where = "API token " + name;
    Require.text(where, "name", name);
    Require.text(where, "role", role);
    Require.hash(where, tokenHash);
    long now = clock.millis();
    long id =
        write(
            where,
            "a token with this hash is already stored",
            () -> registers.createApiToken(name, role, tokenHash, now));
    return new ApiToken(id, name, role, Instant.ofEpochMilli(now), null);
  }

  @Override
  public Optional<ApiToken> apiTokenByHash(String tokenHash) {
    if (!TokenHashes.isHash(tokenHash)) {
      return Optional.empty();
    }
    return read(() -> Queries.activeApiToken(jdbi, tokenHash));
  }

  @Override
  public boolean revokeApiToken(long id) {
    long now = clock.millis();
    return write("API token " + id, "", () -> registers.revokeApiToken(id, now));
  }

  @Override
  public StoredUser createUser(String email, String displayName, String passwordHash) {
    String where = "user " + email;
    Require.text(where, "email", email);
    if (!email.contains("@") || email.strip().length() > 254) {
      throw new InvalidRecordException(where, "the email must contain '@' and be at most 254 long");
    }
    Require.text(where, "display name", displayName);
    Require.text(where, "password hash", passwordHash);
    return write(
        where,
        "a user with this email (ignoring case) is already stored",
        () -> accounts.createUser(email, displayName, passwordHash));
  }

  @Override
  public Optional<StoredUser> userByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return read(() -> accounts.user("email_key", Accounts.emailKey(email)));
  }

  @Override
  public Optional<StoredUser> user(long id) {
    return read(() -> accounts.user("id", id));
  }

  @Override
  public boolean setUserDisabled(long userId, boolean disabled) {
    return write("user " + userId, "", () -> accounts.setDisabled(userId, disabled));
  }

  @Override
  public void setMembership(long userId, String study, StudyRole role) {
    String where = "membership of user " + userId + " in study " + study;
    Require.text(where, "study", study);
    if (role == null) {
      throw new InvalidRecordException(where, "the role is missing");
    }
    execute(where, "", () -> accounts.setMembership(userId, study, role));
  }

  @Override
  public boolean removeMembership(long userId, String study) {
    return write(
        "membership of user " + userId + " in study " + study,
        "",
        () -> accounts.removeMembership(userId, study));
  }

  @Override
  public Optional<StudyRole> role(long userId, String study) {
    return read(() -> accounts.role(userId, study));
  }

  @Override
  public List<Membership> members(String study) {
    return read(() -> accounts.members("m.study_id", study));
  }

  @Override
  public List<Membership> memberships(long userId) {
    return read(() -> accounts.members("m.user_id", userId));
  }

  @Override
  public StoredSession createSession(String idHash, long userId, Instant expires) {
    String where = "session of user " + userId;
    Require.hash(where, idHash);
    if (expires == null) {
      throw new InvalidRecordException(where, "the expiry is missing");
    }
    return write(
        where,
        "the session id is already stored",
        () -> accounts.createSession(idHash, userId, expires));
  }

  @Override
  public Optional<StoredSession> sessionByHash(String idHash) {
    if (!TokenHashes.isHash(idHash)) {
      return Optional.empty();
    }
    return read(() -> accounts.session(idHash));
  }

  @Override
  public void touchSession(String idHash, Instant lastSeen) {
    execute("session", "", () -> accounts.touchSession(idHash, lastSeen));
  }

  @Override
  public boolean deleteSession(String idHash) {
    return write("session", "", () -> accounts.deleteSession(idHash));
  }

  @Override
  public ApiToken createUserApiToken(long userId, String name, String tokenHash) {
    String where = "API token " + name + " of user " + userId;
    Require.text(where, "name", name);
    Require.hash(where, tokenHash);
    return write(
        where,
        "a token with this hash is already stored",
        () -> accounts.createUserApiToken(userId, name, tokenHash));
  }

  @Override
  public List<ApiToken> userApiTokens(long userId) {
    return read(() -> accounts.userApiTokens(userId));
  }

  @Override
  public boolean revokeUserApiToken(long userId, long tokenId) {
    return write("API token " + tokenId, "", () -> accounts.revokeUserApiToken(userId, tokenId));
  }

  @Override
  public AuditEntry appendAudit(NewAuditEntry entry) {
    String where = "audit entry";
    if (entry == null) {
      throw new InvalidRecordException(where, "the entry is missing");
    }
    Require.text(where, "actor", entry.actor());
    Require.text(where, "action", entry.action());
    String detail =
        entry.detailJson() == null
            ? "{}"
            : Json.requireObject(where + " " + entry.action(), "the detail", entry.detailJson());
    return write(where, "", () -> accounts.appendAudit(entry, detail));
  }

  @Override
  public List<AuditEntry> audit(String study) {
    return read(() -> accounts.audit(study));
  }

  @Override
  public void close() {
    writer.close();
    invitations.close();
    dataSource.close();
  }

  private static StoredInstrument instrument(ResultSet rs, StatementContext ctx)
      throws SQLException {
    return new StoredInstrument(
        rs.getString("study_id"),
        rs.getString("group_id"),
        rs.getString("instrument_id"),
        rs.getInt("version"),
        rs.getString("source_yaml"),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw Failures.translate(null, e.getCause());
    }
  }

  private static <T> T read(Supplier<T> query) {
    try {
      return query.get();
    } catch (RuntimeException e) {
      throw Failures.translate(null, e);
    }
  }

  private static void execute(String where, String duplicate, Runnable change) {
    write(
        where,
        duplicate,
        () -> {
          change.run();
          return null;
        });
  }

  private static <T> T write(String where, String duplicate, Supplier<T> change) {
    try {
      return change.get();
    } catch (RuntimeException e) {
      if (Failures.isUniqueViolation(e)) {
        throw new DuplicateRecordException(where, duplicate);
      }
      throw Failures.translate(where, e);
    }
  }
}
