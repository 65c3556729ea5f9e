package org.tripart.synth;

/**
 * Whole-number apportionment: splitting a total in proportion to weights (largest remainder, ties
 * to the earlier index) and filling a table with given row and column totals. Stateless and
 * thread-safe; inputs are never changed.
 */
final class Apportion {
  private Apportion() {}

  /**
   * Splits {@code total} in proportion to {@code weights} so that the parts sum to {@code total}.
   * All-zero weights split evenly.
   */
  static int[] largestRemainder(int total, double[] weights) {
    int k = weights.length;
    int[] parts = new int[k];
    if (k == 0 || total <= 0) {
      return parts;
    }
    double sum = 0;
    for (double w : weights) {
      sum += Math.max(0, w);
    }
    double[] frac = new double[k];
    int given = 0;
    for (int i = 0; i < k; i++) {
      double share = sum > 0 ? total * Math.max(0, weights[i]) / sum : (double) total / k;
      parts[i] = (int) Math.floor(share + 1e-9);
      frac[i] = share - parts[i];
      given += parts[i];
    }
    while (given < total) {
      int best = 0;
      for (int i = 1; i < k; i++) {
        if (frac[i] > frac[best] + 1e-12) {
          best = i;
        }
      }
      parts[best]++;
      frac[best] = -1;
      given++;
    }
    while (given > total) {
      int best = 0;
      for (int i = 1; i < k; i++) {
        if (parts[i] > parts[best]) {
          best = i;
        }
      }
      parts[best]--;
      given--;
    }
    return parts;
  }

  /**
   * A table whose rows sum to {@code rowTotals} and columns to {@code colTotals} (whose sums must
   * agree), each row split in proportion to what is left of the column totals, so that every column
   * is spread over the rows rather than piled into the first ones.
   */
  static int[][] fill(int[] rowTotals, int[] colTotals) {
    int[] left = colTotals.clone();
    long leftSum = 0;
    for (int c : left) {
      leftSum += c;
    }
    int[][] table = new int[rowTotals.length][left.length];
    for (int r = 0; r < rowTotals.length; r++) {
      if (leftSum <= 0) {
        break;
      }
      int want = (int) Math.min(rowTotals[r], leftSum);
      double[] weights = new double[left.length];
      for (int c = 0; c < left.length; c++) {
        weights[c] = left[c];
      }
      int[] parts = largestRemainder(want, weights);
      for (int c = 0; c < left.length; c++) {
        int take = Math.min(parts[c], left[c]);
        table[r][c] = take;
        left[c] -= take;
        leftSum -= take;
      }
    }
    return table;
  }
}
