package org.tripart.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Partner;

/**
 * The partners respondents named in the partner rosters of one instrument, each with its tie
 * answers: what the ties file beside a responses file holds (see {@code csv-layout.md}). The
 * responses {@link Dataset} holds, per roster item, only the number of partners named. Rows are
 * kept in respondent, item and position order. Immutable and thread-safe.
 */
public final class Ties {
  /**
   * One partner named by one respondent.
   *
   * @param respondentId the respondent, as in the responses, never null
   * @param itemId the roster item, never null
   * @param position the partner's 1-based place in the respondent's roster
   * @param partner the organisation named (or typed in) and the tie answers, never null
   */
  public record Row(String respondentId, String itemId, int position, Partner partner) {
    public Row {
      Objects.requireNonNull(respondentId, "respondentId");
      Objects.requireNonNull(itemId, "itemId");
      Objects.requireNonNull(partner, "partner");
    }
  }

  private final Instrument instrument;
  private final List<Row> rows;
  private final Map<String, Map<String, List<Partner>>> byRespondent = new LinkedHashMap<>();

  private Ties(Instrument instrument, List<Row> rows) {
    this.instrument = instrument;
    this.rows = rows;
    for (Row r : rows) {
      byRespondent
          .computeIfAbsent(r.respondentId(), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.itemId(), k -> new ArrayList<>())
          .add(r.partner());
    }
  }

  /** No partners named. */
  public static Ties none(Instrument instrument) {
    return new Ties(Objects.requireNonNull(instrument, "instrument"), List.of());
  }

  /**
   * The ties of {@code rows}, sorted by respondent (in the order respondents first appear), item
   * (in instrument order) and position. Rows are taken as they are: the ties file reader and the
   * store checked them.
   *
   * @throws IllegalArgumentException when a row names an item that is not a roster of {@code
   *     instrument}
   */
  public static Ties of(Instrument instrument, List<Row> rows) {
    Map<String, Integer> order = new LinkedHashMap<>();
    List<String> rosters = rosterIds(instrument);
    for (Row r : rows) {
      if (!rosters.contains(r.itemId())) {
        throw new IllegalArgumentException(
            "item " + r.itemId() + " is not a partner roster of instrument " + instrument.id());
      }
      order.putIfAbsent(r.respondentId(), order.size());
    }
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparingInt((Row r) -> order.get(r.respondentId()))
            .thenComparingInt(r -> rosters.indexOf(r.itemId()))
            .thenComparingInt(Row::position));
    return new Ties(instrument, List.copyOf(sorted));
  }

  /** The ids of the instrument's roster items, in instrument order. */
  static List<String> rosterIds(Instrument instrument) {
    return instrument.items().stream()
        .filter(i -> i.type() == ItemType.ROSTER)
        .map(Item::id)
        .toList();
  }

  public Instrument instrument() {
    return instrument;
  }

  /** Every row, in respondent, item and position order. */
  public List<Row> rows() {
    return rows;
  }

  /** The rows of one roster item. */
  public List<Row> rows(String itemId) {
    return rows.stream().filter(r -> r.itemId().equals(itemId)).toList();
  }

  /** The partners each respondent named in one roster, in position order; respondents in order. */
  public Map<String, List<Partner>> partnersByRespondent(String itemId) {
    Map<String, List<Partner>> out = new LinkedHashMap<>();
    for (Row r : rows) {
      if (r.itemId().equals(itemId)) {
        out.computeIfAbsent(r.respondentId(), k -> new ArrayList<>()).add(r.partner());
      }
    }
    return out;
  }

  /** The partners of one respondent, by roster item in instrument order. */
  public Map<String, List<Partner>> partnersOf(String respondentId) {
    Map<String, List<Partner>> of = byRespondent.get(respondentId);
    return of == null ? Map.of() : Collections.unmodifiableMap(of);
  }

  /** The respondents who named at least one partner, in order. */
  public java.util.Set<String> respondents() {
    return Collections.unmodifiableSet(byRespondent.keySet());
  }

  public int size() {
    return rows.size();
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
