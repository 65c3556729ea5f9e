package org.tripart.dataset;

import java.util.Arrays;

/**
 * One column of one byte range of a CSV as {@link InferringCsvReader} reads it before the column's
 * type is known: the distinct non-blank values (their UTF-8 bytes), in order of first appearance,
 * and per row the number of its value (1, 2, ...; 0 for blank), held in bytes while there are at
 * most 255 values, then in chars, then in ints. Values of up to 7 bytes are looked up by a key
 * packed from their bytes, longer ones by a hash of them. Not thread-safe.
 */
final class ChunkColumn {
  static final int HASHED = 4096;
  private final int[] single = new int[256];
  private byte[] pool = new byte[64];
  private int poolSize;
  private int[] starts = new int[16];
  private int[] lengths = new int[16];
  private long[] keys = new long[16];
  private int[] table = new int[16];
  private int count;
  private boolean appending;
  private byte[] bytes;
  private char[] chars;
  private int[] ints;

  ChunkColumn(int rows) {
    bytes = new byte[rows];
  }

  /**
   * Sets the value of {@code row} (below the capacity) to the bytes {@code b[start, start + n)}.
   */
  void set(int row, byte[] b, int start, int n) {
    int id;
    if (n == 1) {
      id = single[b[start] & 0xff];
      if (id == 0) {
        id = add(b, start, 1, 0, -1);
        single[b[start] & 0xff] = id;
      }
    } else if (appending) {
      id = add(b, start, n, 0, -1);
    } else {
      id = find(b, start, n);
    }
    if (bytes != null && id < 256) {
      bytes[row] = (byte) id;
    } else if (chars != null && id < 65536) {
      chars[row] = (char) id;
    } else {
      widen(id);
      if (chars != null) {
        chars[row] = (char) id;
      } else {
        ints[row] = id;
      }
    }
  }

  /** The value number of {@code row}: 0 for blank, else 1 + its index among the values. */
  int id(int row) {
    return bytes != null ? bytes[row] & 0xff : chars != null ? chars[row] : ints[row];
  }

  /** The number of distinct non-blank values. */
  int count() {
    return count;
  }

  /**
   * Checks the values: refuses malformed UTF-8 and values with white space at either end (which
   * inference strips and reading keeps).
   *
   * @throws CsvChunk.NotPlain for either
   */
  void finish() {
    for (int v = 0; v < count; v++) {
      int from = starts[v];
      int to = from + lengths[v];
      boolean ascii = true;
      for (int i = from; i < to && ascii; i++) {
        ascii = pool[i] >= 0;
      }
      char first;
      char last;
      if (ascii) {
        first = (char) pool[from];
        last = (char) pool[to - 1];
      } else {
        String text = CsvChunk.utf8(pool, from, lengths[v]);
        first = text.charAt(0);
        last = text.charAt(text.length() - 1);
      }
      if (Character.isWhitespace(first) || Character.isWhitespace(last)) {
        throw new CsvChunk.NotPlain("white space at the end of a value");
      }
    }
  }

  /** The value with this index (0-based), decoded anew on each call. */
  String value(int v) {
    return CsvChunk.utf8(pool, starts[v], lengths[v]);
  }

  /**
   * Writes the value with this index into {@code into} as chars and returns its length, or -1 when
   * it is longer than {@code into} or not plain ASCII (then use {@link #value}).
   */
  int chars(int v, char[] into) {
    int n = lengths[v];
    if (n > into.length) {
      return -1;
    }
    int from = starts[v];
    for (int i = 0; i < n; i++) {
      byte x = pool[from + i];
      if (x < 0) {
        return -1;
      }
      into[i] = (char) x;
    }
    return n;
  }

  /** Makes room for {@code rows} rows, keeping the values of the rows so far. */
  void capacity(int rows) {
    if (bytes != null) {
      bytes = Arrays.copyOf(bytes, rows);
    } else if (chars != null) {
      chars = Arrays.copyOf(chars, rows);
    } else {
      ints = Arrays.copyOf(ints, rows);
    }
  }

  /** Sets {@code target[offset + r] = decoded[id(r)]} for the first {@code rows} rows. */
  void decode(short[] decoded, short[] target, int offset, int rows) {
    if (bytes != null) {
      for (int r = 0; r < rows; r++) {
        target[offset + r] = decoded[bytes[r] & 0xff];
      }
    } else {
      for (int r = 0; r < rows; r++) {
        target[offset + r] = decoded[id(r)];
      }
    }
  }

