package org.tripart.dataset;

import java.util.List;

/**
 * Finds the index of an option code given as a slice of a char buffer, without making a String: an
 * open-addressing hash table over the codes' chars. Immutable after construction and thread-safe.
 */
final class CodeTable {
  private final char[][] keys;
  private final int[] values;
  private final int mask;

  CodeTable(List<String> codes) {
    int size = Integer.highestOneBit(Math.max(4, codes.size() * 4) - 1) << 1;
    keys = new char[size][];
    values = new int[size];
    mask = size - 1;
    for (int i = 0; i < codes.size(); i++) {
      char[] k = codes.get(i).toCharArray();
      int h = hash(k, 0, k.length) & mask;
      while (keys[h] != null) {
        h = (h + 1) & mask;
      }
      keys[h] = k;
      values[h] = i;
    }
  }

  /** The index of the code equal to buf[start, start + length), or -1 when there is none. */
  int find(char[] buf, int start, int length) {
    int h = hash(buf, start, length) & mask;
    for (char[] k; (k = keys[h]) != null; h = (h + 1) & mask) {
      if (k.length == length && equal(k, buf, start)) {
        return values[h];
      }
    }
    return -1;
  }

  private static boolean equal(char[] key, char[] buf, int start) {
    for (int i = 0; i < key.length; i++) {
      if (key[i] != buf[start + i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] s, int start, int length) {
    int h = length;
    for (int i = start, end = start + length; i < end; i++) {
      h = 31 * h + s[i];
    }
    return h ^ (h >>> 16);
  }
}
