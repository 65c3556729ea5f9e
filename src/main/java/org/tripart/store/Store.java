package org.tripart.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.tripart.json.WrittenAnswers;

/**
 * Durable storage of studies, instruments, the institution register, invitations, responses and API
 * tokens, on SQLite or PostgreSQL. Open one with {@link Stores#open(String)}.
 *
 * <p>Every write is one transaction: when a method returns normally its change is committed and
 * durable (on SQLite the write-ahead log was synced to disk); when it throws, nothing of it was
 * stored. Failures are {@link org.tripart.TripartException}s: {@link InvalidRecordException} for
 * malformed input (checked before anything is written), {@link UnknownRecordException} for a
 * reference to something not stored, {@link DuplicateRecordException} for a second record with the
 * same identity, {@link StoreUnavailableException} when the database fails.
 *
 * <p><b>Audited changes.</b> A change a person makes is recorded in the audit log in the
 * transaction that makes it. The methods with a last parameter {@code Function<? super R,
 * NewAuditEntry> audit} call it inside the transaction, once the change is written, with what the
 * change gives ({@code R}: the study before and after, the stored user, the role before, ...), and
 * append the entry it returns before the transaction commits. When the entry cannot be appended (it
 * lacks an actor or action, or its detail is no JSON object: {@link InvalidRecordException}; the
 * database refuses the row: {@link StoreUnavailableException}) the change is rolled back and that
 * exception thrown: a change is never stored without its row, nor a row without its change. The
 * function is not called, and no row is written, when the method changes nothing (as each says); it
 * may return null to record nothing, which is what the overloads without it do, for the changes the
 * server makes itself (loading a study, setting up tests). It runs while the transaction holds its
 * locks: it must be quick and must not call the store. {@link #appendAudit} appends a row in a
 * transaction of its own, for events that change nothing else: sign-ins and sign-outs (successful
 * or not), refused password changes and exports.
 *
 * <p><b>Owners.</b> A study that has an enabled owner keeps one: removing or demoting its last
 * enabled owner, or disabling a user who is the only enabled owner of a study, is refused with
 * {@link LastOwnerException} naming the studies, and nothing is written. A disabled owner counts
 * for nothing (it cannot act), so removing or demoting one is never refused.
 *
 * <p>Implementations are thread-safe; one instance serves a whole server. No method accepts null
 * unless its documentation says so.
 */
public interface Store extends AutoCloseable {

  /**
   * Stores a new study with the {@link StoredStudy#DEFAULT_THRESHOLD}; {@code titleJson} is a JSON
   * object of titles per language.
   */
  default StoredStudy createStudy(String id, String titleJson) {
    return createStudy(id, titleJson, StoredStudy.DEFAULT_THRESHOLD);
  }

  /**
   * Stores a new study with its own disclosure threshold; {@link InvalidRecordException} when the
   * threshold is outside {@link StoredStudy#MIN_THRESHOLD}..{@link StoredStudy#MAX_THRESHOLD}.
   */
  StoredStudy createStudy(String id, String titleJson, int suppressionThreshold);

  Optional<StoredStudy> study(String id);

  /**
   * Changes the study's title and disclosure threshold as {@code change} says, in one transaction
   * that also reads the study before and after (on PostgreSQL with the row locked, on SQLite in an
   * immediate transaction), so concurrent changes neither interleave nor misreport what they
   * replaced. A change that changes nothing writes nothing. {@link UnknownRecordException} for an
   * unknown study, {@link InvalidRecordException} for a title that is no JSON object or a threshold
   * out of range (nothing written).
   */
  default StudyUpdate updateStudy(String id, StudyChange change) {
    return updateStudy(id, change, update -> null);
  }

  /**
   * {@link #updateStudy(String, StudyChange)}, audited (see the class comment) when the change
   * changed something.
   */
  StudyUpdate updateStudy(
      String id, StudyChange change, Function<? super StudyUpdate, NewAuditEntry> audit);

  /**
   * Stores one version of a group's instrument. Refuses a second (study, instrument id, version)
   * with {@link DuplicateRecordException}: a published version is never replaced.
   */
  default StoredInstrument addInstrument(
      String study, String group, String instrumentId, int version, String yamlSource) {
    return addInstrument(study, group, instrumentId, version, yamlSource, added -> null);
  }

  /** {@link #addInstrument(String, String, String, int, String)}, audited. */
  StoredInstrument addInstrument(
      String study,
      String group,
      String instrumentId,
      int version,
      String yamlSource,
      Function<? super StoredInstrument, NewAuditEntry> audit);

  Optional<StoredInstrument> instrument(String study, String instrumentId, int version);

  /** The study's instruments ordered by group, instrument id and version. */
  List<StoredInstrument> instruments(String study);

