package org.tripart.stats.design;

import java.util.BitSet;

/**
 * Sets of rows as the 64-bit words of a {@link BitSet}, for loops that visit rows in ascending
 * order without a {@link BitSet#nextSetBit} call per row:
 *
 * <pre>
 * for (int i = 0; i &lt; words.length; i++) {
 *   for (long word = words[i]; word != 0; word &amp;= word - 1) {
 *     int r = (i &lt;&lt; 6) | Long.numberOfTrailingZeros(word);
 * </pre>
 *
 * Stateless and thread-safe; the sets given are read, never changed.
 */
final class RowWords {
  private RowWords() {}

  /** The rows of {@code within} below {@code n}; null means every row below {@code n}. */
  static long[] of(BitSet within, int n) {
    if (within == null) {
      long[] all = new long[(n + 63) >>> 6];
      java.util.Arrays.fill(all, -1L);
      return trim(all, n);
    }
    return trim(within.toLongArray(), n);
  }

  /** The rows of both {@code set} and {@code within} (words from {@link #of(BitSet, int)}). */
  static long[] of(BitSet set, long[] within, int n) {
    long[] words = set.toLongArray();
    int length = Math.min(words.length, within.length);
    long[] out = new long[length];
    for (int i = 0; i < length; i++) {
      out[i] = words[i] & within[i];
    }
    return trim(out, n);
  }

  private static long[] trim(long[] words, int n) {
    int length = Math.min(words.length, (n + 63) >>> 6);
    long[] out = length == words.length ? words : java.util.Arrays.copyOf(words, length);
    if (length > 0 && length == (n + 63) >>> 6 && (n & 63) != 0) {
      out[length - 1] &= -1L >>> (64 - (n & 63));
    }
    return out;
  }
}
