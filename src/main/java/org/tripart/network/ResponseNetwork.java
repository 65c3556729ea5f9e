package org.tripart.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.Ties;
import org.tripart.fieldwork.Institution;
import org.tripart.fieldwork.OrganisationDirectory;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Partner;

/**
 * The collaboration network of a study's responses: every group's responses with the ties file of
 * its rosters, and the study's registers. Rules (also in {@code network.md}):
 *
 * <ul>
 *   <li>A respondent's own organisation is its answer to the instrument's institution item (the
 *       first one, whose sector says which register it is from). A respondent without one (no such
 *       item, or left blank) cannot be placed: its partners are counted in {@link
 *       Inputs#unplacedPartners()} and left out.
 *   <li>Nodes are the organisations of respondents the roster applied to (whether or not they named
 *       a partner: one that named none is an isolate) and every organisation named as a partner, in
 *       the registers' id order.
 *   <li>A listed partner is a nomination; a partner typed in is kept as an {@link UnmatchedPartner}
 *       for the researcher to match, never a node.
 *   <li>A tie's kinds are the answers to the roster's tie question {@code kind}, or its first
 *       multiple-choice tie question when none is called so.
 *   <li>Respondent ids are made unique across groups as {@code group/id}.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class ResponseNetwork {
  /** The tie question whose answers are a tie's kinds when a roster has one of this id. */
  public static final String KIND = "kind";

  /**
   * One group's responses and ties.
   *
   * @param group the stakeholder group, which prefixes respondent ids
   * @param responses the responses; roster columns hold the number of partners named
   * @param ties the partners named; its instrument is the responses'
   */
  public record Group(String group, Dataset responses, Ties ties) {
    public Group {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(responses, "responses");
      Objects.requireNonNull(ties, "ties");
    }
  }

  /**
   * What went in, for a report's notes.
   *
   * @param respondents respondents of instruments with a roster
   * @param asked respondents to whom a roster applied
   * @param naming respondents who named at least one partner
   * @param listedPartners partners named from the registers
   * @param typedPartners partners typed in, not in the registers
   * @param unplacedPartners partners of respondents whose own organisation is not known
   */
  public record Inputs(
      long respondents,
      long asked,
      long naming,
      long listedPartners,
      long typedPartners,
      long unplacedPartners) {}

  /** A network with what went into it. */
  public record Result(Network network, Inputs inputs) {}

  private ResponseNetwork() {}

  /**
   * The network of {@code groups} over {@code registers}.
   *
   * @throws TripartException TRP-1156 naming the respondent, item and position when a partner is
   *     not in the registers or is in a register its roster does not offer, TRP-1101 when a
   *     respondent names its own organisation, TRP-1100 when a respondent's own organisation is not
   *     in the registers
   */
  public static Result build(List<Group> groups, OrganisationDirectory registers) {
    Set<String> nodeIds = new LinkedHashSet<>();
    List<Nomination> nominations = new ArrayList<>();
    List<UnmatchedPartner> unmatched = new ArrayList<>();
    long respondents = 0;
    long asked = 0;
    long naming = 0;
    long listed = 0;
    long typed = 0;
    long unplaced = 0;
    for (Group g : groups) {
      Instrument instrument = g.responses().instrument();
      List<Item> rosters =
          instrument.items().stream().filter(i -> i.type() == ItemType.ROSTER).toList();
      if (rosters.isEmpty()) {
        continue;
      }
      Optional<Item> own =
          instrument.items().stream().filter(i -> i.type() == ItemType.INSTITUTION).findFirst();
      Dataset data = g.responses();
      Column ownColumn = own.map(i -> data.column(i.id())).orElse(null);
      Map<String, java.util.BitSet> applies = new LinkedHashMap<>();
      for (Item r : rosters) {
        applies.put(r.id(), data.applicableRows(r.id()));
      }
      for (int row = 0; row < data.size(); row++) {
        respondents++;
        String id = data.respondentIds().get(row);
        String respondent = g.group() + "/" + id;
        String ego = ownColumn == null ? null : text(ownColumn.answer(row));
        Map<String, List<Partner>> named = g.ties().partnersOf(id);
        final int r = row;
        boolean wasAsked = applies.values().stream().anyMatch(b -> b.get(r));
        if (wasAsked) {
          asked++;
        }
        if (!named.isEmpty()) {
          naming++;
        }
        if (ego == null) {
          unplaced += named.values().stream().mapToLong(List::size).sum();
          continue;
        }
        Institution egoOrg = registers.find(ego).orElse(null);
        if (egoOrg == null) {
          throw new TripartException(
              ErrorCode.NETWORK_UNKNOWN_ORGANISATION,
              g.group() + " respondent " + id + " item " + own.get().id(),
              "the own organisation '" + ego + "' is not an organisation of the registers");
        }
        if (wasAsked || !named.isEmpty()) {
          nodeIds.add(ego);
        }
        for (Item roster : rosters) {
          List<Partner> partners = named.getOrDefault(roster.id(), List.of());
          String kindTie = kindTie(roster);
          for (int p = 0; p < partners.size(); p++) {
            Partner partner = partners.get(p);
            String where =
                g.group() + " respondent " + id + " item " + roster.id() + " position " + (p + 1);
            if (partner.isOther()) {
              typed++;
              unmatched.add(new UnmatchedPartner(respondent, ego, partner.other()));
              continue;
            }
            Institution alter = registers.find(partner.id()).orElse(null);
            if (alter == null) {
              throw new TripartException(
                  ErrorCode.TIES_REGISTER,
                  where,
                  "partner '" + partner.id() + "' is not an organisation of the registers");
            }
            if (!roster.roster().sectors().contains(alter.sector())) {
              throw new TripartException(
                  ErrorCode.TIES_REGISTER,
                  where,
                  "partner '"
                      + partner.id()
                      + "' is a "
                      + alter.sector().fileName()
                      + "; the roster offers "
                      + roster.roster().sectors().stream().map(s -> s.fileName()).toList());
            }
            if (alter.id().equals(ego)) {
              throw new TripartException(
                  ErrorCode.NETWORK_SELF_NOMINATION,
                  where,
                  "names its own organisation " + ego + " as a partner");
            }
            listed++;
            nodeIds.add(alter.id());
            nominations.add(new Nomination(respondent, ego, alter.id(), kinds(partner, kindTie)));
          }
        }
      }
    }
    List<Organisation> organisations = new ArrayList<>();
    for (Institution i : registers.all()) {
      if (nodeIds.contains(i.id())) {
        organisations.add(organisation(i));
      }
    }
    Network network = NetworkBuilder.build(organisations, nominations, unmatched);
    return new Result(network, new Inputs(respondents, asked, naming, listed, typed, unplaced));
  }

  /** A register entry as a node. */
  public static Organisation organisation(Institution i) {
    return new Organisation(i.id(), i.name(), i.sector(), i.provinceCode(), i.tier());
  }

  /** The id of the tie question whose answers are kinds, or null when the roster has none. */
  static String kindTie(Item roster) {
    List<Item> ties = roster.roster().ties();
    for (Item t : ties) {
      if (t.id().equals(KIND)) {
        return t.id();
      }
    }
    for (Item t : ties) {
      if (t.type() == ItemType.MULTIPLE) {
        return t.id();
      }
    }
    return null;
  }

  private static Set<String> kinds(Partner partner, String kindTie) {
    if (kindTie == null) {
      return Set.of();
    }
    Answer a = partner.ties().get(kindTie);
    if (a instanceof Answer.Choices c) {
      return c.codes();
    }
    if (a instanceof Answer.Choice c) {
      return Set.of(c.code());
    }
    return Set.of();
  }

  private static String text(Answer a) {
    return a instanceof Answer.Text t && !t.value().isBlank() ? t.value().strip() : null;
  }
}
