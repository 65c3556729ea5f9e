package org.tripart.stats.design;

/**
 * R's {@code order(x)} for doubles without NaN: ascending, ties kept in their given order (R's
 * radix and shell orders are both stable), -0 equal to +0. A least-significant-digit radix sort on
 * the values' bits, a byte a pass, skipping the bytes every value shares (most of them for
 * integer-valued items), so it is linear in the rows. Stateless; thread-safe.
 */
final class StableOrder {
  private StableOrder() {}

  /**
   * The first n entries of {@code rows} reordered by {@code values[rows[i]]} (a new array; the
   * inputs are not changed).
   */
  static int[] of(double[] values, int[] rows, int n) {
    long[] key = new long[n];
    long and = -1L;
    long or = 0L;
    for (int i = 0; i < n; i++) {
      long bits = Double.doubleToLongBits(values[rows[i]] + 0.0);
      long k = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
      key[i] = k;
      and &= k;
      or |= k;
    }
    int[] order = java.util.Arrays.copyOf(rows, n);
    long varying = and ^ or;
    if (varying == 0 || n < 2) {
      return order;
    }
    long[] key2 = new long[n];
    int[] order2 = new int[n];
    int[] count = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      if (((varying >>> shift) & 0xFF) == 0) {
        continue;
      }
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) ((key[i] >>> shift) & 0xFF) + 1]++;
      }
      for (int b = 0; b < 256; b++) {
        count[b + 1] += count[b];
      }
      for (int i = 0; i < n; i++) {
        int at = count[(int) ((key[i] >>> shift) & 0xFF)]++;
        key2[at] = key[i];
        order2[at] = order[i];
      }
      long[] tk = key;
      key = key2;
      key2 = tk;
      int[] to = order;
      order = order2;
      order2 = to;
    }
    return order;
  }
}
