package org.tripart.synth;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;

/**
 * The answers generated so far, one cell per respondent and item, readable by skip logic while
 * later items are generated. Blank cells read as null. Not thread-safe.
 */
final class Responses {
  private final List<Item> items;
  private final Map<String, Integer> index = new HashMap<>();
  private final int size;
  private final int[][] codes;
  private final BitSet[] answered;
  private final BitSet[][] ticks;
  private final double[][] numbers;
  private final String[][] texts;

  Responses(Instrument instrument, int size) {
    this.items = instrument.items();
    this.size = size;
    int n = items.size();
    codes = new int[n][];
    answered = new BitSet[n];
    ticks = new BitSet[n][];
    numbers = new double[n][];
    texts = new String[n][];
    for (int i = 0; i < n; i++) {
      Item item = items.get(i);
      index.put(item.id(), i);
      switch (item.type()) {
        case MULTIPLE -> {
          answered[i] = new BitSet(size);
          ticks[i] = new BitSet[item.options().size()];
          for (int o = 0; o < ticks[i].length; o++) {
            ticks[i][o] = new BitSet(size);
          }
        }
        case NOTE -> {}
        case INTEGER, DECIMAL, CALCULATED, ROSTER -> {
          numbers[i] = new double[size];
          java.util.Arrays.fill(numbers[i], Double.NaN);
        }
        case TEXT, DATE, INSTITUTION -> texts[i] = new String[size];
        default -> {
          codes[i] = new int[size];
          java.util.Arrays.fill(codes[i], -1);
        }
      }
    }
  }

  int size() {
    return size;
  }

  int position(String itemId) {
    return index.get(itemId);
  }

  /** The rows to which the item applies, given the answers so far. */
  BitSet applicable(Item item) {
    BitSet rows = new BitSet(size);
    if (item.when() == null) {
      rows.set(0, size);
      return rows;
    }
    for (int r = 0; r < size; r++) {
      final int row = r;
      if (item.when().test(id -> answer(row, id))) {
        rows.set(r);
      }
    }
    return rows;
  }

  Answer answer(int row, String itemId) {
    Integer i = index.get(itemId);
    if (i == null) {
      return null;
    }
    Item item = items.get(i);
    if (codes[i] != null) {
      int c = codes[i][row];
      return c < 0 ? null : new Answer.Choice(item.options().get(c).code());
    }
    if (answered[i] != null) {
      if (!answered[i].get(row)) {
        return null;
      }
      Set<String> chosen = new LinkedHashSet<>();
      for (int o = 0; o < ticks[i].length; o++) {
        if (ticks[i][o].get(row)) {
          chosen.add(item.options().get(o).code());
        }
      }
      return new Answer.Choices(chosen);
    }
    if (numbers[i] != null) {
      double v = numbers[i][row];
      return Double.isNaN(v) ? null : new Answer.Number(v);
    }
    if (texts[i] == null) {
      return null;
    }
    String t = texts[i][row];
    return t == null ? null : new Answer.Text(t);
  }

  /** The option index chosen in a coded cell, -1 when blank. */
  int code(int item, int row) {
    return codes[item][row];
  }

  void setCode(int item, int row, int option) {
    codes[item][row] = option;
  }

  boolean isAnswered(int item, int row) {
    return answered[item].get(row);
  }

  boolean ticked(int item, int row, int option) {
    return ticks[item][option].get(row);
  }

  void tick(int item, int row, int option) {
    answered[item].set(row);
    ticks[item][option].set(row);
  }

  void untick(int item, int row, int option) {
    ticks[item][option].clear(row);
  }

  void markAnswered(int item, int row) {
    answered[item].set(row);
  }

  double number(int item, int row) {
    return numbers[item][row];
  }

  void setNumber(int item, int row, double value) {
    numbers[item][row] = value;
  }

  void setText(int item, int row, String value) {
    texts[item][row] = value;
  }

  /** True when the cell holds an answer. */
  boolean filled(int item, int row) {
    return answer(row, items.get(item).id()) != null;
  }

  Dataset toDataset(Instrument instrument, List<String> ids, String provenance) {
    DatasetBuilder b = new DatasetBuilder(instrument, size).provenance(provenance);
    for (String id : ids) {
      b.addRow(id);
    }
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).type().hasData()) {
        continue;
      }
      int c = b.itemIndex(items.get(i).id());
      for (int r = 0; r < size; r++) {
        if (codes[i] != null && codes[i][r] >= 0) {
          b.setChoice(r, c, codes[i][r]);
        } else if (answered[i] != null && answered[i].get(r)) {
          b.setAnswered(r, c);
          for (int o = 0; o < ticks[i].length; o++) {
            if (ticks[i][o].get(r)) {
              b.setSelected(r, c, o, true);
            }
          }
        } else if (numbers[i] != null && !Double.isNaN(numbers[i][r])) {
          b.setNumber(r, c, numbers[i][r]);
        } else if (texts[i] != null && texts[i][r] != null) {
          b.setText(r, c, texts[i][r]);
        }
      }
    }
    return b.build();
  }
}