  /** Sets {@code target[offset + r] = decoded[id(r)]} for the first {@code rows} rows. */
  void decode(double[] decoded, double[] target, int offset, int rows) {
    if (bytes != null) {
      for (int r = 0; r < rows; r++) {
        target[offset + r] = decoded[bytes[r] & 0xff];
      }
    } else {
      for (int r = 0; r < rows; r++) {
        target[offset + r] = decoded[id(r)];
      }
    }
  }

  /** Sets {@code target[offset + r] = decoded[id(r)]} for the first {@code rows} rows. */
  void decode(int[] decoded, int[] target, int offset, int rows) {
    if (bytes != null) {
      for (int r = 0; r < rows; r++) {
        target[offset + r] = decoded[bytes[r] & 0xff];
      }
    } else {
      for (int r = 0; r < rows; r++) {
        target[offset + r] = decoded[id(r)];
      }
    }
  }

  /**
   * Sets the bits of rows {@code offset + r} (for the first {@code rows} rows) in {@code first}
   * where {@code states[id(r)]} has bit 0, in {@code second} where it has bit 1.
   */
  void orBits(byte[] states, long[] first, long[] second, int offset, int rows) {
    long a = 0;
    long b = 0;
    int row = offset;
    for (int r = 0; r < rows; r++, row++) {
      int state = states[bytes != null ? bytes[r] & 0xff : id(r)];
      a |= (long) (state & 1) << row;
      b |= (long) (state >>> 1) << row;
      if ((row & 63) == 63) {
        first[row >>> 6] |= a;
        second[row >>> 6] |= b;
        a = 0;
        b = 0;
      }
    }
    if (rows > 0 && (row & 63) != 0) {
      first[(row - 1) >>> 6] |= a;
      second[(row - 1) >>> 6] |= b;
    }
  }

  private int find(byte[] b, int start, int n) {
    long key = 0;
    int h;
    if (n <= 7) {
      for (int i = start; i < start + n; i++) {
        key = key << 8 | (b[i] & 0xff);
      }
      key |= (long) n << 56;
      h = mix((int) (key ^ (key >>> 32)));
    } else {
      h = n;
      for (int i = start; i < start + n; i++) {
        h = 31 * h + b[i];
      }
      h = mix(h);
    }
    int mask = table.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int v = table[i];
      if (v == 0) {
        return add(b, start, n, key, i);
      }
      if (n <= 7 ? keys[v - 1] == key : same(v - 1, b, start, n)) {
        return v;
      }
    }
  }

  /** Adds a value (in {@code slot} of the hash table, or -1 for a single byte). */
  private int add(byte[] b, int start, int n, long key, int slot) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      lengths = Arrays.copyOf(lengths, count * 2);
      if (!appending) {
        keys = Arrays.copyOf(keys, count * 2);
      }
    }
    if (poolSize + n > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + n));
    }
    System.arraycopy(b, start, pool, poolSize, n);
    starts[count] = poolSize;
    lengths[count] = n;
    if (!appending) {
      keys[count] = key;
    }
    poolSize += n;
    count++;
    if (slot >= 0) {
      table[slot] = count;
      if (count >= HASHED) {
        appending = true;
      } else if (count * 2 > table.length) {
        rehash();
      }
    }
    return count;
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    for (int v : table) {
      if (v != 0) {
        int n = lengths[v - 1];
        int h;
        if (n <= 7) {
          long key = keys[v - 1];
          h = mix((int) (key ^ (key >>> 32)));
        } else {
          h = n;
          for (int i = starts[v - 1]; i < starts[v - 1] + n; i++) {
            h = 31 * h + pool[i];
          }
          h = mix(h);
        }
        int i = h & mask;
        while (bigger[i] != 0) {
          i = (i + 1) & mask;
        }
        bigger[i] = v;
      }
    }
    table = bigger;
  }

  private void widen(int id) {
    if (bytes != null) {
      chars = new char[bytes.length];
      for (int r = 0; r < bytes.length; r++) {
        chars[r] = (char) (bytes[r] & 0xff);
      }
      bytes = null;
    }
    if (id >= 65536 && chars != null) {
      ints = new int[chars.length];
      for (int r = 0; r < chars.length; r++) {
        ints[r] = chars[r];
      }
      chars = null;
    }
  }

  private boolean same(int v, byte[] b, int start, int n) {
    if (lengths[v] != n) {
      return false;
    }
    int from = starts[v];
    for (int i = 0; i < n; i++) {
      if (pool[from + i] != b[start + i]) {
        return false;
      }
    }
    return true;
  }

  /** MurmurHash3's finalizer, so that runs of similar values do not cluster in the table. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
