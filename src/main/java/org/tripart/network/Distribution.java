package org.tripart.network;

import java.util.Arrays;

/**
 * A summary of non-negative integer values (degrees, strengths). Immutable.
 *
 * @param n the number of values
 * @param mean the mean, NaN when there are none
 * @param median the median (the mean of the middle two for an even count), NaN when there are none
 * @param max the largest value, 0 when there are none
 */
public record Distribution(int n, double mean, double median, long max) {
  static Distribution of(long[] values) {
    if (values.length == 0) {
      return new Distribution(0, Double.NaN, Double.NaN, 0);
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double sum = 0;
    for (long v : sorted) {
      sum += v;
    }
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2;
    return new Distribution(n, sum / n, median, sorted[n - 1]);
  }
}
