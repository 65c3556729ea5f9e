package org.tripart.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The sign-in part of the store: users' sessions (by the hash of their id) and users' API tokens.
 * Checks every value before it writes; each write is one transaction, with its audit row when it is
 * given one. Thread-safe.
 */
final class Credentials {
  private final Jdbi jdbi;
  private final Clock clock;

  Credentials(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  StoredSession createSession(String idHash, long userId, Instant expires) {
    String where = "session of user " + userId;
    Require.hash(where, idHash);
    if (expires == null) {
      throw new InvalidRecordException(where, "the expiry is missing");
    }
    long now = clock.millis();
    Calls.execute(
        where,
        "the session id is already stored",
        () ->
            jdbi.useHandle(
                h ->
                    h.createUpdate(
                            "INSERT INTO sessions (id_hash, user_id, created_at, expires_at,"
                                + " last_seen_at) VALUES (:h, :u, :c, :e, :c)")
                        .bind("h", idHash)
                        .bind("u", userId)
                        .bind("c", now)
                        .bind("e", expires.toEpochMilli())
                        .execute()));
    Instant created = Instant.ofEpochMilli(now);
    return new StoredSession(idHash, userId, created, expires, created);
  }

  Optional<StoredSession> session(String idHash) {
    if (!TokenHashes.isHash(idHash)) {
      return Optional.empty();
    }
    return Calls.read(
            () ->
                jdbi.withHandle(
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
                            .findOne()))
        .filter(s -> TokenHashes.matches(s.idHash(), idHash));
  }

  void touchSession(String idHash, Instant lastSeen) {
    Calls.execute(
        "session",
        "",
        () ->
            jdbi.useHandle(
                h ->
                    h.createUpdate("UPDATE sessions SET last_seen_at = :t WHERE id_hash = :h")
                        .bind("t", lastSeen.toEpochMilli())
                        .bind("h", idHash)
                        .execute()));
  }

  boolean deleteSession(String idHash) {
    return Calls.write(
        "session",
        "",
        () ->
            jdbi.withHandle(
                h ->
                    h.createUpdate("DELETE FROM sessions WHERE id_hash = :h")
                            .bind("h", idHash)
                            .execute()
                        == 1));
  }

  int endSessions(long userId) {
    return Calls.write(
        "sessions of user " + userId,
        "",
        () -> jdbi.withHandle(h -> deleteSessions(h, userId, null)));
  }

  /** Deletes the user's sessions but the one with hash {@code keep} (none when null). */
  static int deleteSessions(Handle h, long userId, String keep) {
    if (keep == null) {
      return h.createUpdate("DELETE FROM sessions WHERE user_id = :u").bind("u", userId).execute();
    }
    return h.createUpdate("DELETE FROM sessions WHERE user_id = :u AND id_hash <> :k")
        .bind("u", userId)
        .bind("k", keep)
        .execute();
  }

  ApiToken createUserApiToken(
      long userId, String name, String tokenHash, Function<? super ApiToken, NewAuditEntry> audit) {
    String where = "API token " + name + " of user " + userId;
    Require.text(where, "name", name);
    Require.hash(where, tokenHash);
    long now = clock.millis();
    return Calls.write(
        where,
        "a token with this hash is already stored",
        () ->
            jdbi.inTransaction(
                h -> {
                  h.createUpdate(
                          "INSERT INTO api_tokens (token_hash, name, role, created_at,"
                              + " user_id) VALUES (:h, :n, 'user', :c, :u)")
                      .bind("h", tokenHash)
                      .bind("n", name)
                      .bind("c", now)
                      .bind("u", userId)
                      .execute();
                  long id =
                      h.createQuery("SELECT id FROM api_tokens WHERE token_hash = :h")
                          .bind("h", tokenHash)
                          .mapTo(Long.class)
                          .one();
                  ApiToken token =
                      new ApiToken(id, name, "user", Instant.ofEpochMilli(now), null, userId);
                  AuditLog.appendIn(h, clock, audit, token);
                  return token;
                }));
  }

  List<ApiToken> userApiTokens(long userId) {
    return Calls.read(
        () ->
            jdbi.withHandle(
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
                        .list()));
  }

  boolean revokeUserApiToken(
      long userId, long tokenId, Function<? super Boolean, NewAuditEntry> audit) {
    long now = clock.millis();
    return Calls.write(
        "API token " + tokenId,
        "",
        () ->
            jdbi.inTransaction(
                h -> {
                  boolean revoked =
                      h.createUpdate(
                                  "UPDATE api_tokens SET revoked_at = :t"
                                      + " WHERE id = :id AND user_id = :u AND revoked_at IS NULL")
                              .bind("t", now)
                              .bind("id", tokenId)
                              .bind("u", userId)
                              .execute()
                          == 1;
                  if (revoked) {
                    AuditLog.appendIn(h, clock, audit, true);
                  }
                  return revoked;
                }));
  }
}
