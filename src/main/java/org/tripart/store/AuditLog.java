package org.tripart.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The audit log: rows are appended, each committed on its own, and read per study; the database
 * refuses to update or delete them (triggers of the migrations). Thread-safe.
 */
final class AuditLog {
  private final Jdbi jdbi;
  private final Clock clock;

  AuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  AuditEntry append(NewAuditEntry e) {
    String where = "audit entry";
    if (e == null) {
      throw new InvalidRecordException(where, "the entry is missing");
    }
    Require.text(where, "actor", e.actor());
    Require.text(where, "action", e.action());
    String detailJson =
        e.detailJson() == null
            ? "{}"
            : Json.requireObject(where + " " + e.action(), "the detail", e.detailJson());
    long now = clock.millis();
    long id =
        Calls.write(
            where,
            "",
            () ->
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
                            .one()));
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
