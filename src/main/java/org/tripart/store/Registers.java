package org.tripart.store;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The writes of the registers: institutions and invitation batches, each all or nothing in one
 * transaction with every row checked before the first is written, and API tokens. Thread-safe.
 */
final class Registers {
  private final Jdbi jdbi;
  private final Clock clock;

  Registers(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  int importInstitutions(
      String study,
      List<Institution> institutions,
      Function<? super Integer, NewAuditEntry> audit) {
    String where = "study " + study + " institutions";
    Require.text("institution import", "study", study);
    check(where, institutions);
    return jdbi.inTransaction(
        handle -> {
          requireStudy(handle, study, where);
          Set<String> stored = institutionIds(handle, study);
          for (int i = 0; i < institutions.size(); i++) {
            if (stored.contains(institutions.get(i).id())) {
              throw new DuplicateRecordException(
                  where + " #" + (i + 1) + " (" + institutions.get(i).id() + ")",
                  "the institution is already in the register");
            }
          }
          insert(handle, study, institutions);
          AuditLog.appendIn(handle, clock, audit, institutions.size());
          return institutions.size();
        });
  }

  int createInvitations(
      String study,
      String group,
      String batchId,
      List<NewInvitation> invitations,
      Function<? super Integer, NewAuditEntry> audit) {
    String where = "study " + study + " batch " + batchId;
    Require.text(where, "study", study);
    Require.text(where, "group", group);
    Require.text(where, "batch id", batchId);
    Set<String> ids = new HashSet<>();
    Set<String> hashes = new HashSet<>();
    for (int i = 0; i < invitations.size(); i++) {
      NewInvitation row = invitations.get(i);
      String at = where + " invitation #" + (i + 1);
      if (row == null) {
        throw new InvalidRecordException(at, "the invitation is missing");
      }
      Require.text(at, "id", row.id());
      at = at + " (" + row.id() + ")";
      Require.hash(at, row.tokenHash());
      if (row.institutionId() != null) {
        Require.text(at, "institution id", row.institutionId());
      }
      if (!ids.add(row.id())) {
        throw new DuplicateRecordException(at, "the invitation id is given twice");
      }
      if (!hashes.add(row.tokenHash())) {
        throw new DuplicateRecordException(at, "the token hash is given twice");
      }
    }
    long now = clock.millis();
    try {
      return jdbi.inTransaction(
          handle -> {
            requireStudy(handle, study, where);
            Set<String> institutionIds = institutionIds(handle, study);
            for (int i = 0; i < invitations.size(); i++) {
              NewInvitation row = invitations.get(i);
              if (row.institutionId() != null && !institutionIds.contains(row.institutionId())) {
                throw new UnknownRecordException(
                    where + " invitation #" + (i + 1) + " (" + row.id() + ")",
                    "institution " + row.institutionId() + " is not in the study's register");
              }
            }
            handle
                .createUpdate(
                    "INSERT INTO invitation_batches (study_id, id, group_id, created_at)"
                        + " VALUES (:s, :id, :g, :t)")
                .bind("s", study)
                .bind("id", batchId)
                .bind("g", group)
                .bind("t", now)
                .execute();
            PreparedBatch batch =
                handle.prepareBatch(
                    "INSERT INTO invitations (id, study_id, group_id, institution_id, batch_id,"
                        + " token_hash, created_at, expires_at, status)"
                        + " VALUES (:id, :s, :g, :inst, :b, :h, :t, :e, 'invited')");
            for (NewInvitation row : invitations) {
              Instant expires = row.expires();
              batch
                  .bind("id", row.id())
                  .bind("s", study)
                  .bind("g", group)
                  .bind("inst", row.institutionId())
                  .bind("b", batchId)
                  .bind("h", row.tokenHash())
                  .bind("t", now)
                  .bind("e", expires == null ? null : expires.toEpochMilli())
                  .add();
            }
            if (!invitations.isEmpty()) {
              batch.execute();
            }
            AuditLog.appendIn(handle, clock, audit, invitations.size());
            return invitations.size();
          });
    } catch (RuntimeException e) {
      if (Failures.isUniqueViolation(e)) {
        throw new DuplicateRecordException(
            where, "the batch, an invitation id or a token hash is already stored");
      }
      throw e;
    }
  }

  ApiToken createApiToken(String name, String role, String tokenHash) {
    String where = "API token " + name;
    Require.text(where, "name", name);
    Require.text(where, "role", role);
    Require.hash(where, tokenHash);
    long now = clock.millis();
    long id =
        Calls.write(
            where,
            "a token with this hash is already stored",
            () ->
                jdbi.inTransaction(
                    h -> {
                      h.createUpdate(
                              "INSERT INTO api_tokens (token_hash, name, role, created_at)"
                                  + " VALUES (:h, :n, :r, :c)")
                          .bind("h", tokenHash)
                          .bind("n", name)
                          .bind("r", role)
                          .bind("c", now)
                          .execute();
                      return h.createQuery("SELECT id FROM api_tokens WHERE token_hash = :h")
                          .bind("h", tokenHash)
                          .mapTo(Long.class)
                          .one();
                    }));
    return new ApiToken(id, name, role, Instant.ofEpochMilli(now), null);
  }

  boolean revokeApiToken(long id, long now) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "UPDATE api_tokens SET revoked_at = :t WHERE id = :id AND revoked_at IS NULL")
                    .bind("t", now)
                    .bind("id", id)
                    .execute()
                == 1);
  }

  /**
   * Checks every row before anything is written: no row missing, no blank field, a known sector,
   * names per language not blank, no id given twice.
   */
  static void check(String where, List<Institution> institutions) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < institutions.size(); i++) {
      Institution row = institutions.get(i);
      String at = where + " #" + (i + 1);
      if (row == null) {
        throw new InvalidRecordException(at, "the institution is missing");
      }
      Require.text(at, "id", row.id());
      at = at + " (" + row.id() + ")";
      Require.text(at, "name", row.name());
      Require.text(at, "province code", row.provinceCode());
      Require.text(at, "tier", row.tier());
      Require.text(at, "type", row.type());
      if (!Institution.SECTORS.contains(row.sector())) {
        throw new InvalidRecordException(
            at, "the sector must be one of " + Institution.SECTORS + ", not " + row.sector());
      }
      for (Map.Entry<String, String> n : row.names().entrySet()) {
        Require.text(at, "language of a name", n.getKey());
        Require.text(at, "name in " + n.getKey(), n.getValue());
      }
      if (!ids.add(row.id())) {
        throw new DuplicateRecordException(at, "the institution id is given twice");
      }
    }
  }

  static void insert(Handle handle, String study, List<Institution> institutions) {
    if (institutions.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO institutions"
                + " (study_id, id, name, province_code, tier, type, sector, names_json)"
                + " VALUES (:s, :id, :name, :p, :tier, :type, :sector, :names)");
    for (Institution row : institutions) {
      batch
          .bind("s", study)
          .bind("id", row.id())
          .bind("name", row.name())
          .bind("p", row.provinceCode())
          .bind("tier", row.tier())
          .bind("type", row.type())
          .bind("sector", row.sector())
          .bind("names", Json.names(row.names()))
          .add();
    }
    batch.execute();
  }

  static void requireStudy(Handle handle, String study, String where) {
    long found =
        handle
            .createQuery("SELECT COUNT(*) FROM studies WHERE id = :id")
            .bind("id", study)
            .mapTo(Long.class)
            .one();
    if (found == 0) {
      throw new UnknownRecordException(where, "study " + study + " is not stored");
    }
  }

  private static Set<String> institutionIds(Handle handle, String study) {
    return new HashSet<>(
        handle
            .createQuery("SELECT id FROM institutions WHERE study_id = :s")
            .bind("s", study)
            .mapTo(String.class)
            .list());
  }
}
