package org.tripart.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The accounts part of the store: users, memberships, sessions, user tokens, audit log. */
final class Accounts {
  private static final String MEMBER_COLUMNS =
      "SELECT m.user_id, u.email, u.display_name, m.study_id, m.role FROM memberships m"
          + " JOIN users u ON u.id = m.user_id";

  private final Jdbi jdbi;
  private final Clock clock;

  Accounts(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  static String emailKey(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  StoredUser createUser(String email, String displayName, String passwordHash) {
    long now = clock.millis();
    long id =
        jdbi.inTransaction(
            h -> {
              h.createUpdate(
                      "INSERT INTO users (email, email_key, display_name, password_hash,"
                          + " created_at) VALUES (:e, :k, :n, :p, :c)")
                  .bind("e", email.strip())
                  .bind("k", emailKey(email))
                  .bind("n", displayName)
                  .bind("p", passwordHash)
                  .bind("c", now)
                  .execute();
              return h.createQuery("SELECT id FROM users WHERE email_key = :k")
                  .bind("k", emailKey(email))
                  .mapTo(Long.class)
                  .one();
            });
    return new StoredUser(
        id, email.strip(), displayName, passwordHash, Instant.ofEpochMilli(now), false);
  }

  Optional<StoredUser> user(String column, Object value) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM users WHERE " + column + " = :v")
                .bind("v", value)
                .map(Accounts::mapUser)
                .findOne());
  }

  boolean setDisabled(long userId, boolean disabled) {
    return jdbi.withHandle(
        h ->
            h.createUpdate("UPDATE users SET disabled = :d WHERE id = :id")
                    .bind("d", disabled)
                    .bind("id", userId)
                    .execute()
                == 1);
  }

  void setMembership(long userId, String study, StudyRole role) {
    String where = "membership of user " + userId + " in study " + study;
    jdbi.useTransaction(
        h -> {
          Registers.requireStudy(h, study, where);
          if (h.createQuery("SELECT COUNT(*) FROM users WHERE id = :u")
                  .bind("u", userId)
                  .mapTo(Long.class)
                  .one()
              == 0) {
            throw new UnknownRecordException(where, "user " + userId + " is not stored");
          }
          int changed =
              h.createUpdate(
                      "UPDATE memberships SET role = :r WHERE user_id = :u AND study_id = :s")
                  .bind("r", role.name())
                  .bind("u", userId)
                  .bind("s", study)
                  .execute();
          if (changed == 0) {
            h.createUpdate("INSERT INTO memberships (user_id, study_id, role) VALUES (:u, :s, :r)")
                .bind("r", role.name())
                .bind("u", userId)
                .bind("s", study)
                .execute();
          }
        });
  }

  boolean removeMembership(long userId, String study) {
    return jdbi.withHandle(
        h ->
            h.createUpdate("DELETE FROM memberships WHERE user_id = :u AND study_id = :s")
                    .bind("u", userId)
                    .bind("s", study)
                    .execute()
                == 1);
  }

