package org.tripart.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The accounts part of the store: users, their passwords and memberships. Checks every value before
 * it writes; each write is one transaction, with its audit row when it is given one, and no
 * membership change or disabling leaves a study without an enabled owner ({@link Owners}).
 * Thread-safe.
 */
final class Accounts {
  private static final String MEMBER_COLUMNS =
      "SELECT m.user_id, u.email, u.display_name, m.study_id, m.role FROM memberships m"
          + " JOIN users u ON u.id = m.user_id";

  private final Vendor vendor;
  private final Jdbi jdbi;
  private final Clock clock;

  Accounts(Vendor vendor, Jdbi jdbi, Clock clock) {
    this.vendor = vendor;
    this.jdbi = jdbi;
    this.clock = clock;
  }

  static String emailKey(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  StoredUser createUser(
      String email,
      String displayName,
      String passwordHash,
      Function<? super StoredUser, NewAuditEntry> audit) {
    String where = "user " + email;
    Require.text(where, "email", email);
    if (!email.contains("@") || email.strip().length() > 254) {
      throw new InvalidRecordException(where, "the email must contain '@' and be at most 254 long");
    }
    Require.text(where, "display name", displayName);
    Require.text(where, "password hash", passwordHash);
    long now = clock.millis();
    return Calls.write(
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
                  long id =
                      h.createQuery("SELECT id FROM users WHERE email_key = :k")
                          .bind("k", emailKey(email))
                          .mapTo(Long.class)
                          .one();
                  StoredUser user =
                      new StoredUser(
                          id,
                          email.strip(),
                          displayName,
                          passwordHash,
                          Instant.ofEpochMilli(now),
                          false);
                  AuditLog.appendIn(h, clock, audit, user);
                  return user;
                }));
  }

  Optional<StoredUser> user(String column, Object value) {
    return Calls.read(() -> jdbi.withHandle(h -> user(h, column, value)));
  }

  private static Optional<StoredUser> user(Handle h, String column, Object value) {
    return h.createQuery("SELECT * FROM users WHERE " + column + " = :v")
        .bind("v", value)
        .map(Accounts::mapUser)
        .findOne();
  }

  Optional<UserStatusChange> setDisabled(
      long userId, boolean disabled, Function<? super UserStatusChange, NewAuditEntry> audit) {
    String where = "user " + userId;
    return Calls.write(
        where,
        "",
        () ->
            jdbi.inTransaction(
                h -> {
                  Optional<StoredUser> before = user(h, "id", userId);
                  if (before.isEmpty()) {
                    return Optional.<UserStatusChange>empty();
                  }
                  if (disabled) {
                    Owners.requireOthersFor(h, vendor, userId, where);
                  }
                  h.createUpdate("UPDATE users SET disabled = :d WHERE id = :id")
                      .bind("d", disabled)
                      .bind("id", userId)
                      .execute();
                  int ended = disabled ? Credentials.deleteSessions(h, userId, null) : 0;
                  UserStatusChange change = new UserStatusChange(before.get(), disabled, ended);
                  AuditLog.appendIn(h, clock, audit, change);
                  return Optional.of(change);
                }));
  }

  boolean changePassword(
      long userId,
      String passwordHash,
      String keepSessionHash,
      Function<? super Boolean, NewAuditEntry> audit) {
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
                  AuditLog.appendIn(h, clock, audit, true);
                  return true;
                }));
  }

  Optional<StudyRole> setMembership(
      long userId,
      String study,
      StudyRole role,
      Function<? super Optional<StudyRole>, NewAuditEntry> audit) {
    String where = "membership of user " + userId + " in study " + study;
    Require.text(where, "study", study);
    if (role == null) {
      throw new InvalidRecordException(where, "the role is missing");
    }
    return Calls.write(
        where,
        "",
        () ->
            jdbi.inTransaction(
                h -> {
                  Registers.requireStudy(h, study, where);
                  if (h.createQuery("SELECT COUNT(*) FROM users WHERE id = :u")
                          .bind("u", userId)
                          .mapTo(Long.class)
                          .one()
                      == 0) {
                    throw new UnknownRecordException(where, "user " + userId + " is not stored");
                  }
                  if (role != StudyRole.OWNER) {
                    Owners.requireAnother(h, vendor, userId, study, "study " + study);
                  }
                  Optional<StudyRole> before = role(h, userId, study);
                  if (before.isPresent()) {
                    h.createUpdate(
                            "UPDATE memberships SET role = :r"
                                + " WHERE user_id = :u AND study_id = :s")
                        .bind("r", role.name())
                        .bind("u", userId)
                        .bind("s", study)
                        .execute();
                  } else {
                    h.createUpdate(
                            "INSERT INTO memberships (user_id, study_id, role)"
                                + " VALUES (:u, :s, :r)")
                        .bind("r", role.name())
                        .bind("u", userId)
                        .bind("s", study)
                        .execute();
                  }
                  AuditLog.appendIn(h, clock, audit, before);
                  return before;
                }));
  }

  Optional<StudyRole> removeMembership(
      long userId, String study, Function<? super StudyRole, NewAuditEntry> audit) {
    String where = "membership of user " + userId + " in study " + study;
    return Calls.write(
        where,
        "",
        () ->
            jdbi.inTransaction(
                h -> {
                  Owners.requireAnother(h, vendor, userId, study, "study " + study);
                  Optional<StudyRole> before = role(h, userId, study);
                  if (before.isEmpty()) {
                    return before;
                  }
                  h.createUpdate("DELETE FROM memberships WHERE user_id = :u AND study_id = :s")
                      .bind("u", userId)
                      .bind("s", study)
                      .execute();
                  AuditLog.appendIn(h, clock, audit, before.get());
                  return before;
                }));
  }

  Optional<StudyRole> role(long userId, String study) {
    return Calls.read(() -> jdbi.withHandle(h -> role(h, userId, study)));
  }

  private static Optional<StudyRole> role(Handle h, long userId, String study) {
    return h.createQuery("SELECT role FROM memberships WHERE user_id = :u AND study_id = :s")
        .bind("u", userId)
        .bind("s", study)
        .mapTo(String.class)
        .findOne()
        .map(StudyRole::valueOf);
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
