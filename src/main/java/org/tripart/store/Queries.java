package org.tripart.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The read-only queries: lookups by hash, fieldwork counts, and the analysis stream. */
final class Queries {
  private static final int FETCH_SIZE = 500;

  private Queries() {}

  static List<Institution> institutions(Jdbi jdbi, String study) {
    return jdbi.withHandle(h -> institutions(h, study));
  }

  static List<Institution> institutions(Handle h, String study) {
    return h.createQuery(
            "SELECT id, name, province_code, tier, type, sector, names_json"
                + " FROM institutions WHERE study_id = :s ORDER BY id")
        .bind("s", study)
        .map(Queries::institution)
        .list();
  }

  private static Institution institution(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new Institution(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("province_code"),
        rs.getString("tier"),
        rs.getString("type"),
        rs.getString("sector"),
        Json.namesOf(rs.getString("names_json")));
  }

  static Optional<Invitation> invitation(Jdbi jdbi, String column, String value) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, study_id, group_id, institution_id, batch_id, token_hash,"
                        + " created_at, expires_at, status FROM invitations WHERE "
                        + column
                        + " = :v")
                .bind("v", value)
                .map(
                    (rs, ctx) -> {
                      long expires = rs.getLong("expires_at");
                      boolean never = rs.wasNull();
                      return new Invitation(
                          rs.getString("id"),
                          rs.getString("study_id"),
                          rs.getString("group_id"),
                          rs.getString("institution_id"),
                          rs.getString("batch_id"),
                          rs.getString("token_hash"),
                          Instant.ofEpochMilli(rs.getLong("created_at")),
                          never ? null : Instant.ofEpochMilli(expires),
                          InvitationStatus.valueOf(rs.getString("status").toUpperCase()));
                    })
                .findOne());
  }

  static List<FieldworkCount> counts(Jdbi jdbi, String study, CountDimension by) {
    String key;
    switch (by) {
      case GROUP:
        key = "i.group_id";
        break;
      case PROVINCE:
        key = "s.province_code";
        break;
      case TIER:
        key = "s.tier";
        break;
      default:
        throw new IllegalArgumentException("unknown dimension " + by);
    }
    String sql =
        "SELECT "
            + key
            + " AS k, COUNT(*) AS invited, COUNT(r.id) AS started,"
            + " COUNT(r.submitted_at) AS completed"
            + " FROM invitations i"
            + " LEFT JOIN institutions s ON s.study_id = i.study_id AND s.id = i.institution_id"
            + " LEFT JOIN responses r ON r.invitation_id = i.id"
            + " WHERE i.study_id = :study"
            + " GROUP BY "
            + key
            + " ORDER BY ("
            + key
            + " IS NULL), "
            + key;
    return jdbi.withHandle(
        h ->
            h.createQuery(sql)
                .bind("study", study)
                .map(
                    (rs, ctx) ->
                        new FieldworkCount(
                            rs.getString("k"),
                            rs.getLong("invited"),
                            rs.getLong("started"),
                            rs.getLong("completed")))
                .list());
  }

  /**
   * Streams lazily: on PostgreSQL inside a read-only transaction so that the driver fetches in
   * pages; on SQLite without one, since a transaction there would take the write lock.
   */
  static Stream<StoredResponse> finalResponses(
      Jdbi jdbi, Vendor vendor, String study, String group) {
    Handle handle = jdbi.open();
    try {
      if (vendor == Vendor.POSTGRESQL) {
        handle.begin();
      }
      return handle
          .createQuery(
              "SELECT "
                  + Responses.COLUMNS
                  + " FROM responses WHERE study_id = :s AND group_id = :g"
                  + " AND submitted_at IS NOT NULL ORDER BY submitted_at, id")
          .bind("s", study)
          .bind("g", group)
          .setFetchSize(FETCH_SIZE)
          .map(Responses::map)
          .stream()
          .onClose(
              () -> {
                if (handle.isInTransaction()) {
                  handle.rollback();
                }
                handle.close();
              });
    } catch (RuntimeException e) {
      handle.close();
      throw e;
    }
  }

  static Optional<ApiToken> activeApiToken(Jdbi jdbi, String tokenHash) {
    return jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT id, name, role, created_at, token_hash, user_id FROM api_tokens"
                            + " WHERE token_hash = :h AND revoked_at IS NULL")
                    .bind("h", tokenHash)
                    .map(
                        (rs, ctx) ->
                            new Object[] {
                              new ApiToken(
                                  rs.getLong("id"),
                                  rs.getString("name"),
                                  rs.getString("role"),
                                  Instant.ofEpochMilli(rs.getLong("created_at")),
                                  null,
                                  userId(rs)),
                              rs.getString("token_hash")
                            })
                    .findOne())
        .filter(row -> TokenHashes.matches((String) row[1], tokenHash))
        .map(row -> (ApiToken) row[0]);
  }

  private static Long userId(java.sql.ResultSet rs) throws java.sql.SQLException {
    long id = rs.getLong("user_id");
    return rs.wasNull() ? null : id;
  }
}
