package org.tripart.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Pearson's chi-square test of independence on a table of counts. Stateless and thread-safe.
 *
 * <p>The p-value is the upper tail of the chi-square distribution, computed as the regularized
 * upper incomplete gamma function {@code Q(df/2, x/2)}: the complement of commons-math3's {@code
 * ChiSquaredDistribution.cumulativeProbability}, taken directly so that small p-values keep their
 * precision instead of vanishing in {@code 1 - cdf}, as R's {@code pchisq(lower.tail = FALSE)}.
 */
final class ChiSquare {
  private static final double SMALL_EXPECTED = 5;

  private ChiSquare() {}

  /**
   * The test on {@code table[row][column]}; rows and columns whose total is 0 are dropped first.
   * The table is not changed.
   */
  static ChiSquareTest pearson(long[][] table) {
    int rows = table.length;
    int columns = rows == 0 ? 0 : table[0].length;
    long[] rowTotals = new long[rows];
    long[] columnTotals = new long[columns];
    long n = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        long count = table[r][c];
        if (count < 0) {
          throw new StatisticsInputException(
              "chi-square table", "cell (" + r + ", " + c + ") holds a negative count " + count);
        }
        rowTotals[r] += count;
        columnTotals[c] += count;
        n += count;
      }
    }
    int keptRows = nonZero(rowTotals);
    int keptColumns = nonZero(columnTotals);
    if (keptRows < 2 || keptColumns < 2) {
      return new ChiSquareTest(Double.NaN, 0, Double.NaN, (int) n, Double.NaN, 0);
    }
    double statistic = 0;
    double minExpected = Double.POSITIVE_INFINITY;
    int belowFive = 0;
    for (int r = 0; r < rows; r++) {
      if (rowTotals[r] == 0) {
        continue;
      }
      for (int c = 0; c < columns; c++) {
        if (columnTotals[c] == 0) {
          continue;
        }
        double expected = (double) rowTotals[r] * columnTotals[c] / n;
        double difference = table[r][c] - expected;
        statistic += difference * difference / expected;
        minExpected = Math.min(minExpected, expected);
        if (expected < SMALL_EXPECTED) {
          belowFive++;
        }
      }
    }
    int df = (keptRows - 1) * (keptColumns - 1);
    double p = Gamma.regularizedGammaQ(df / 2.0, statistic / 2.0);
    return new ChiSquareTest(statistic, df, p, (int) n, minExpected, belowFive);
  }

  private static int nonZero(long[] totals) {
    int count = 0;
    for (long t : totals) {
      if (t > 0) {
        count++;
      }
    }
    return count;
  }
}
