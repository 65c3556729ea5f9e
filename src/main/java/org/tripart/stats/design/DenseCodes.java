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
    int cap = Integer.highestOneBit(Math.max(4, keys.length) * 2) * 2;
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
      }
      codes[r] = values[slot];
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
