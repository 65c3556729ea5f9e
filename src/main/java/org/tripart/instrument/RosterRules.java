package org.tripart.instrument;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.tripart.ErrorCode;
import org.tripart.instrument.Drafts.ItemDraft;
import org.tripart.instrument.Drafts.Located;
import org.tripart.instrument.Drafts.OptionDraft;
import org.tripart.instrument.Drafts.RosterDraft;

/**
 * The rules of partner rosters: only roster items have a roster block; its sectors are 1 to 3
 * different ones; its max is 1 to {@link Roster#MAX_PARTNERS}; its tie questions have a type a tie
 * can have, no {@code when} (on the tie or its options), and ids unique across all the instrument's
 * rosters, never {@code id} or {@code other} and never an item's id (the ties file has one column
 * per tie). Each tie is otherwise checked like an item. One instance checks one draft; not
 * thread-safe.
 */
final class RosterRules {
  /** The types a tie question may have. */
  static final Set<ItemType> TIE_TYPES =
      EnumSet.of(
          ItemType.SINGLE,
          ItemType.MULTIPLE,
          ItemType.YES_NO,
          ItemType.LIKERT,
          ItemType.INTEGER,
          ItemType.DECIMAL,
          ItemType.TEXT,
          ItemType.DATE);

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Set<String> RESERVED =
      Set.of("id", "other", "item", "position", "partner", "respondent_id", "record_id");

  private final YamlNodes nodes;
  private final List<ItemDraft> items;
  private final Map<String, Integer> indexById;
  private final Consumer<ItemDraft> likeAnItem;
  private final Map<String, ItemDraft> tiesById = new HashMap<>();

  /**
   * @param likeAnItem checks a tie's options, ranges and keys as those of an item are checked
   */
  RosterRules(
      YamlNodes nodes,
      List<ItemDraft> items,
      Map<String, Integer> indexById,
      Consumer<ItemDraft> likeAnItem) {
    this.nodes = nodes;
    this.items = items;
    this.indexById = indexById;
    this.likeAnItem = likeAnItem;
  }

  void check(ItemDraft item) {
    RosterDraft roster = item.roster();
    if (roster == null) {
      return;
    }
    if (item.type() != null && item.type() != ItemType.ROSTER) {
      nodes.report(
          ErrorCode.NOT_FOR_ITEM_TYPE,
          roster.location(),
          item.id(),
          "roster is only for roster items, not " + item.type().fileName() + " items");
      return;
    }
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    for (Located<Sector> s : roster.sectors()) {
      if (!sectors.add(s.value())) {
        report(s.at(), item, "roster sector " + s.value().fileName() + " is listed twice");
      }
    }
    Located<Integer> max = roster.max();
    if (max != null && max.value() < 1) {
      report(max.at(), item, "roster max " + max.value() + " is below 1");
    } else if (max != null && max.value() > Roster.MAX_PARTNERS) {
      report(max.at(), item, "roster max " + max.value() + " is above " + Roster.MAX_PARTNERS);
    }
    for (ItemDraft tie : roster.ties()) {
      tie(item, tie);
    }
  }

  private void tie(ItemDraft roster, ItemDraft tie) {
    String id = RosterDraft.tieId(tie.id());
    String what = "tie question '" + id + "'";
    if (id != null && !ID.matcher(id).matches()) {
      nodes.report(
          ErrorCode.INVALID_IDENTIFIER,
          tie.location(),
          tie.id(),
          "tie id '" + id + "' must be lower-case letters, digits and _, starting with a letter");
    } else if (id != null && RESERVED.contains(id)) {
      nodes.report(
          ErrorCode.DUPLICATE_TIE,
          tie.location(),
          tie.id(),
          "tie id '"
              + id
              + "' is reserved: a partner's register id and typed-in name are 'id'"
              + " and 'other', and the ties file's columns are respondent_id, item, position,"
              + " partner and other");
    } else if (id != null && indexById.containsKey(id)) {
      nodes.report(
          ErrorCode.DUPLICATE_TIE,
          tie.location(),
          tie.id(),
          "tie id '"
              + id
              + "' is also an item's id (line "
              + items.get(indexById.get(id)).location().line()
              + "); tie ids name the columns of the ties file and must differ from item ids");
    } else if (id != null && tiesById.putIfAbsent(id, tie) != null) {
      nodes.report(
          ErrorCode.DUPLICATE_TIE,
          tie.location(),
          tie.id(),
          "tie id '"
              + id
              + "' is defined twice in the instrument's rosters (first at line "
              + tiesById.get(id).location().line()
              + ")");
    }
    if (tie.type() != null && !TIE_TYPES.contains(tie.type())) {
      nodes.report(
          ErrorCode.ROSTER_TIE,
          tie.location(),
          tie.id(),
          what
              + " is "
              + tie.type().fileName()
              + "; a tie is single, multiple, yesno, likert, integer, decimal, text or date");
      return;
    }
    if (tie.roster() != null) {
      nodes.report(
          ErrorCode.NOT_FOR_ITEM_TYPE,
          tie.roster().location(),
          tie.id(),
          "roster is only for roster items, not tie questions");
    }
    if (tie.when() != null) {
      nodes.report(
          ErrorCode.ROSTER_TIE,
          tie.when().at(),
          tie.id(),
          what + " has a when; tie questions are asked of every partner named, remove it");
    }
    for (OptionDraft o : tie.options() == null ? List.<OptionDraft>of() : tie.options()) {
      if (o.when() != null) {
        nodes.report(
            ErrorCode.ROSTER_TIE,
            o.when().at(),
            tie.id(),
            what + " option " + o.code() + " has a when; options of tie questions take none");
      }
    }
    likeAnItem.accept(tie);
  }

  /** The roster whose tie question has this id, or null when no roster asks one. */
  static String rosterOfTie(List<ItemDraft> items, String tieId) {
    Set<String> seen = new HashSet<>();
    for (ItemDraft item : items) {
      if (item.roster() != null && item.id() != null && seen.add(item.id())) {
        for (ItemDraft tie : item.roster().ties()) {
          if (tieId.equals(RosterDraft.tieId(tie.id()))) {
            return item.id();
          }
        }
      }
    }
    return null;
  }

  private void report(SourceLocation at, ItemDraft item, String message) {
    nodes.report(ErrorCode.ROSTER_BLOCK, at, item.id(), message);
  }
}
