package org.tripart.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The SQL of drafts and final submissions, run inside a transaction the caller owns (a {@link
 * SubmissionWriter} batch). Each write reads the response first and changes it only under a
 * condition that re-checks what it read, so a write racing another transaction on PostgreSQL starts
 * over instead of overwriting; on SQLite the single writer thread makes races impossible. Every
 * write sets the response's instrument version in the same statement as its answers, so the row
 * always holds the version of the validation its answers passed last, with no query added.
 * Stateless apart from the clock; thread-safe.
 */
final class Responses {
  static final String COLUMNS =
      "id, invitation_id, client_key, study_id, group_id, answers_json, revision, updated_at,"
          + " submitted_at, submit_key, instrument_version";
  private static final int ATTEMPTS = 3;
  private static final String FIRST_INSERT =
      "INSERT INTO responses (invitation_id, client_key, study_id, group_id, answers_json,"
          + " revision, updated_at, submitted_at, submit_key, instrument_version)"
          + " SELECT id, NULL, study_id, group_id, ?, 1, ?, ?, ?, ? FROM invitations WHERE id = ?"
          + " ON CONFLICT DO NOTHING RETURNING id, study_id, group_id";
  private static final String COMPLETE =
      "UPDATE invitations SET status = 'completed' WHERE id = ? AND status <> 'completed'";

  private final Clock clock;

  Responses(Clock clock) {
    this.clock = clock;
  }

  private record Row(StoredResponse response, String submitKey) {}

  private record Owner(String study, String group, String invitationId, String clientKey) {}

  static String orderKey(ResponseKey key) {
    if (key instanceof ResponseKey.Invited invited) {
      return "i:" + invited.invitationId();
    }
    return "o:" + ((ResponseKey.OpenLink) key).clientKey();
  }

  static String where(ResponseKey key) {
    if (key instanceof ResponseKey.Invited invited) {
      return "invitation " + invited.invitationId();
    }
    ResponseKey.OpenLink open = (ResponseKey.OpenLink) key;
    return "open link " + open.study() + "/" + open.group() + " client " + open.clientKey();
  }

