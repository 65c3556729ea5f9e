package org.tripart.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.tripart.dataset.CsvHeader.Kind;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;

/**
 * Makes the {@link Dataset} that {@link CsvDatasetReader} reads from a file out of the file's
 * ranges as {@link CsvChunk} holds them, once the instrument and header are known: each range's
 * distinct values are decoded once (an option index, a checkbox state, a number, a text) and the
 * rows take their value's decoding, item by item on every core. A value the reader would refuse
 * (not an option, not 0/1 in a checkbox column, not a number in range) stops it with {@link
 * CsvChunk.NotPlain}, so that the reader itself reports it. Stateless and thread-safe.
 */
final class ChunkAssembly {
  /** Checkbox states: bit 0 answered, bit 1 ticked. */
  private static final byte BLANK = 0;

  private static final byte UNTICKED = 1;
  private static final byte TICKED = 3;

  private ChunkAssembly() {}

  /**
   * The data set, with the provenance {@link CsvDatasetReader} gives it ({@code provenance}, or the
   * file name, prefixed SYNTHETIC when a respondent id is).
   */
  static Dataset of(
      Instrument instrument, CsvHeader header, CsvChunk[] chunks, String file, String provenance) {
    int[] offset = new int[chunks.length + 1];
    for (int k = 0; k < chunks.length; k++) {
      offset[k + 1] = Math.addExact(offset[k], chunks[k].rows);
    }
    int size = offset[chunks.length];
    List<Item> items = DatasetBuilder.dataItems(instrument);
    List<List<Integer>> columnsOf = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      columnsOf.add(new ArrayList<>());
    }
    for (int c = 0; c < header.kinds.length; c++) {
      Kind kind = header.kinds[c];
      if (kind != Kind.ID && kind != Kind.IGNORED) {
        columnsOf.get(header.items[c]).add(c);
      }
    }
    Column[] columns = new Column[items.size()];
    IntStream.range(0, items.size())
        .parallel()
        .forEach(
            i -> columns[i] = column(items.get(i), columnsOf.get(i), header, chunks, offset, size));
    List<String> ids = new ArrayList<>(size);
    boolean synthetic = false;
    for (int k = 0; k < chunks.length; k++) {
      for (int r = 0; r < chunks[k].rows; r++) {
        String id = chunks[k].ids == null ? null : chunks[k].ids[r];
        if (id == null) {
          ids.add(Integer.toString(offset[k] + r + 1));
        } else {
          ids.add(id);
          synthetic |= id.startsWith(CsvDatasetReader.SYNTHETIC_ID_PREFIX);
        }
      }
    }
    String shown = provenance == null || provenance.isBlank() ? file : provenance;
    if (synthetic && !shown.startsWith("SYNTHETIC")) {
      shown = "SYNTHETIC " + shown;
    }
    Map<String, Column> byId = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      byId.put(items.get(i).id(), columns[i]);
    }
    return new Dataset(instrument, size, ids, byId, shown);
  }

  private static Column column(
      Item item,
      List<Integer> sources,
      CsvHeader header,
      CsvChunk[] chunks,
      int[] offset,
      int size) {
    switch (item.type()) {
      case MULTIPLE:
        return multiple(item, sources, header, chunks, offset, size);
      case INTEGER:
      case DECIMAL:
      case CALCULATED:
      case ROSTER:
        {
          double[] values = new double[size];
          Arrays.fill(values, Double.NaN);
          for (int c : sources) {
            boolean whole = header.kinds[c] == Kind.WHOLE_NUMBER;
            char[] scratch = new char[64];
            for (int k = 0; k < chunks.length; k++) {
              ChunkColumn col = chunks[k].columns[c];
              double[] decoded = new double[col.count() + 1];
              decoded[0] = Double.NaN;
              for (int v = 0; v < col.count(); v++) {
                decoded[v + 1] = number(col, v, item, whole, scratch);
              }
              col.decode(decoded, values, offset[k], chunks[k].rows);
            }
          }
          return new NumericColumn(item, values);
        }
      case TEXT:
      case DATE:
      case INSTITUTION:
        {
          int[] ids = new int[size];
          Arrays.fill(ids, TextColumn.BLANK);
          Map<String, Integer> dictionary = new LinkedHashMap<>();
          for (int c : sources) {
            for (int k = 0; k < chunks.length; k++) {
              ChunkColumn col = chunks[k].columns[c];
              int[] decoded = new int[col.count() + 1];
              decoded[0] = TextColumn.BLANK;
              for (int v = 0; v < col.count(); v++) {
                decoded[v + 1] = dictionary.computeIfAbsent(col.value(v), x -> dictionary.size());
              }
              col.decode(decoded, ids, offset[k], chunks[k].rows);
            }
          }
          return new TextColumn(item, ids, List.copyOf(dictionary.keySet()));
        }
      default:
        {
          short[] codes = new short[size];
          Arrays.fill(codes, CodedColumn.BLANK);
          char[] scratch = new char[64];
          for (int c : sources) {
            for (int k = 0; k < chunks.length; k++) {
              ChunkColumn col = chunks[k].columns[c];
              short[] decoded = new short[col.count() + 1];
              decoded[0] = CodedColumn.BLANK;
              for (int v = 0; v < col.count(); v++) {
                int length = col.chars(v, scratch);
                char[] value = scratch;
                if (length < 0) {
                  value = col.value(v).toCharArray();
                  length = value.length;
                }
                int o = header.tables[c].find(value, 0, length);
                if (o < 0) {
                  throw new CsvChunk.NotPlain("not an option");
                }
                decoded[v + 1] = (short) o;
              }
              col.decode(decoded, codes, offset[k], chunks[k].rows);
            }
          }
          return new CodedColumn(item, codes);
        }
    }
  }

  private static Column multiple(
      Item item,
      List<Integer> sources,
      CsvHeader header,
      CsvChunk[] chunks,
      int[] offset,
      int size) {
    long[] answered = new long[(size + 63) >>> 6];
    long[][] selected = new long[item.options().size()][answered.length];
    char[] one = new char[1];
    for (int c : sources) {
      long[] ticked = selected[header.options[c]];
      for (int k = 0; k < chunks.length; k++) {
        ChunkColumn col = chunks[k].columns[c];
        byte[] decoded = new byte[col.count() + 1];
        decoded[0] = BLANK;
        for (int v = 0; v < col.count(); v++) {
          char ch = col.chars(v, one) == 1 ? one[0] : ' ';
          if (ch != '0' && ch != '1') {
            throw new CsvChunk.NotPlain("not 0/1 in a checkbox column");
          }
          decoded[v + 1] = ch == '1' ? TICKED : UNTICKED;
        }
        col.orBits(decoded, answered, ticked, offset[k], chunks[k].rows);
      }
    }
    BitSet[] options = new BitSet[selected.length];
    for (int o = 0; o < options.length; o++) {
      options[o] = BitSet.valueOf(selected[o]);
    }
    return new MultiColumn(item, size, BitSet.valueOf(answered), options);
  }

  private static double number(ChunkColumn col, int v, Item item, boolean whole, char[] scratch) {
    int length = col.chars(v, scratch);
    char[] value = scratch;
    if (length < 0) {
      value = col.value(v).toCharArray();
      length = value.length;
    }
    double x = CsvNumbers.parse(value, 0, length, whole);
    if (Double.isNaN(x) || !item.range().contains(x) || Double.isInfinite(x)) {
      throw new CsvChunk.NotPlain("not a number in range");
    }
    return x;
  }
}