  /**
   * The group's current instrument: its highest stored version, the one respondents get; empty when
   * the study has none for the group.
   */
  default Optional<StoredInstrument> currentInstrument(String study, String group) {
    return instruments(study).stream()
        .filter(i -> i.group().equals(group))
        .max(java.util.Comparator.comparingInt(StoredInstrument::version));
  }

  /**
   * Adds institutions to the study's registers, all or nothing: a blank field, an unknown sector,
   * an id given twice or already stored (in any sector), or an unknown study stores none of them.
   * Nothing already stored is changed, whatever the sectors. The exception names the 1-based
   * position of the first offending institution in the list.
   *
   * @return the number stored
   */
  default int importInstitutions(String study, List<Institution> institutions) {
    return importInstitutions(study, institutions, count -> null);
  }

  /** {@link #importInstitutions(String, List)}, audited; {@code audit} gets the number stored. */
  int importInstitutions(
      String study, List<Institution> institutions, Function<? super Integer, NewAuditEntry> audit);

  /**
   * Replaces the registers of the sectors {@code institutions} covers, all or nothing, in one
   * transaction with the audit row: in each of those sectors, an organisation listed and stored is
   * updated (name, names, province, tier, type), one listed and not stored is added, one stored and
   * not listed is removed; the registers of the other sectors are left as they are. A file of
   * companies therefore never touches the hospitals.
   *
   * @return what changed
   * @throws InvalidRecordException for a blank field, an unknown sector or an empty list
   * @throws DuplicateRecordException for an id given twice
   * @throws RegisterConflictException ({@code REGISTER_SECTOR_CHANGE}) when a listed id is stored
   *     under another sector, ({@code REGISTER_IN_USE}) when an organisation to remove is named by
   *     an invitation or, as a partner {@code "id"}, by a stored response
   * @throws UnknownRecordException when the study is not stored
   */
  RegisterChange replaceInstitutions(
      String study,
      List<Institution> institutions,
      Function<? super RegisterChange, NewAuditEntry> audit);

  /**
   * The study's registers, every sector, ordered by id; an unmodifiable list. A store may keep it
   * for up to 10 s: its own writes are seen at once, another process's within that time.
   */
  List<Institution> institutions(String study);

  /**
   * The organisation of the study's registers with this id, or empty; from what {@link
   * #institutions} reads and keeps, so a lookup per request does not read the register.
   */
  Optional<Institution> institution(String study, String id);

  /**
   * Creates an invitation batch and its invitations for one stakeholder group, all or nothing, each
   * with status {@link InvitationStatus#INVITED}.
   *
   * @return the number of invitations stored
   */
  default int createInvitations(
      String study, String group, String batchId, List<NewInvitation> invitations) {
    return createInvitations(study, group, batchId, invitations, count -> null);
  }

  /**
   * {@link #createInvitations(String, String, String, List)}, audited; {@code audit} gets the
   * number stored.
   */
  int createInvitations(
      String study,
      String group,
      String batchId,
      List<NewInvitation> invitations,
      Function<? super Integer, NewAuditEntry> audit);

  Optional<Invitation> invitation(String invitationId);

  /**
   * The invitation whose token hashes to {@code tokenHash}; the stored hash is compared with {@link
   * TokenHashes#matches}. Empty for a malformed or unknown hash; expiry is not checked here.
   */
  Optional<Invitation> invitationByTokenHash(String tokenHash);

  /**
   * Saves the respondent's answers so far under the next revision, creating the response at the
   * first save, and marks the invitation started. Refused with {@link DraftOutcome#FINALISED} once
   * the response is final. Concurrent saves are group-committed.
   *
   * @param instrumentVersion the version of the instrument the answers were validated against, 1 or
   *     more ({@link InvalidRecordException} otherwise); stored with the answers, replacing the
   *     version of an earlier save
   */
  DraftResult saveDraft(ResponseKey key, String answersJson, int instrumentVersion);

  /** {@link #saveDraft} without blocking; the future completes once the draft is durable. */
  CompletableFuture<DraftResult> saveDraftAsync(
      ResponseKey key, String answersJson, int instrumentVersion);

  /**
   * Stores the final answers of a response once. The first final submission is {@link
   * SubmitOutcome#ACCEPTED}; every later one, whatever its answers or key, is {@link
   * SubmitOutcome#ALREADY_SUBMITTED} and changes nothing, so a double click or a retried request
   * never creates a second response or overwrites the first. Marks the invitation completed. The
   * answers are checked only for being a JSON object: checking them against the instrument and the
   * invitation's expiry are the caller's (capture, fieldwork) before calling.
   *
   * @param instrumentVersion the version of the instrument the final answers were validated
   *     against, 1 or more ({@link InvalidRecordException} otherwise); stored with them, replacing
   *     the version of a draft saved under an earlier one
   * @param idempotencyKey the client's key for this submission, or null
   */
  SubmitResult submit(
      ResponseKey key, String answersJson, int instrumentVersion, String idempotencyKey);

