package org.tripart.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;

/**
 * Fills a {@link Dataset} row by row or cell by cell. Rows are created by {@link #addRow(String)};
 * every cell starts blank. Every item but notes has a column (a calculated item a numeric one); a
 * note has none, so {@link #itemIndex} refuses its id. Not thread-safe; {@link #build()} may be
 * called once.
 */
public final class DatasetBuilder {
  private final Instrument instrument;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Item> items;
  private final List<String> ids = new ArrayList<>();
  private String provenance = "";
  private int size;
  private int capacity;
  private final short[][] codes;
  private final double[][] numbers;
  private final int[][] texts;
  private final List<Map<String, Integer>> dictionaries = new ArrayList<>();
  private final BitSet[] answered;
  private final BitSet[][] selected;

  public DatasetBuilder(Instrument instrument, int expectedRows) {
    this.instrument = instrument;
    this.items = dataItems(instrument);
    this.capacity = Math.max(16, expectedRows);
    int n = items.size();
    codes = new short[n][];
    numbers = new double[n][];
    texts = new int[n][];
    answered = new BitSet[n];
    selected = new BitSet[n][];
    for (int i = 0; i < n; i++) {
      Item item = items.get(i);
      index.put(item.id(), i);
      dictionaries.add(null);
      switch (item.type()) {
        case MULTIPLE -> {
          answered[i] = new BitSet(capacity);
          selected[i] = new BitSet[item.options().size()];
          for (int o = 0; o < selected[i].length; o++) {
            selected[i][o] = new BitSet(capacity);
          }
        }
        case INTEGER, DECIMAL, CALCULATED, ROSTER -> {
          numbers[i] = new double[capacity];
          Arrays.fill(numbers[i], Double.NaN);
        }
        case TEXT, DATE, INSTITUTION -> {
          texts[i] = new int[capacity];
          Arrays.fill(texts[i], TextColumn.BLANK);
          dictionaries.set(i, new LinkedHashMap<>());
        }
        default -> {
          codes[i] = new short[capacity];
          Arrays.fill(codes[i], CodedColumn.BLANK);
        }
      }
    }
  }

  /**
   * The items that have a column, in instrument order: every item but notes, which are only shown
   * and hold no data.
   */
  static List<Item> dataItems(Instrument instrument) {
    return instrument.items().stream().filter(i -> i.type().hasData()).toList();
  }

  /** Sets the provenance shown beside results; start it with {@code SYNTHETIC} for made-up data. */
  public DatasetBuilder provenance(String provenance) {
    this.provenance = provenance;
    return this;
  }

  /** Adds a blank row and returns its number. {@code respondentId} may be null. */
  public int addRow(String respondentId) {
    if (size == capacity) {
      grow();
    }
    ids.add(respondentId == null ? Integer.toString(size + 1) : respondentId);
    return size++;
  }

  public int size() {
    return size;
  }

  /** The position of the item in the instrument; the fast way to address cells. */
  public int itemIndex(String itemId) {
    Integer i = index.get(itemId);
    if (i == null) {
      throw new org.tripart.instrument.UnknownItemException(instrument.id(), itemId);
    }
    return i;
  }

  /** Sets the chosen option (index into the item's options) of a single-choice cell. */
  public void setChoice(int row, int item, int option) {
    codes[item][row] = (short) option;
  }

  /** Marks a multiple-choice cell as answered, with nothing ticked yet. */
  public void setAnswered(int row, int item) {
    answered[item].set(row);
  }

  /** Ticks or unticks one option of a multiple-choice cell and marks the cell answered. */
  public void setSelected(int row, int item, int option, boolean ticked) {
    answered[item].set(row);
    selected[item][option].set(row, ticked);
  }

  public void setNumber(int row, int item, double value) {
    numbers[item][row] = value;
  }

  public void setText(int row, int item, String value) {
    if (value == null) {
      texts[item][row] = TextColumn.BLANK;
      return;
    }
    Map<String, Integer> dict = dictionaries.get(item);
    Integer id = dict.get(value);
    if (id == null) {
      id = dict.size();
      dict.put(value, id);
    }
    texts[item][row] = id;
  }

  /** The items that have a column (all but notes), in column order: item {@code i} is index i. */
  public List<Item> items() {
    return items;
  }

  public ItemType type(int item) {
    return items.get(item).type();
  }

  public Item item(int item) {
    return items.get(item);
  }

  private void grow() {
    capacity = capacity * 2;
    for (int i = 0; i < items.size(); i++) {
      if (codes[i] != null) {
        int old = codes[i].length;
        codes[i] = Arrays.copyOf(codes[i], capacity);
        Arrays.fill(codes[i], old, capacity, CodedColumn.BLANK);
      }
      if (numbers[i] != null) {
        int old = numbers[i].length;
        numbers[i] = Arrays.copyOf(numbers[i], capacity);
        Arrays.fill(numbers[i], old, capacity, Double.NaN);
      }
      if (texts[i] != null) {
        int old = texts[i].length;
        texts[i] = Arrays.copyOf(texts[i], capacity);
        Arrays.fill(texts[i], old, capacity, TextColumn.BLANK);
      }
    }
  }

  public Dataset build() {
    Map<String, Column> columns = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Column c;
      if (answered[i] != null) {
        c = new MultiColumn(item, size, answered[i], selected[i]);
      } else if (numbers[i] != null) {
        c = new NumericColumn(item, Arrays.copyOf(numbers[i], size));
      } else if (texts[i] != null) {
        c =
            new TextColumn(
                item, Arrays.copyOf(texts[i], size), List.copyOf(dictionaries.get(i).keySet()));
      } else {
        c = new CodedColumn(item, Arrays.copyOf(codes[i], size));
      }
      columns.put(item.id(), c);
    }
    return new Dataset(instrument, size, ids, columns, provenance);
  }
}
