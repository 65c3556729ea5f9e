package org.tripart.stats.design;

import java.util.List;

/**
 * The arithmetic R's {@code rake} and {@code postStratify} (survey 4.1.1) share between survey and
 * replicate designs: the convergence tolerance, the cells of the margins' joint table whose
 * weighted counts are compared between passes, and the factor that scales a post-stratum's sample
 * weight to its population count. Immutable and thread-safe; inputs are read, never changed.
 */
final class RakeCells {
  /** Turns a place and a problem into the caller's exception. */
  @FunctionalInterface
  interface Failure {
    RuntimeException at(String where, String problem);
  }

  private final int[] cell;
  private final int count;

  private RakeCells(int[] cell, int count) {
    this.cell = cell;
    this.count = count;
  }

  /** The joint cells of {@code margins} (one category per row each, 0..totals[m].length-1). */
  static RakeCells of(List<int[]> margins, List<double[]> totals, int n) {
    long[] keys = new long[n];
    for (int r = 0; r < n; r++) {
      long key = 0;
      for (int m = 0; m < margins.size(); m++) {
        key = key * (totals.get(m).length + 1) + margins.get(m)[r];
      }
      keys[r] = key;
    }
    int[] count = new int[1];
    int[] cell = DenseCodes.of(keys, count);
    return new RakeCells(cell, count[0]);
  }

  /** R's {@code epsilon}, taken below 1 as a fraction of the weight total. */
  static double tolerance(double[] weights, double epsilon) {
    if (epsilon >= 1) {
      return epsilon;
    }
    double sum = 0;
    for (double x : weights) {
      sum += x;
    }
    return epsilon * sum;
  }

  /** The weighted count of every joint cell. */
  double[] table(double[] w) {
    double[] t = new double[count];
    for (int r = 0; r < w.length; r++) {
      t[cell[r]] += w[r];
    }
    return t;
  }

  /** The largest absolute change between two tables, R's {@code max(abs(oldtable - newtable))}. */
  static double change(double[] before, double[] after) {
    double delta = 0;
    for (int c = 0; c < after.length; c++) {
      delta = Math.max(delta, Math.abs(before[c] - after[c]));
    }
    return delta;
  }

  /**
   * The factor {@code population / sample} of a post-stratum, 1 when both are empty.
   *
   * @throws RuntimeException from {@code fail} when the post-stratum has sample weight but no
   *     population, or a population but no sample weight
   */
  static double factor(double sample, double population, String where, Failure fail) {
    boolean sampleZero = sample == 0;
    boolean popZero = population == 0 || Double.isNaN(population);
    if (popZero && !sampleZero) {
      throw fail.at(where, "has sample weight but no population");
    }
    if (sampleZero && !popZero) {
      throw fail.at(where, "has a population but no sample rows");
    }
    return sampleZero ? 1 : population / sample;
  }

  /** The post-stratum of every row, checked against the number of population totals. */
  static void checkGroups(int[] group, int rows, int groups, String where, Failure fail) {
    if (group.length != rows) {
      throw fail.at(where, group.length + " groups for " + rows + " rows");
    }
    for (int r = 0; r < rows; r++) {
      if (group[r] < 0 || group[r] >= groups) {
        throw fail.at(where + " row " + (r + 1), "group " + group[r] + " has no population total");
      }
    }
  }
}
