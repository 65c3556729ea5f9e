package org.tripart.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Keeps every study that has an enabled owner with one: the checks a membership change or a user's
 * disabling runs inside its transaction before it writes. An owner who is disabled counts for
 * nothing, since it cannot act. On PostgreSQL the studies concerned are locked first ({@code FOR
 * UPDATE}, in id order), so two concurrent changes cannot each take away one of the last two
 * owners; on SQLite every write transaction is immediate and so already alone. Stateless.
 */
final class Owners {
  private static final String OTHER_OWNER =
      "SELECT 1 FROM memberships o JOIN users ou ON ou.id = o.user_id WHERE o.study_id = %s"
          + " AND o.role = 'OWNER' AND o.user_id <> :u AND NOT ou.disabled";

  private Owners() {}

  /**
   * Refuses, before anything is written, a change that takes the user's place as an enabled owner
   * of {@code study} (removal or another role) when no other enabled owner is left.
   */
  static void requireAnother(Handle h, Vendor vendor, long userId, String study, String where) {
    if (vendor == Vendor.POSTGRESQL) {
      h.createQuery("SELECT id FROM studies WHERE id = :s FOR UPDATE")
          .bind("s", study)
          .mapTo(String.class)
          .list();
    }
    boolean enabledOwner =
        h.createQuery(
                    "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id"
                        + " WHERE m.user_id = :u AND m.study_id = :s AND m.role = 'OWNER'"
                        + " AND NOT u.disabled")
                .bind("u", userId)
                .bind("s", study)
                .mapTo(Long.class)
                .one()
            > 0;
    if (!enabledOwner) {
      return;
    }
    boolean another =
        h.createQuery("SELECT COUNT(*) FROM (" + OTHER_OWNER.formatted(":s") + ") x")
                .bind("u", userId)
                .bind("s", study)
                .mapTo(Long.class)
                .one()
            > 0;
    if (!another) {
      throw new LastOwnerException(where, List.of(study));
    }
  }

  /**
   * Refuses, before anything is written, disabling a user who is the only enabled owner of a study;
   * the exception names every such study.
   */
  static void requireOthersFor(Handle h, Vendor vendor, long userId, String where) {
    String owned = "SELECT study_id FROM memberships WHERE user_id = :u AND role = 'OWNER'";
    if (vendor == Vendor.POSTGRESQL) {
      h.createQuery("SELECT id FROM studies WHERE id IN (" + owned + ") ORDER BY id FOR UPDATE")
          .bind("u", userId)
          .mapTo(String.class)
          .list();
    }
    List<String> alone =
        h.createQuery(
                "SELECT m.study_id FROM memberships m WHERE m.user_id = :u AND m.role = 'OWNER'"
                    + " AND NOT EXISTS ("
                    + OTHER_OWNER.formatted("m.study_id")
                    + ") ORDER BY m.study_id")
            .bind("u", userId)
            .mapTo(String.class)
            .list();
    if (!alone.isEmpty()) {
      throw new LastOwnerException(where, alone);
    }
  }
}
