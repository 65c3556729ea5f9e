package org.tripart.analysis;

import java.util.List;
import java.util.stream.IntStream;
import org.tripart.stats.model.ModelMatrix;

/**
 * Writes a design matrix's rows straight from the data set's columns, as {@link ModelMatrix}'s
 * compressed rows: an optional intercept, then each term's columns in order. A term is one item, or
 * an interaction of items whose columns are the products of theirs, the first item's columns
 * varying fastest (column {@code c1 + w1 * (c2 + w2 * c3)}), each product taken left to right. A
 * row missing any item of any term is one NaN entry, so the fit drops and counts it. Rows are
 * written in blocks on all cores; the result does not depend on the thread count. Stateless.
 */
final class ModelRows {
  private static final int BLOCK_ROWS = 2048;

  private ModelRows() {}

  /**
   * @param terms per term, its items in column order
   * @param names the matrix's column names, as many as the intercept and the terms' columns
   */
  static ModelMatrix of(int n, boolean intercept, List<ModelTerm[]> terms, List<String> names) {
    ModelTerm[][] t = terms.toArray(new ModelTerm[0][]);
    int[] base = new int[t.length];
    int p = intercept ? 1 : 0;
    int widest = 1;
    for (int k = 0; k < t.length; k++) {
      base[k] = p;
      int w = 1;
      for (ModelTerm item : t[k]) {
        w = Math.multiplyExact(w, item.width());
        widest = Math.max(widest, item.width());
      }
      p += w;
    }
    if (p != names.size()) {
      throw new IllegalStateException(p + " columns for " + names.size() + " names");
    }
    int width = p;
    int scratchWidth = widest;
    int blocks = (n + BLOCK_ROWS - 1) / BLOCK_ROWS;
    int[] starts = new int[n + 1];
    ThreadLocal<Buffers> buffers =
        ThreadLocal.withInitial(() -> new Buffers(BLOCK_ROWS * width, scratchWidth));
    eachBlock(
        n,
        (from, to) -> {
          Buffers buf = buffers.get();
          int at = 0;
          for (int r = from; r < to; r++) {
            at += count(r, intercept, t, base, buf);
            starts[r + 1] = at;
          }
        });
    int total = 0;
    for (int b = 0; b < blocks; b++) {
      int from = b * BLOCK_ROWS;
      int to = Math.min(n, from + BLOCK_ROWS);
      int count = starts[to];
      for (int r = from + 1; r <= to; r++) {
        starts[r] += total;
      }
      total = Math.addExact(total, count);
    }
    int[] index = new int[total];
    double[] value = new double[total];
    eachBlock(
        n,
        (from, to) -> {
          Buffers buf = buffers.get();
          for (int r = from; r < to; r++) {
            int count = row(r, intercept, t, base, buf, buf.index, buf.value, 0);
            System.arraycopy(buf.index, 0, index, starts[r], count);
            System.arraycopy(buf.value, 0, value, starts[r], count);
          }
        });
    return ModelMatrix.ofRows(n, names, starts, index, value);
  }

  private interface Rows {
    void write(int from, int to);
  }

  private static void eachBlock(int n, Rows body) {
    int blocks = (n + BLOCK_ROWS - 1) / BLOCK_ROWS;
    IntStream range = IntStream.range(0, blocks);
    (blocks > 1 ? range.parallel() : range)
        .forEach(b -> body.write(b * BLOCK_ROWS, Math.min(n, (b + 1) * BLOCK_ROWS)));
  }

  /** A block's first-pass output, and the per-item entries and choices of an interaction's row. */
  private static final class Buffers {
    final int[] index;
    final double[] value;
    final int scratch;
    int[][] itemIndex;
    double[][] itemValue;
    int[] ends;
    int[] chosen;

    Buffers(int capacity, int scratch) {
      this.index = new int[capacity];
      this.value = new double[capacity];
      this.scratch = scratch;
    }

    void reserve(int items) {
      if (itemIndex == null || itemIndex.length < items) {
        itemIndex = new int[items][scratch];
        itemValue = new double[items][scratch];
        ends = new int[items];
        chosen = new int[items];
      }
    }
  }

  /**
   * How many entries {@link #row} writes for row r: a single item's count without writing, an
   * interaction's by writing its products into the scratch buffers (a product can round to zero).
   */
  private static int count(int r, boolean intercept, ModelTerm[][] terms, int[] base, Buffers buf) {
    int count = intercept ? 1 : 0;
    for (int k = 0; k < terms.length; k++) {
      ModelTerm[] items = terms[k];
      int c;
      if (items.length == 1) {
        c = items[0].count(r);
      } else {
        c = row(r, false, new ModelTerm[][] {items}, new int[] {0}, buf, buf.index, buf.value, 0);
        if (c == 1 && Double.isNaN(buf.value[0])) {
          c = -1;
        }
      }
      if (c < 0) {
        return 1;
      }
      count += c;
    }
    return count;
  }

  /**
   * Writes row r's entries into {@code index} and {@code value} from {@code at}; returns the end.
   */
  private static int row(
      int r,
      boolean intercept,
      ModelTerm[][] terms,
      int[] base,
      Buffers buf,
      int[] index,
      double[] value,
      int at) {
    int begin = at;
    if (intercept) {
      index[at] = 0;
      value[at++] = 1;
    }
    for (int k = 0; k < terms.length; k++) {
      ModelTerm[] items = terms[k];
      if (items.length == 1) {
        int end = items[0].entries(r, index, value, at);
        if (end < 0) {
          return missing(index, value, begin);
        }
        for (int e = at; e < end; e++) {
          index[e] += base[k];
        }
        at = end;
        continue;
      }
      buf.reserve(items.length);
      for (int i = 0; i < items.length; i++) {
        buf.ends[i] = items[i].entries(r, buf.itemIndex[i], buf.itemValue[i], 0);
        if (buf.ends[i] < 0) {
          return missing(index, value, begin);
        }
      }
      at = products(items, buf, items.length - 1, base[k], index, value, at);
    }
    return at;
  }

  /**
   * The entries of an interaction's columns whose items {@code level + 1 ..} are chosen in {@code
   * buf.chosen}: the last item outermost, so that columns increase; each value the product of the
   * items' values left to right, as the dense columns were multiplied.
   */
  private static int products(
      ModelTerm[] items, Buffers buf, int level, int column, int[] index, double[] value, int at) {
    int stride = 1;
    for (int i = 0; i < level; i++) {
      stride *= items[i].width();
    }
    for (int e = 0; e < buf.ends[level]; e++) {
      buf.chosen[level] = e;
      int c = column + stride * buf.itemIndex[level][e];
      if (level > 0) {
        at = products(items, buf, level - 1, c, index, value, at);
        continue;
      }
      double product = buf.itemValue[0][buf.chosen[0]];
      for (int i = 1; i < items.length; i++) {
        product *= buf.itemValue[i][buf.chosen[i]];
      }
      if (product != 0) {
        index[at] = c;
        value[at++] = product;
      }
    }
    return at;
  }

  private static int missing(int[] index, double[] value, int begin) {
    index[begin] = 0;
    value[begin] = Double.NaN;
    return begin + 1;
  }
}
