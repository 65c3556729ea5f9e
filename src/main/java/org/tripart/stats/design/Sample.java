package org.tripart.stats.design;

import java.util.BitSet;
import org.tripart.ErrorCode;

/**
 * One item's values over a domain as {@code svyquantile(..., na.rm = TRUE)} sees them: the domain's
 * answering rows ({@code subset}), all of them in R's {@code order(x)} ({@code order}), and those
 * of non-zero weight in that order with their values and weights ({@code x}, {@code w}), which
 * every quantile rule reads. Immutable once made; package-private.
 */
final class Sample {
  final BitSet subset;
  final int[] subsetRows;
  final int[] order;
  final double[] x;
  final double[] w;
  final int[] rows;
  final double[] weights;
  private final double[] values;

  private Sample(
      BitSet subset,
      int[] subsetRows,
      int[] order,
      double[] x,
      double[] w,
      int[] rows,
      double[] weights,
      double[] values) {
    this.weights = weights;
    this.values = values;
    this.subset = subset;
    this.subsetRows = subsetRows;
    this.order = order;
    this.x = x;
    this.w = w;
    this.rows = rows;
  }

  /** The item's value in row r (any row of the design). */
  double valueOf(int r) {
    return values[r];
  }

  /**
   * R's {@code weights(design)} of a Taylor design, {@code 1/prob} with {@code prob = 1/w}: the
   * weight R's quantile rules and {@code svymean} add up, which can differ from w in the last
   * place, enough to move a quantile where a cumulative share meets p exactly.
   */
  static double[] rWeights(SurveyDesign design) {
    double[] w = new double[design.size()];
    for (int r = 0; r < w.length; r++) {
      w[r] = 1 / (1 / design.weights[r]);
    }
    return w;
  }

  /**
   * @param weights every row's weight as R's estimators read it (zero drops a row from {@code x}
   *     and {@code w}); kept, not copied
   * @throws DesignInputException {@code QUANTILE_EMPTY_DOMAIN} when the domain has no rows, {@code
   *     QUANTILE_NO_VALUES} when none has a value and a non-zero weight
   */
  static Sample of(double[] values, double[] weights, BitSet domain, String item) {
    int n = values.length;
    if (domain != null && domain.nextSetBit(0) < 0) {
      throw new DesignInputException(
          ErrorCode.QUANTILE_EMPTY_DOMAIN, item, "the domain has no rows to take a quantile of");
    }
    BitSet subset = new BitSet(n);
    int[] subsetRows = new int[domain == null ? n : Math.min(n, domain.cardinality())];
    int count = 0;
    int inDomain = 0;
    int positive = 0;
    for (int r = DesignEstimates.first(domain, 0);
        r >= 0 && r < n;
        r = DesignEstimates.next(domain, r)) {
      inDomain++;
      if (!Double.isNaN(values[r])) {
        subset.set(r);
        subsetRows[count++] = r;
        if (weights[r] != 0) {
          positive++;
        }
      }
    }
    subsetRows =
        count == subsetRows.length ? subsetRows : java.util.Arrays.copyOf(subsetRows, count);
    if (positive == 0) {
      throw new DesignInputException(
          ErrorCode.QUANTILE_NO_VALUES,
          item,
          count == 0
              ? "all "
                  + inDomain
                  + " rows of the domain are missing the item; there is nothing to take a quantile"
                  + " of"
              : "none of the " + count + " rows that answer the item has a non-zero weight");
    }
    double[] sorted = new double[count];
    int[] order = StableOrder.of(values, subsetRows, count, sorted);
    double[] x = positive == count ? sorted : new double[positive];
    double[] w = new double[positive];
    int[] rows = positive == count ? order : new int[positive];
    int j = 0;
    for (int i = 0; i < count; i++) {
      int r = order[i];
      double wr = weights[r];
      if (wr != 0) {
        x[j] = sorted[i];
        w[j] = wr;
        rows[j] = r;
        j++;
      }
    }
    return new Sample(subset, subsetRows, order, x, w, rows, weights, values);
  }
}
