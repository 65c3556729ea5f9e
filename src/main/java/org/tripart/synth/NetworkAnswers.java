package org.tripart.synth;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.dataset.MultiColumn;
import org.tripart.dataset.NumericColumn;
import org.tripart.dataset.TextColumn;
import org.tripart.dataset.Ties;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Partner;

/**
 * Writes a synthetic network into a dataset: the respondents' own organisations into the
 * institution item, and into each roster column the number of partners the ties name. The roster's
 * skip logic is read from the dataset with the organisations written in. Stateless.
 */
final class NetworkAnswers {
  private NetworkAnswers() {}

  static Dataset write(Dataset data, Map<String, String> organisations, Ties ties) {
    Instrument instrument = data.instrument();
    if (ties.instrument() != instrument) {
      throw new IllegalArgumentException(
          "the ties are of instrument " + ties.instrument().id() + ", not " + instrument.id());
    }
    Map<String, Integer> rows = new HashMap<>();
    for (int r = 0; r < data.size(); r++) {
      rows.put(data.respondentIds().get(r), r);
    }
    for (String respondent : organisations.keySet()) {
      row(rows, respondent, instrument);
    }
    for (String respondent : ties.respondents()) {
      row(rows, respondent, instrument);
    }
    Item own =
        instrument.items().stream()
            .filter(i -> i.type() == ItemType.INSTITUTION)
            .findFirst()
            .orElse(null);
    if (own == null && !organisations.isEmpty()) {
      throw new IllegalArgumentException(
          "instrument " + instrument.id() + " has no institution item for the organisations");
    }
    String[] ownOfRow = new String[data.size()];
    organisations.forEach((respondent, id) -> ownOfRow[rows.get(respondent)] = id);
    Dataset placed = copy(data, own, ownOfRow, Map.of());
    Map<String, double[]> counts = new HashMap<>();
    for (Item roster : instrument.items()) {
      if (roster.type() != ItemType.ROSTER) {
        continue;
      }
      double[] n = new double[data.size()];
      java.util.Arrays.fill(n, Double.NaN);
      BitSet applies = placed.applicableRows(roster.id());
      applies.stream().forEach(r -> n[r] = 0);
      for (Map.Entry<String, List<Partner>> e : ties.partnersByRespondent(roster.id()).entrySet()) {
        int r = rows.get(e.getKey());
        int named = e.getValue().size();
        if (!applies.get(r)) {
          throw new IllegalArgumentException(
              "respondent "
                  + e.getKey()
                  + " names partners in roster "
                  + roster.id()
                  + ", which does not apply to it");
        }
        if (named > roster.roster().max()) {
          throw new IllegalArgumentException(
              "respondent "
                  + e.getKey()
                  + " names "
                  + named
                  + " partners in roster "
                  + roster.id()
                  + ", more than its max of "
                  + roster.roster().max());
        }
        n[r] = named;
      }
      counts.put(roster.id(), n);
    }
    return copy(placed, null, null, counts);
  }

  private static int row(Map<String, Integer> rows, String respondent, Instrument instrument) {
    Integer r = rows.get(respondent);
    if (r == null) {
      throw new IllegalArgumentException(
          "respondent " + respondent + " is not in the responses to " + instrument.id());
    }
    return r;
  }

  /** A copy of {@code data} with the own item's and the given numeric columns' values replaced. */
  private static Dataset copy(
      Dataset data, Item own, String[] ownOfRow, Map<String, double[]> numbers) {
    DatasetBuilder b = new DatasetBuilder(data.instrument(), data.size());
    data.respondentIds().forEach(b::addRow);
    for (Column column : data.columns().values()) {
      Item item = column.item();
      int c = b.itemIndex(item.id());
      double[] replaced = numbers.get(item.id());
      for (int r = 0; r < data.size(); r++) {
        if (item == own) {
          String id = ownOfRow[r] != null ? ownOfRow[r] : ((TextColumn) column).value(r);
          if (id != null) {
            b.setText(r, c, id);
          }
        } else if (replaced != null) {
          if (!Double.isNaN(replaced[r])) {
            b.setNumber(r, c, replaced[r]);
          }
        } else {
          copyCell(b, column, r, c);
        }
      }
    }
    return b.provenance(data.provenance()).build();
  }

  private static void copyCell(DatasetBuilder b, Column column, int r, int c) {
    if (column instanceof CodedColumn coded) {
      if (coded.code(r) >= 0) {
        b.setChoice(r, c, coded.code(r));
      }
    } else if (column instanceof MultiColumn multi) {
      if (multi.answered(r)) {
        b.setAnswered(r, c);
        for (int o = 0; o < column.item().options().size(); o++) {
          if (multi.selected(r, o)) {
            b.setSelected(r, c, o, true);
          }
        }
      }
    } else if (column instanceof NumericColumn numeric) {
      if (!Double.isNaN(numeric.value(r))) {
        b.setNumber(r, c, numeric.value(r));
      }
    } else if (column instanceof TextColumn text && text.value(r) != null) {
      b.setText(r, c, text.value(r));
    }
  }
}
