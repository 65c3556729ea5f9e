package org.tripart.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.tripart.ErrorCode;

/**
 * Replaces the registers of the sectors a list of organisations covers, in one transaction with its
 * audit row: organisations of those sectors are updated, added or removed to match the list; other
 * sectors are not touched. An organisation to be removed that an invitation or a stored response (a
 * partner's {@code "id"}) names, or a listed id stored under another sector, refuses the whole
 * replacement. Thread-safe.
 */
final class RegisterReplacement {
  /** The most ids a conflict message names. */
  private static final int SHOWN = 10;

  private final Jdbi jdbi;
  private final Clock clock;

  RegisterReplacement(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  RegisterChange replace(
      String study,
      List<Institution> institutions,
      Function<? super RegisterChange, NewAuditEntry> audit) {
    String where = "study " + study + " institutions";
    Require.text("institution replacement", "study", study);
    Registers.check(where, institutions);
    if (institutions.isEmpty()) {
      throw new InvalidRecordException(
          where, "no institution is given, so no sector's register would be replaced");
    }
    Set<String> sectors = new LinkedHashSet<>();
    for (String s : Institution.SECTORS) {
      if (institutions.stream().anyMatch(i -> i.sector().equals(s))) {
        sectors.add(s);
      }
    }
    return jdbi.inTransaction(
        handle -> {
          Registers.requireStudy(handle, study, where);
          Map<String, Institution> stored = new HashMap<>();
          for (Institution i : Queries.institutions(handle, study)) {
            stored.put(i.id(), i);
          }
          List<Institution> added = new ArrayList<>();
          List<Institution> updated = new ArrayList<>();
          Set<String> listed = new HashSet<>();
          for (int n = 0; n < institutions.size(); n++) {
            Institution row = institutions.get(n);
            listed.add(row.id());
            Institution old = stored.get(row.id());
            if (old == null) {
              added.add(row);
            } else if (!old.sector().equals(row.sector())) {
              throw new RegisterConflictException(
                  ErrorCode.REGISTER_SECTOR_CHANGE,
                  where + " #" + (n + 1) + " (" + row.id() + ")",
                  "the organisation is stored in the "
                      + old.sector()
                      + " register, not the "
                      + row.sector()
                      + " register; an organisation cannot move to another register, give it a"
                      + " new id");
            } else if (!old.equals(row)) {
              updated.add(row);
            }
          }
          Set<String> removed = new TreeSet<>();
          for (Institution old : stored.values()) {
            if (sectors.contains(old.sector()) && !listed.contains(old.id())) {
              removed.add(old.id());
            }
          }
          refuseRemovingNamed(handle, study, where, removed);
          for (String id : removed) {
            handle
                .createUpdate("DELETE FROM institutions WHERE study_id = :s AND id = :id")
                .bind("s", study)
                .bind("id", id)
                .execute();
          }
          for (Institution row : updated) {
            handle
                .createUpdate(
                    "UPDATE institutions SET name = :name, province_code = :p, tier = :tier,"
                        + " type = :type, names_json = :names WHERE study_id = :s AND id = :id")
                .bind("name", row.name())
                .bind("p", row.provinceCode())
                .bind("tier", row.tier())
                .bind("type", row.type())
                .bind("names", Json.names(row.names()))
                .bind("s", study)
                .bind("id", row.id())
                .execute();
          }
          Registers.insert(handle, study, added);
          RegisterChange change =
              new RegisterChange(
                  List.copyOf(sectors),
                  added.size(),
                  updated.size(),
                  institutions.size() - added.size() - updated.size(),
                  removed.size());
          AuditLog.appendIn(handle, clock, audit, change);
          return change;
        });
  }

  private static void refuseRemovingNamed(
      Handle handle, String study, String where, Set<String> removed) {
    if (removed.isEmpty()) {
      return;
    }
    Set<String> invited =
        new TreeSet<>(
            handle
                .createQuery(
                    "SELECT DISTINCT institution_id FROM invitations"
                        + " WHERE study_id = :s AND institution_id IS NOT NULL")
                .bind("s", study)
                .mapTo(String.class)
                .list());
    invited.retainAll(removed);
    if (!invited.isEmpty()) {
      throw inUse(where, invited, "invitations are addressed to them");
    }
    Set<String> named = new HashSet<>();
    try (var answers =
        handle
            .createQuery("SELECT answers_json FROM responses WHERE study_id = :s")
            .bind("s", study)
            .mapTo(String.class)
            .stream()) {
      answers.forEach(json -> Json.collectIds(json, named));
    }
    Set<String> partners = new TreeSet<>(removed);
    partners.retainAll(named);
    if (!partners.isEmpty()) {
      throw inUse(where, partners, "stored responses name them as partners");
    }
  }

  private static RegisterConflictException inUse(String where, Set<String> ids, String why) {
    List<String> shown = new ArrayList<>(ids).subList(0, Math.min(SHOWN, ids.size()));
    String list =
        String.join(", ", shown)
            + (ids.size() > SHOWN ? " and " + (ids.size() - SHOWN) + " more" : "");
    return new RegisterConflictException(
        ErrorCode.REGISTER_IN_USE,
        where,
        ids.size()
            + (ids.size() == 1 ? " organisation" : " organisations")
            + " the new register no longer lists cannot be removed because "
            + why
            + ": "
            + list
            + "; list them again (they may be corrected) and nothing else changes");
  }
}