  /** {@link #submit(ResponseKey, String, int, String)} for an invitation's response. */
  default SubmitResult submit(
      String invitationId, String answersJson, int instrumentVersion, String idempotencyKey) {
    return submit(
        ResponseKey.invitation(invitationId), answersJson, instrumentVersion, idempotencyKey);
  }

  /**
   * {@link #submit(ResponseKey, String, int, String)} without blocking: concurrent submissions are
   * committed together in one transaction (group commit). The future completes only after that
   * transaction's COMMIT returned, so a completed future is an answer kept; it fails with the
   * exception {@code submit} would throw. Futures complete on the store's writer thread: give
   * dependent stages that block an executor of their own.
   */
  CompletableFuture<SubmitResult> submitAsync(
      ResponseKey key, String answersJson, int instrumentVersion, String idempotencyKey);

  /**
   * {@link #submitAsync(ResponseKey, String, int, String)} of answers {@link
   * org.tripart.json.AnswersJson} wrote: the same write of {@link WrittenAnswers#json()}, which an
   * implementation may keep without parsing it again to check that it is one JSON object.
   */
  default CompletableFuture<SubmitResult> submitAsync(
      ResponseKey key, WrittenAnswers answers, int instrumentVersion, String idempotencyKey) {
    return submitAsync(key, answers.json(), instrumentVersion, idempotencyKey);
  }

  /** The stored response, draft or final, for resuming or showing it. */
  Optional<StoredResponse> response(ResponseKey key);

  /**
   * Invited, started and completed counts of the study's invitations, broken down by {@code by},
   * ordered by key (null last).
   */
  List<FieldworkCount> counts(String study, CountDimension by);

  /**
   * How many of the study's invitations have an id starting with {@code prefix} (for example the
   * {@code SYNTHETIC-} of demonstration data); 0 for an unknown study.
   */
  long invitationsWithIdPrefix(String study, String prefix);

  /**
   * The final responses of a study group, invited and open-link, in order of submission (then of
   * id), read lazily. The caller must close the stream; it holds a database connection until then.
   */
  Stream<StoredResponse> finalResponses(String study, String group);

  /** Stores an API token's hash (see {@link TokenHashes}) with its name and role. */
  ApiToken createApiToken(String name, String role, String tokenHash);

  /** The active (not revoked) API token with this hash; empty for a malformed or unknown hash. */
  Optional<ApiToken> apiTokenByHash(String tokenHash);

  /** Revokes a token; false when no active token has this id. */
  boolean revokeApiToken(long id);

  /**
   * Stores a researcher account. The email is kept as given (stripped) and must be unique ignoring
   * case, else {@link DuplicateRecordException}.
   *
   * @param passwordHash the encoded hash of the password, never the password
   */
  default StoredUser createUser(String email, String displayName, String passwordHash) {
    return createUser(email, displayName, passwordHash, user -> null);
  }

  /** {@link #createUser(String, String, String)}, audited; {@code audit} gets the stored user. */
  StoredUser createUser(
      String email,
      String displayName,
      String passwordHash,
      Function<? super StoredUser, NewAuditEntry> audit);

  /** The user with this email, compared ignoring case; empty when there is none. */
  Optional<StoredUser> userByEmail(String email);

  Optional<StoredUser> user(long id);

  /**
   * Disables or re-enables a user; disabling deletes its sessions in the same transaction. False
   * when there is no such user; {@link LastOwnerException} when disabling it would leave a study
   * without an enabled owner.
   */
  default boolean setUserDisabled(long userId, boolean disabled) {
    return setUserDisabled(userId, disabled, change -> null).isPresent();
  }

  /**
   * {@link #setUserDisabled(long, boolean)}, audited; the change, or empty (nothing written) when
   * there is no such user.
   */
  Optional<UserStatusChange> setUserDisabled(
      long userId, boolean disabled, Function<? super UserStatusChange, NewAuditEntry> audit);

  /**
   * Replaces the user's password hash and, in the same transaction, deletes every session of the
   * user except the one whose id hashes to {@code keepSessionHash}; false (and nothing changed)
   * when there is no such user.
   *
   * @param keepSessionHash the session to keep (the one changing the password), or null for none
   */
  default boolean changePassword(long userId, String passwordHash, String keepSessionHash) {
    return changePassword(userId, passwordHash, keepSessionHash, changed -> null);
  }

