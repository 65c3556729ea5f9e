package org.tripart.stats.design;

import java.util.Arrays;

/**
 * Renumbers arbitrary keys 0..k-1 in order of first appearance, with an open-addressing table of
 * primitive longs so that a million rows are coded without boxing. Stateless; thread-safe.
 */
final class DenseCodes {
  private DenseCodes() {}

  /** The dense code of every row; {@code count[0]} receives the number of distinct keys. */
  static int[] of(long[] keys, int[] count) {
    int cap = 16;
    long[] table = new long[cap];
    int[] values = new int[cap];
    Arrays.fill(values, -1);
    int[] codes = new int[keys.length];
    int next = 0;
    int mask = cap - 1;
    for (int r = 0; r < keys.length; r++) {
      long key = keys[r];
      int slot = (int) (mix(key) & mask);
      while (values[slot] >= 0 && table[slot] != key) {
        slot = (slot + 1) & mask;
      }
      if (values[slot] < 0) {
        table[slot] = key;
        values[slot] = next++;
        if (next * 2 > cap) {
          cap *= 2;
          long[] biggerKeys = new long[cap];
          int[] biggerValues = new int[cap];
          Arrays.fill(biggerValues, -1);
          mask = cap - 1;
          for (int i = 0; i < table.length; i++) {
            if (values[i] >= 0) {
              int j = (int) (mix(table[i]) & mask);
              while (biggerValues[j] >= 0) {
                j = (j + 1) & mask;
              }
              biggerKeys[j] = table[i];
              biggerValues[j] = values[i];
            }
          }
          table = biggerKeys;
          values = biggerValues;
          slot = -1;
        }
      }
      codes[r] = slot >= 0 ? values[slot] : next - 1;
    }
    count[0] = next;
    return codes;
  }

  static long pair(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
