package org.tripart.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The studies part of the store: the study rows with their settings and the versions of each
 * group's instrument. Checks every value before it writes; each write is one transaction.
 * Thread-safe.
 */
final class Studies {
  private static final String STUDY_COLUMNS =
      "SELECT id, title_json, created_at, suppression_threshold FROM studies WHERE id = :id";

  private final Vendor vendor;
  private final Jdbi jdbi;
  private final Clock clock;

  Studies(Vendor vendor, Jdbi jdbi, Clock clock) {
    this.vendor = vendor;
    this.jdbi = jdbi;
    this.clock = clock;
  }

  StoredStudy create(String id, String titleJson, int threshold) {
    String where = "study " + id;
    Require.text(where, "id", id);
    Json.requireObject(where, "the title", titleJson);
    requireThreshold(where, threshold);
    Instant now = Instant.ofEpochMilli(clock.millis());
    Calls.execute(
        where,
        "the study is already stored",
        () ->
            jdbi.useHandle(
                h ->
                    h.createUpdate(
                            "INSERT INTO studies (id, title_json, created_at, suppression_threshold)"
                                + " VALUES (:id, :t, :c, :s)")
                        .bind("id", id)
                        .bind("t", titleJson)
                        .bind("c", now.toEpochMilli())
                        .bind("s", threshold)
                        .execute()));
    return new StoredStudy(id, titleJson, now, threshold);
  }

  Optional<StoredStudy> study(String id) {
    return Calls.read(() -> jdbi.withHandle(h -> select(h, id, "")));
  }

  StudyUpdate update(
      String id, StudyChange change, Function<? super StudyUpdate, NewAuditEntry> audit) {
    String where = "study " + id;
    Require.text(where, "id", id);
    if (change == null) {
      throw new InvalidRecordException(where, "the change is missing");
    }
    if (change.titleJson() != null) {
      Json.requireObject(where, "the title", change.titleJson());
    }
    if (change.suppressionThreshold() != null) {
      requireThreshold(where, change.suppressionThreshold());
    }
    String lock = vendor == Vendor.POSTGRESQL ? " FOR UPDATE" : "";
    return Calls.write(
        where,
        "",
        () ->
            jdbi.inTransaction(
                h -> {
                  StoredStudy before =
                      select(h, id, lock)
                          .orElseThrow(
                              () -> new UnknownRecordException(where, "the study is not stored"));
                  StoredStudy after =
                      new StoredStudy(
                          id,
                          change.titleJson() == null ? before.titleJson() : change.titleJson(),
                          before.created(),
                          change.suppressionThreshold() == null
                              ? before.suppressionThreshold()
                              : change.suppressionThreshold());
                  if (!after.equals(before)) {
                    h.createUpdate(
                            "UPDATE studies SET title_json = :t, suppression_threshold = :s"
                                + " WHERE id = :id")
                        .bind("t", after.titleJson())
                        .bind("s", after.suppressionThreshold())
                        .bind("id", id)
                        .execute();
                  }
                  StudyUpdate update = new StudyUpdate(before, after);
                  if (update.changed()) {
                    AuditLog.appendIn(h, clock, audit, update);
                  }
                  return update;
                }));
  }

  StoredInstrument addInstrument(
      String study,
      String group,
      String instrumentId,
      int version,
      String yamlSource,
      Function<? super StoredInstrument, NewAuditEntry> audit) {
    String where = "study " + study + " instrument " + instrumentId + " version " + version;
    Require.text(where, "study", study);
    Require.text(where, "group", group);
    Require.text(where, "instrument id", instrumentId);
    Require.text(where, "YAML source", yamlSource);
    Instant now = Instant.ofEpochMilli(clock.millis());
    StoredInstrument added =
        new StoredInstrument(study, group, instrumentId, version, yamlSource, now);
    Calls.execute(
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
                  AuditLog.appendIn(h, clock, audit, added);
                }));
    return added;
  }

  Optional<StoredInstrument> instrument(String study, String instrumentId, int version) {
    return Calls.read(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT * FROM instruments WHERE study_id = :s AND instrument_id = :i"
                                + " AND version = :v")
                        .bind("s", study)
                        .bind("i", instrumentId)
                        .bind("v", version)
                        .map(Studies::instrument)
                        .findOne()));
  }

  List<StoredInstrument> instruments(String study) {
    return Calls.read(
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT * FROM instruments WHERE study_id = :s"
                                + " ORDER BY group_id, instrument_id, version")
                        .bind("s", study)
                        .map(Studies::instrument)
                        .list()));
  }

  private static void requireThreshold(String where, int threshold) {
    if (!StoredStudy.isThreshold(threshold)) {
      throw new InvalidRecordException(
          where,
          "the suppression threshold must be from "
              + StoredStudy.MIN_THRESHOLD
              + " to "
              + StoredStudy.MAX_THRESHOLD
              + ", not "
              + threshold);
    }
  }

  private static Optional<StoredStudy> select(Handle h, String id, String lock) {
    return h.createQuery(STUDY_COLUMNS + lock)
        .bind("id", id)
        .map(
            (rs, ctx) ->
                new StoredStudy(
                    rs.getString(1),
                    rs.getString(2),
                    Instant.ofEpochMilli(rs.getLong(3)),
                    rs.getInt(4)))
        .findOne();
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
}
