package org.tripart.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The audit log: rows are appended, alone or inside the transaction of the change they record
 * ({@link #appendIn}), and read per study; the database refuses to update or delete them (triggers
 * of the migrations). Thread-safe.
 */
final class AuditLog {
  private static final String WHERE = "audit entry";

  private final Jdbi jdbi;
  private final Clock clock;

  AuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Appends one row in a transaction of its own. */
  AuditEntry append(NewAuditEntry e) {
    if (e == null) {
      throw new InvalidRecordException(WHERE, "the entry is missing");
    }
    String detailJson = check(e);
    long now = clock.millis();
    return Calls.write(WHERE, "", () -> jdbi.withHandle(h -> insert(h, now, e, detailJson)));
  }

  /**
   * Appends the row {@code audit} makes of {@code result} on {@code h}, inside the caller's
   * transaction, so that a row that cannot be written rolls the change back with it; nothing when
   * the function gives null.
   */
  static <R> void appendIn(
      Handle h, Clock clock, Function<? super R, NewAuditEntry> audit, R result) {
    NewAuditEntry e = audit.apply(result);
    if (e != null) {
      insert(h, clock.millis(), e, check(e));
    }
  }

  /** The entry's detail as stored ({@code {}} for none), after checking the required fields. */
  private static String check(NewAuditEntry e) {
    Require.text(WHERE, "actor", e.actor());
    Require.text(WHERE, "action", e.action());
    return e.detailJson() == null
        ? "{}"
        : Json.requireObject(WHERE + " " + e.action(), "the detail", e.detailJson());
  }

  private static AuditEntry insert(Handle h, long now, NewAuditEntry e, String detailJson) {
    long id =
        h.createQuery(
                "INSERT INTO audit_log (at, actor, action, study_id, target, detail_json,"
                    + " ip, user_agent) VALUES (:at, :a, :x, :s, :t, :d, :ip, :ua) RETURNING id")
            .bind("at", now)
            .bind("a", e.actor())
            .bind("x", e.action())
            .bind("s", e.study())
            .bind("t", e.target())
            .bind("d", detailJson)
            .bind("ip", e.ip())
            .bind("ua", e.userAgent())
            .mapTo(Long.class)
            .one();
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

  List<AuditEntry> entries(String study) {
    return Calls.read(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT * FROM audit_log WHERE study_id = :s OR (study_id IS NULL AND ("
                                + "actor IN (SELECT 'user:' || user_id FROM memberships WHERE study_id = :s)"
                                + " OR target IN (SELECT u.email_key FROM users u JOIN memberships m"
                                + " ON m.user_id = u.id WHERE m.study_id = :s))) ORDER BY id")
                        .bind("s", study)
                        .map(AuditLog::auditEntry)
                        .list()));
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
}