  /**
   * {@link #changePassword(long, String, String)}, audited when the password was changed ({@code
   * audit} gets true).
   */
  boolean changePassword(
      long userId,
      String passwordHash,
      String keepSessionHash,
      Function<? super Boolean, NewAuditEntry> audit);

  /**
   * Gives the user this role in the study, replacing the role it had there, and returns that role
   * (empty when it was no member). {@link UnknownRecordException} for an unknown user or study;
   * {@link LastOwnerException} when it would demote the study's last enabled owner.
   */
  default Optional<StudyRole> setMembership(long userId, String study, StudyRole role) {
    return setMembership(userId, study, role, before -> null);
  }

  /**
   * {@link #setMembership(long, String, StudyRole)}, audited; {@code audit} gets the role before.
   */
  Optional<StudyRole> setMembership(
      long userId,
      String study,
      StudyRole role,
      Function<? super Optional<StudyRole>, NewAuditEntry> audit);

  /**
   * Removes the user from the study; false when it was not a member. {@link LastOwnerException}
   * when it is the study's last enabled owner.
   */
  default boolean removeMembership(long userId, String study) {
    return removeMembership(userId, study, before -> null).isPresent();
  }

  /**
   * {@link #removeMembership(long, String)}, audited; the role the user had, or empty (nothing
   * written) when it was no member.
   */
  Optional<StudyRole> removeMembership(
      long userId, String study, Function<? super StudyRole, NewAuditEntry> audit);

  /** The user's role in the study, empty when it is not a member. */
  Optional<StudyRole> role(long userId, String study);

  /** The study's members ordered by email. */
  List<Membership> members(String study);

  /** The user's memberships ordered by study. */
  List<Membership> memberships(long userId);

  /**
   * Stores a session by the SHA-256 hash of its id (see {@link TokenHashes}); the clear id is never
   * stored.
   */
  StoredSession createSession(String idHash, long userId, java.time.Instant expires);

  /** The session with this id hash, expired or not; empty for a malformed or unknown hash. */
  Optional<StoredSession> sessionByHash(String idHash);

  /** Records the session's latest use. */
  void touchSession(String idHash, java.time.Instant lastSeen);

  /** Deletes a session (sign-out); false when there was none. */
  boolean deleteSession(String idHash);

  /** Deletes every session of the user; returns how many there were. */
  int endSessions(long userId);

  /** Stores an API token's hash acting for the user, with role {@code user}. */
  default ApiToken createUserApiToken(long userId, String name, String tokenHash) {
    return createUserApiToken(userId, name, tokenHash, token -> null);
  }

  /** {@link #createUserApiToken(long, String, String)}, audited; {@code audit} gets the token. */
  ApiToken createUserApiToken(
      long userId, String name, String tokenHash, Function<? super ApiToken, NewAuditEntry> audit);

  /** The user's API tokens, active and revoked, ordered by id. */
  List<ApiToken> userApiTokens(long userId);

  /** Revokes one of the user's tokens; false when the user has no active token with this id. */
  default boolean revokeUserApiToken(long userId, long tokenId) {
    return revokeUserApiToken(userId, tokenId, revoked -> null);
  }

  /**
   * {@link #revokeUserApiToken(long, long)}, audited when a token was revoked ({@code audit} gets
   * true).
   */
  boolean revokeUserApiToken(
      long userId, long tokenId, Function<? super Boolean, NewAuditEntry> audit);

  /**
   * Appends a row to the audit log in a transaction of its own, committed when this returns: for
   * events that change nothing else (see the class comment; changes take their row in their own
   * transaction). The log is append-only: the database refuses UPDATE and DELETE of its rows
   * (triggers on both vendors).
   */
  AuditEntry appendAudit(NewAuditEntry entry);

  /** The study's audit rows in the order they were appended. */
  List<AuditEntry> audit(String study);

  /**
   * Runs {@code work} holding the store's startup lock, so that servers starting together on one
   * database prepare it one at a time (the first loads what is missing, the next find it there): on
   * PostgreSQL a session advisory lock, waited for as long as another holds it, and released by the
   * database if the holder's connection is lost; on SQLite {@code work} runs directly (one server
   * process per SQLite file). {@code work} must not take the lock itself.
   *
   * @return what {@code work} returns
   * @throws StoreUnavailableException when the lock cannot be taken
   */
  <T> T withStartupLock(java.util.function.Supplier<T> work);

  /**
   * Checks that the database answers a trivial query within a few seconds, for a health check, and
   * on SQLite that the file system can take writes (not read-only, not full); no side effects.
   *
   * @return the database system's name, {@code sqlite} or {@code postgresql}
   * @throws StoreUnavailableException when it does not answer
   */
  String checkReachable();

  /**
   * Stops taking writes, commits the writes already queued, then closes the connections. Calls
   * after the first do nothing.
   */
  @Override
  void close();
}
