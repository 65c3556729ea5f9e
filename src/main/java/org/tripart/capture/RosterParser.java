package org.tripart.capture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Item;
import org.tripart.instrument.Partner;
import org.tripart.instrument.Roster;
import org.tripart.instrument.Sector;

/**
 * Turns the raw value of a roster item, a list of entries {@code {"id": ..., "other": ..., TIE:
 * ...}}, into {@link Answer.Partners}, checking every entry: its shape, its partner against the
 * directory and the roster (sector, not named twice, not the respondent's own organisation, at most
 * {@code max}), and its tie answers as items are checked (a required tie question unanswered for a
 * partner named is refused, except in drafts). Problems name the item and the entry's 1-based
 * position in the list as sent. Rules in {@code validation.md}. Immutable; thread-safe when its
 * directory is.
 */
final class RosterParser {
  /** The longest name of a partner typed in, in Unicode code points. */
  static final int MAX_OTHER_LENGTH = 200;

  private final PartnerDirectory directory;
  private final boolean keepIncomplete;

  /**
   * @param keepIncomplete true for drafts: an entry with tie answers but no partner yet is left out
   *     instead of refused
   */
  RosterParser(PartnerDirectory directory, boolean keepIncomplete) {
    this.directory = directory;
    this.keepIncomplete = keepIncomplete;
  }

  /**
   * The partners named, or null when none is or any entry has a problem (then reported).
   *
   * @param own the register id of the respondent's own organisation, null when not known
   */
  Answer parse(
      Item item, Object value, String own, InstrumentIndex index, List<Violation> violations) {
    if (!(value instanceof Collection<?> entries)) {
      violations.add(
          new Violation(item.id(), ViolationKind.WRONG_TYPE, Messages.wrongType(item.type())));
      return null;
    }
    Entries out = new Entries(item, violations);
    int position = 0;
    for (Object entry : entries) {
      position++;
      if (entry == null) {
        continue;
      }
      if (!(entry instanceof Map<?, ?> map)) {
        out.add(position, null, ViolationKind.WRONG_TYPE, Messages.wrongType(item.type()));
        continue;
      }
      int named = out.named;
      Partner partner = entry(item, map, position, own, index, out);
      if (partner != null) {
        out.partners.add(partner);
      }
      if (out.named > named && out.named == item.roster().max() + 1) {
        out.add(
            position,
            null,
            ViolationKind.TOO_MANY_PARTNERS,
            Messages.tooManyPartners(item.roster().max()));
      }
    }
    return out.ok && !out.partners.isEmpty() ? new Answer.Partners(out.partners) : null;
  }

  private Partner entry(
      Item item, Map<?, ?> map, int position, String own, InstrumentIndex index, Entries out) {
    Roster roster = item.roster();
    int before = out.violations.size();
    String id = null;
    String other = null;
    boolean tied = false;
    Map<String, Answer> ties = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object raw = e.getValue();
      if (key.equals("id")) {
        id = SubmissionParser.isBlank(raw) ? null : SubmissionParser.code(raw);
        if (!SubmissionParser.isBlank(raw) && id == null) {
          out.add(position, null, ViolationKind.WRONG_TYPE, Messages.wrongType(item.type()));
        }
        id = id == null ? null : id.strip();
      } else if (key.equals("other")) {
        if (raw != null && !(raw instanceof String)) {
          out.add(position, null, ViolationKind.WRONG_TYPE, Messages.wrongType(item.type()));
        } else if (raw != null && !((String) raw).isBlank()) {
          other = ((String) raw).strip();
        }
      } else if (roster.tie(key).isEmpty()) {
        out.add(position, null, ViolationKind.UNKNOWN_TIE, Messages.unknownTie(key));
      } else if (!SubmissionParser.isBlank(raw)) {
        tied = true;
      }
    }
    for (Item tie : roster.ties()) {
      Object raw = map.get(tie.id());
      if (SubmissionParser.isBlank(raw)) {
        continue;
      }
      List<Violation> problems = new ArrayList<>();
      Answer answer = SubmissionParser.parseValue(tie, raw, index, problems);
      for (Violation v : problems) {
        out.add(position, tie.id(), v.kind(), v.message());
      }
      if (answer != null) {
        ties.put(tie.id(), answer);
      }
    }
    if (id == null && other == null) {
      if (tied && !keepIncomplete) {
        out.add(position, null, ViolationKind.TIE_WITHOUT_PARTNER, Messages.tieWithoutPartner());
      }
      return null;
    }
    out.named++;
    if (!keepIncomplete) {
      for (Item tie : roster.ties()) {
        if (tie.required() && !ties.containsKey(tie.id()) && !answeredWrongly(tie, map)) {
          out.add(position, tie.id(), ViolationKind.REQUIRED, Messages.required(tie));
        }
      }
    }
    if (id != null && other != null) {
      out.add(position, null, ViolationKind.ID_AND_OTHER, Messages.idAndOther());
    } else if (other != null) {
      other(item, other, position, out);
    } else {
      listed(item, id, own, position, out);
    }
    if (out.violations.size() > before) {
      return null;
    }
    return id != null ? new Partner(id, null, ties) : new Partner(null, other, ties);
  }

  /** Whether the entry gives the tie a value that was refused (already reported). */
  private static boolean answeredWrongly(Item tie, Map<?, ?> map) {
    return !SubmissionParser.isBlank(map.get(tie.id()));
  }

  private static void other(Item item, String other, int position, Entries out) {
    int length = other.codePointCount(0, other.length());
    if (!item.roster().other()) {
      out.add(position, null, ViolationKind.OTHER_NOT_ALLOWED, Messages.otherNotAllowed());
    } else if (length > MAX_OTHER_LENGTH) {
      out.add(position, null, ViolationKind.TOO_LONG, Messages.tooLong(MAX_OTHER_LENGTH, length));
    } else {
      out.once(position, "other:" + normalised(other));
    }
  }

  private void listed(Item item, String id, String own, int position, Entries out) {
    Optional<Sector> sector = directory.sectorOf(id);
    if (sector.isEmpty()) {
      out.add(position, null, ViolationKind.UNKNOWN_PARTNER, Messages.unknownPartner(id));
    } else if (!item.roster().sectors().contains(sector.get())) {
      out.add(
          position,
          null,
          ViolationKind.PARTNER_SECTOR,
          Messages.partnerSector(sector.get(), item.roster().sectors()));
    } else if (id.equals(own)) {
      out.add(position, null, ViolationKind.OWN_ORGANISATION, Messages.ownOrganisation());
    } else {
      out.once(position, "id:" + id);
    }
  }

  /** A typed-in name as compared for duplicates: without case and without any white space. */
  static String normalised(String name) {
    return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  /** What one roster value has produced so far. */
  private static final class Entries {
    final Item item;
    final List<Violation> violations;
    final List<Partner> partners = new ArrayList<>();
    final Map<String, Integer> firstAt = new HashMap<>();
    int named;
    boolean ok = true;

    Entries(Item item, List<Violation> violations) {
      this.item = item;
      this.violations = violations;
    }

    void add(int position, String tie, ViolationKind kind, org.tripart.instrument.LocalizedText m) {
      violations.add(new Violation(item.id(), kind, Messages.at(item.id(), position, tie, m)));
      ok = false;
    }

    /** Reports a partner already named at an earlier position. */
    void once(int position, String key) {
      Integer first = firstAt.putIfAbsent(key, position);
      if (first != null) {
        add(
            position,
            null,
            ViolationKind.DUPLICATE_PARTNER,
            Messages.duplicatePartner(item.id(), first));
      }
    }
  }
}
