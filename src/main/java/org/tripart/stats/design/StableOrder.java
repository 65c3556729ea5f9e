package org.tripart.stats.design;

/**
 * R's {@code order(x)} for doubles without NaN: ascending, ties kept in their given order (R's
 * radix and shell orders are both stable), -0 equal to +0. A least-significant-digit radix sort on
 * the values' bits, 11 bits a pass, skipping the digits every value shares (most of them for
 * integer-valued items), so it is linear in the rows. Stateless; thread-safe.
 */
final class StableOrder {
  private static final int BITS = 11;
  private static final int MASK = (1 << BITS) - 1;

  private StableOrder() {}

  /**
   * The first n entries of {@code rows} reordered by {@code values[rows[i]]} (a new array; the
   * inputs are not changed).
   */
  static int[] of(double[] values, int[] rows, int n) {
    return of(values, rows, n, null);
  }

  /**
   * As {@link #of(double[], int[], int)}, also writing the values in that order to {@code sorted}
   * (at least n long) when it is not null (-0 written as +0).
   */
  static int[] of(double[] values, int[] rows, int n, double[] sorted) {
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
    if (varying != 0 && n > 1) {
      long[] key2 = new long[n];
      int[] order2 = new int[n];
      int[] count = new int[MASK + 2];
      for (int shift = 0; shift < 64; shift += BITS) {
        if (((varying >>> shift) & MASK) == 0) {
          continue;
        }
        java.util.Arrays.fill(count, 0);
        for (int i = 0; i < n; i++) {
          count[(int) ((key[i] >>> shift) & MASK) + 1]++;
        }
        for (int b = 0; b <= MASK; b++) {
          count[b + 1] += count[b];
        }
        for (int i = 0; i < n; i++) {
          long k = key[i];
          int at = count[(int) ((k >>> shift) & MASK)]++;
          key2[at] = k;
          order2[at] = order[i];
        }
        long[] tk = key;
        key = key2;
        key2 = tk;
        int[] to = order;
        order = order2;
        order2 = to;
      }
    }
    if (sorted != null) {
      for (int i = 0; i < n; i++) {
        long k = key[i];
        sorted[i] = Double.longBitsToDouble(k < 0 ? k ^ Long.MIN_VALUE : ~k);
      }
    }
    return order;
  }
}