  DraftResult saveDraft(Handle handle, ResponseKey key, String answersJson, int version) {
    Owner owner = owner(handle, key);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long now = clock.millis();
      Optional<Row> existing = find(handle, key);
      int changed;
      if (existing.isPresent() && existing.get().response().isFinal()) {
        return new DraftResult(DraftOutcome.FINALISED, existing.get().response());
      } else if (existing.isPresent()) {
        changed =
            handle
                .createUpdate(
                    "UPDATE responses SET answers_json = :a, revision = revision + 1,"
                        + " updated_at = :t, instrument_version = :v"
                        + " WHERE id = :id AND submitted_at IS NULL")
                .bind("a", answersJson)
                .bind("t", now)
                .bind("v", version)
                .bind("id", existing.get().response().id())
                .execute();
      } else {
        changed = insert(handle, owner, answersJson, version, now, null, null);
      }
      if (changed == 1) {
        if (owner.invitationId() != null) {
          handle
              .createUpdate(
                  "UPDATE invitations SET status = 'started' WHERE id = :id AND status = 'invited'")
              .bind("id", owner.invitationId())
              .execute();
        }
        return new DraftResult(DraftOutcome.SAVED, find(handle, key).orElseThrow().response());
      }
    }
    throw new StoreUnavailableException(
        where(key), "the draft kept meeting concurrent saves", null);
  }

  SubmitResult submit(
      WriterSession session,
      ResponseKey key,
      String answersJson,
      int version,
      String idempotencyKey) {
    if (key instanceof ResponseKey.Invited invited) {
      Optional<SubmitResult> first =
          firstSubmission(session, invited, answersJson, version, idempotencyKey);
      if (first.isPresent()) {
        return first.get();
      }
    }
    Handle handle = session.handle();
    Owner owner = owner(handle, key);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long now = clock.millis();
      Optional<Row> existing = find(handle, key);
      int changed;
      if (existing.isPresent() && existing.get().response().isFinal()) {
        Row row = existing.get();
        boolean same =
            (idempotencyKey != null && idempotencyKey.equals(row.submitKey()))
                || Json.sameValue(answersJson, row.response().answersJson());
        return new SubmitResult(SubmitOutcome.ALREADY_SUBMITTED, row.response(), same);
      } else if (existing.isPresent()) {
        changed =
            handle
                .createUpdate(
                    "UPDATE responses SET answers_json = :a, revision = revision + 1,"
                        + " updated_at = :t, submitted_at = :t, submit_key = :k,"
                        + " instrument_version = :v WHERE id = :id AND submitted_at IS NULL")
                .bind("a", answersJson)
                .bind("t", now)
                .bind("v", version)
                .bind("k", idempotencyKey)
                .bind("id", existing.get().response().id())
                .execute();
      } else {
        changed = insert(handle, owner, answersJson, version, now, now, idempotencyKey);
      }
      if (changed == 1) {
        if (owner.invitationId() != null) {
          handle
              .createUpdate(
                  "UPDATE invitations SET status = 'completed'"
                      + " WHERE id = :id AND status <> 'completed'")
              .bind("id", owner.invitationId())
              .execute();
        }
        StoredResponse stored = find(handle, key).orElseThrow().response();
        return new SubmitResult(SubmitOutcome.ACCEPTED, stored, true);
      }
    }
    throw new StoreUnavailableException(
        where(key), "the submission kept meeting concurrent writes", null);
  }

  Optional<StoredResponse> response(Handle handle, ResponseKey key) {
    return find(handle, key).map(Row::response);
  }

  /**
   * The common case in two statements instead of five: the invitation has no response row yet, so
   * the final answers are inserted with the invitation's study and group, read in the same
   * statement. Empty when the invitation is unknown or already has a response (a draft or final
   * answers): the general path then decides, with the same outcome as if this had not been tried.
   */
  private Optional<SubmitResult> firstSubmission(
      WriterSession session,
      ResponseKey.Invited key,
      String answersJson,
      int version,
      String idempotencyKey) {
    long now = clock.millis();
    try {
      PreparedStatement insert = session.statement(FIRST_INSERT);
      insert.setString(1, answersJson);
      insert.setLong(2, now);
      insert.setLong(3, now);
      if (idempotencyKey == null) {
        insert.setNull(4, Types.VARCHAR);
      } else {
        insert.setString(4, idempotencyKey);
      }
      insert.setInt(5, version);
      insert.setString(6, key.invitationId());
      StoredResponse inserted = null;
      if (insert.execute()) {
        try (ResultSet rs = insert.getResultSet()) {
          if (rs.next()) {
            inserted =
                new StoredResponse(
                    rs.getLong(1),
                    key.invitationId(),
                    null,
                    rs.getString(2),
                    rs.getString(3),
                    answersJson,
                    1,
                    Instant.ofEpochMilli(now),
                    Instant.ofEpochMilli(now),
                    version);
          }
        }
      }
      if (inserted == null) {
        return Optional.empty();
      }
      PreparedStatement complete = session.statement(COMPLETE);
      complete.setString(1, key.invitationId());
      complete.executeUpdate();
      return Optional.of(new SubmitResult(SubmitOutcome.ACCEPTED, inserted, true));
    } catch (SQLException e) {
      throw Failures.translate(where(key), e);
    }
  }

  private static int insert(
      Handle handle,
      Owner owner,
      String answersJson,
      int version,
      long now,
      Long submitted,
      String submitKey) {
    return handle
        .createUpdate(
            "INSERT INTO responses (invitation_id, client_key, study_id, group_id, answers_json,"
                + " revision, updated_at, submitted_at, submit_key, instrument_version)"
                + " VALUES (:inv, :client, :study, :grp, :a, 1, :t, :s, :k, :v)"
                + " ON CONFLICT DO NOTHING")
        .bind("inv", owner.invitationId())
        .bind("client", owner.clientKey())
        .bind("study", owner.study())
        .bind("grp", owner.group())
        .bind("a", answersJson)
        .bind("t", now)
        .bind("s", submitted)
        .bind("k", submitKey)
        .bind("v", version)
        .execute();
  }

  private static Optional<Row> find(Handle handle, ResponseKey key) {
    boolean invited = key instanceof ResponseKey.Invited;
    String column = invited ? "invitation_id" : "client_key";
    String value =
        invited
            ? ((ResponseKey.Invited) key).invitationId()
            : ((ResponseKey.OpenLink) key).clientKey();
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM responses WHERE " + column + " = :v")
        .bind("v", value)
        .map((rs, ctx) -> new Row(map(rs, ctx), rs.getString("submit_key")))
        .findOne();
  }

  private static Owner owner(Handle handle, ResponseKey key) {
    if (key instanceof ResponseKey.Invited invited) {
      return handle
          .createQuery("SELECT study_id, group_id FROM invitations WHERE id = :id")
          .bind("id", invited.invitationId())
          .map(
              (rs, ctx) ->
                  new Owner(rs.getString(1), rs.getString(2), invited.invitationId(), null))
          .findOne()
          .orElseThrow(() -> new UnknownRecordException(where(key), "no such invitation"));
    }
    ResponseKey.OpenLink open = (ResponseKey.OpenLink) key;
    boolean studyKnown =
        handle
                .createQuery("SELECT COUNT(*) FROM studies WHERE id = :id")
                .bind("id", open.study())
                .mapTo(Long.class)
                .one()
            > 0;
    if (!studyKnown) {
      throw new UnknownRecordException(where(key), "no such study");
    }
    Optional<Row> existing = find(handle, key);
    if (existing.isPresent()
        && !(Objects.equals(existing.get().response().study(), open.study())
            && Objects.equals(existing.get().response().group(), open.group()))) {
      throw new DuplicateRecordException(
          where(key), "the client key is already used by another study group");
    }
    return new Owner(open.study(), open.group(), null, open.clientKey());
  }

  static StoredResponse map(ResultSet rs, StatementContext ctx) throws SQLException {
    long submitted = rs.getLong("submitted_at");
    boolean draft = rs.wasNull();
    int version = rs.getInt("instrument_version");
    boolean unversioned = rs.wasNull();
    return new StoredResponse(
        rs.getLong("id"),
        rs.getString("invitation_id"),
        rs.getString("client_key"),
        rs.getString("study_id"),
        rs.getString("group_id"),
        rs.getString("answers_json"),
        rs.getLong("revision"),
        Instant.ofEpochMilli(rs.getLong("updated_at")),
        draft ? null : Instant.ofEpochMilli(submitted),
        unversioned ? null : version);
  }
}