  Optional<StudyRole> role(long userId, String study) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT role FROM memberships WHERE user_id = :u AND study_id = :s")
                .bind("u", userId)
                .bind("s", study)
                .mapTo(String.class)
                .findOne()
                .map(StudyRole::valueOf));
  }

  List<Membership> members(String column, Object value) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    MEMBER_COLUMNS + " WHERE " + column + " = :v ORDER BY u.email_key, m.study_id")
                .bind("v", value)
                .map(
                    (rs, ctx) ->
                        new Membership(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            StudyRole.valueOf(rs.getString(5))))
                .list());
  }

  StoredSession createSession(String idHash, long userId, Instant expires) {
    long now = clock.millis();
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO sessions (id_hash, user_id, created_at, expires_at, last_seen_at)"
                        + " VALUES (:h, :u, :c, :e, :c)")
                .bind("h", idHash)
                .bind("u", userId)
                .bind("c", now)
                .bind("e", expires.toEpochMilli())
                .execute());
    Instant created = Instant.ofEpochMilli(now);
    return new StoredSession(idHash, userId, created, expires, created);
  }

  Optional<StoredSession> session(String idHash) {
    return jdbi.withHandle(
            h ->
                h.createQuery("SELECT * FROM sessions WHERE id_hash = :h")
                    .bind("h", idHash)
                    .map(
                        (rs, ctx) ->
                            new StoredSession(
                                rs.getString("id_hash"),
                                rs.getLong("user_id"),
                                Instant.ofEpochMilli(rs.getLong("created_at")),
                                Instant.ofEpochMilli(rs.getLong("expires_at")),
                                Instant.ofEpochMilli(rs.getLong("last_seen_at"))))
                    .findOne())
        .filter(s -> TokenHashes.matches(s.idHash(), idHash));
  }

  void touchSession(String idHash, Instant lastSeen) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE sessions SET last_seen_at = :t WHERE id_hash = :h")
                .bind("t", lastSeen.toEpochMilli())
                .bind("h", idHash)
                .execute());
  }

  boolean deleteSession(String idHash) {
    return jdbi.withHandle(
        h ->
            h.createUpdate("DELETE FROM sessions WHERE id_hash = :h").bind("h", idHash).execute()
                == 1);
  }

  ApiToken createUserApiToken(long userId, String name, String tokenHash) {
    long now = clock.millis();
    long id =
        jdbi.inTransaction(
            h -> {
              h.createUpdate(
                      "INSERT INTO api_tokens (token_hash, name, role, created_at, user_id)"
                          + " VALUES (:h, :n, 'user', :c, :u)")
                  .bind("h", tokenHash)
                  .bind("n", name)
                  .bind("c", now)
                  .bind("u", userId)
                  .execute();
              return h.createQuery("SELECT id FROM api_tokens WHERE token_hash = :h")
                  .bind("h", tokenHash)
                  .mapTo(Long.class)
                  .one();
            });
    return new ApiToken(id, name, "user", Instant.ofEpochMilli(now), null, userId);
  }

  List<ApiToken> userApiTokens(long userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, name, role, created_at, revoked_at FROM api_tokens"
                        + " WHERE user_id = :u ORDER BY id")
                .bind("u", userId)
                .map(
                    (rs, ctx) -> {
                      long revoked = rs.getLong("revoked_at");
                      return new ApiToken(
                          rs.getLong("id"),
                          rs.getString("name"),
                          rs.getString("role"),
                          Instant.ofEpochMilli(rs.getLong("created_at")),
                          rs.wasNull() ? null : Instant.ofEpochMilli(revoked),
                          userId);
                    })
                .list());
  }

  boolean revokeUserApiToken(long userId, long tokenId) {
    long now = clock.millis();
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "UPDATE api_tokens SET revoked_at = :t"
                            + " WHERE id = :id AND user_id = :u AND revoked_at IS NULL")
                    .bind("t", now)
                    .bind("id", tokenId)
                    .bind("u", userId)
                    .execute()
                == 1);
  }

  AuditEntry appendAudit(NewAuditEntry e, String detailJson) {
    long now = clock.millis();
    long id =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "INSERT INTO audit_log (at, actor, action, study_id, target, detail_json,"
                            + " ip, user_agent) VALUES (:at, :a, :x, :s, :t, :d, :ip, :ua)"
                            + " RETURNING id")
                    .bind("at", now)
                    .bind("a", e.actor())
                    .bind("x", e.action())
                    .bind("s", e.study())
                    .bind("t", e.target())
                    .bind("d", detailJson)
                    .bind("ip", e.ip())
                    .bind("ua", e.userAgent())
                    .mapTo(Long.class)
                    .one());
    return new AuditEntry(
        id,
        Instant.ofEpochMilli(now),
        e.actor(),
        e.action(),
        e.study(),
        e.target(),
        detailJson,
        e.ip(),
        e.userAgent());
  }

  List<AuditEntry> audit(String study) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT * FROM audit_log WHERE study_id = :s OR (study_id IS NULL AND ("
                        + "actor IN (SELECT 'user:' || user_id FROM memberships WHERE study_id = :s)"
                        + " OR target IN (SELECT u.email_key FROM users u JOIN memberships m"
                        + " ON m.user_id = u.id WHERE m.study_id = :s))) ORDER BY id")
                .bind("s", study)
                .map(Accounts::auditEntry)
                .list());
  }

  private static AuditEntry auditEntry(ResultSet rs, StatementContext ctx) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        Instant.ofEpochMilli(rs.getLong("at")),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("study_id"),
        rs.getString("target"),
        rs.getString("detail_json"),
        rs.getString("ip"),
        rs.getString("user_agent"));
  }

  private static StoredUser mapUser(ResultSet rs, StatementContext ctx) throws SQLException {
    return new StoredUser(
        rs.getLong("id"),
        rs.getString("email"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        rs.getBoolean("disabled"));
  }
}
