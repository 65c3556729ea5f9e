package org.tripart.stats.design;

/**
 * The distinct values of a design's weights and, per row, which one it holds, so that a per-row
 * term that depends on the weight alone can be computed once per value and looked up: the lookup
 * gives the very double the row's own computation would, so sums over rows in row order come out
 * bit for bit the same. Values are told apart by their bits ({@code -0.0} and {@code 0.0} are two
 * values). Immutable and thread-safe.
 */
final class WeightLevels {
  /** The distinct weights, in order of first appearance. */
  final double[] values;

  /** Per row, the index into {@link #values} of its weight. */
  final int[] level;

  private WeightLevels(double[] values, int[] level) {
    this.values = values;
    this.level = level;
  }

  /**
   * The levels of {@code weights}, or null when they hold more than {@code maxLevels} distinct
   * values (then a per-value table would save little over computing per row).
   */
  static WeightLevels of(double[] weights, int maxLevels) {
    int size = Integer.highestOneBit(Math.max(4, maxLevels * 2) - 1) << 1;
    long[] keys = new long[size];
    int[] slots = new int[size];
    java.util.Arrays.fill(slots, -1);
    int mask = size - 1;
    int shift = 64 - Integer.numberOfTrailingZeros(size);
    double[] values = new double[Math.min(maxLevels, 16)];
    int count = 0;
    int[] level = new int[weights.length];
    for (int r = 0; r < weights.length; r++) {
      long bits = Double.doubleToRawLongBits(weights[r]);
      int h = (int) ((bits * 0x9E3779B97F4A7C15L) >>> shift);
      while (slots[h] >= 0 && keys[h] != bits) {
        h = (h + 1) & mask;
      }
      if (slots[h] < 0) {
        if (count == maxLevels) {
          return null;
        }
        if (count == values.length) {
          values = java.util.Arrays.copyOf(values, Math.min(maxLevels, count * 2));
        }
        keys[h] = bits;
        slots[h] = count;
        values[count++] = weights[r];
      }
      level[r] = slots[h];
    }
    return new WeightLevels(java.util.Arrays.copyOf(values, count), level);
  }
}
