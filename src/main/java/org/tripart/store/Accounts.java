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

/**
 * The accounts part of the store: users, their passwords and memberships. Checks every value before
 * it writes; each write is one transaction. Thread-safe.
 */
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
    String where = "user " + email;
    Require.text(where, "email", email);
    if (!email.contains("@") || email.strip().length() > 254) {
      throw new InvalidRecordException(where, "the email must contain '@' and be at most 254 long");
    }
    Require.text(where, "display name", displayName);
    Require.text(where, "password hash", passwordHash);
    long now = clock.millis();
    long id =
        Calls.write(
            where,
            "a user with this email (ignoring case) is already stored",
            () ->
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
                    }));
    return new StoredUser(
        id, email.strip(), displayName, passwordHash, Instant.ofEpochMilli(now), false);
  }

  Optional<StoredUser> user(String column, Object value) {
    return Calls.read(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery("SELECT * FROM users WHERE " + column + " = :v")
                        .bind("v", value)
                        .map(Accounts::mapUser)
                        .findOne()));
  }

  boolean setDisabled(long userId, boolean disabled) {
    return Calls.write(
        "user " + userId,
        "",
        () ->
            jdbi.withHandle(
                h ->
                    h.createUpdate("UPDATE users SET disabled = :d WHERE id = :id")
                            .bind("d", disabled)
                            .bind("id", userId)
                            .execute()
                        == 1));
  }

  boolean changePassword(long userId, String passwordHash, String keepSessionHash) {
    String where = "password of user " + userId;
    Require.text(where, "password hash", passwordHash);
    return Calls.write(
        where,
        "",
        () ->
            jdbi.inTransaction(
                h -> {
                  int changed =
                      h.createUpdate("UPDATE users SET password_hash = :p WHERE id = :id")
                          .bind("p", passwordHash)
                          .bind("id", userId)
                          .execute();
                  if (changed == 0) {
                    return false;
                  }
                  Credentials.deleteSessions(h, userId, keepSessionHash);
                  return true;
                }));
  }

  void setMembership(long userId, String study, StudyRole role) {
    String where = "membership of user " + userId + " in study " + study;
    Require.text(where, "study", study);
    if (role == null) {
      throw new InvalidRecordException(where, "the role is missing");
    }
    Calls.execute(
        where,
        "",
        () ->
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
                              "UPDATE memberships SET role = :r"
                                  + " WHERE user_id = :u AND study_id = :s")
                          .bind("r", role.name())
                          .bind("u", userId)
                          .bind("s", study)
                          .execute();
                  if (changed == 0) {
                    h.createUpdate(
                            "INSERT INTO memberships (user_id, study_id, role)"
                                + " VALUES (:u, :s, :r)")
                        .bind("r", role.name())
                        .bind("u", userId)
                        .bind("s", study)
                        .execute();
                  }
                }));
  }

  boolean removeMembership(long userId, String study) {
    return Calls.write(
        "membership of user " + userId + " in study " + study,
        "",
        () ->
            jdbi.withHandle(
                h ->
                    h.createUpdate("DELETE FROM memberships WHERE user_id = :u AND study_id = :s")
                            .bind("u", userId)
                            .bind("s", study)
                            .execute()
                        == 1));
  }

  Optional<StudyRole> role(long userId, String study) {
    return Calls.read(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT role FROM memberships WHERE user_id = :u AND study_id = :s")
                        .bind("u", userId)
                        .bind("s", study)
                        .mapTo(String.class)
                        .findOne()
                        .map(StudyRole::valueOf)));
  }

  List<Membership> members(String column, Object value) {
    return Calls.read(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            MEMBER_COLUMNS
                                + " WHERE "
                                + column
                                + " = :v ORDER BY u.email_key, m.study_id")
                        .bind("v", value)
                        .map(
                            (rs, ctx) ->
                                new Membership(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    StudyRole.valueOf(rs.getString(5))))
                        .list()));
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
