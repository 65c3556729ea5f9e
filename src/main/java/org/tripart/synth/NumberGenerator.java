package org.tripart.synth;

import java.util.Random;
import java.util.SplittableRandom;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.NumericRange;

/**
 * Fills an integer or decimal item. With a {@code .mean} target: normal values, standardised to the
 * target mean and standard deviation, truncated to the item's range and shifted back towards the
 * mean; integer items are rounded and then nudged one by one until their sum gives the target mean.
 * Without one: uniform over the range (0..100 when unbounded, 100 wide when bounded on one side).
 * Stateless.
 */
final class NumberGenerator {
  private static final double DEFAULT_WIDTH = 100;

  private NumberGenerator() {}

  static void fill(
      Responses responses,
      int position,
      Item item,
      int[] rows,
      Target mean,
      Target sd,
      SplittableRandom rng) {
    double[] bounds = bounds(item.range());
    boolean integer = item.type() == ItemType.INTEGER;
    if (integer) {
      bounds[0] = Math.ceil(bounds[0]);
      bounds[1] = Math.floor(bounds[1]);
    }
    double[] values =
        mean == null
            ? uniform(rows.length, bounds, integer, rng)
            : normal(rows.length, bounds, integer, mean, sd, rng);
    for (int i = 0; i < rows.length; i++) {
      responses.setNumber(position, rows[i], values[i]);
    }
  }

  static double[] bounds(NumericRange range) {
    double lo = range.min();
    double hi = range.max();
    if (Double.isInfinite(lo) && Double.isInfinite(hi)) {
      return new double[] {0, DEFAULT_WIDTH};
    }
    if (Double.isInfinite(lo)) {
      return new double[] {hi - DEFAULT_WIDTH, hi};
    }
    if (Double.isInfinite(hi)) {
      return new double[] {lo, lo + DEFAULT_WIDTH};
    }
    return new double[] {lo, hi};
  }

  private static double[] uniform(int n, double[] b, boolean integer, SplittableRandom rng) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] =
          integer
              ? b[0] + rng.nextLong((long) (b[1] - b[0]) + 1)
              : Math.round((b[0] + rng.nextDouble() * (b[1] - b[0])) * 100) / 100.0;
    }
    return v;
  }

  private static double[] normal(
      int n,
      double[] b,
      boolean integer,
      Target meanTarget,
      Target sdTarget,
      SplittableRandom rng) {
    double mean = Math.max(b[0], Math.min(b[1], meanTarget.pct()));
    double sd = sdTarget != null ? sdTarget.pct() : (b[1] - b[0]) / 6;
    Random gauss = new Random(rng.nextLong());
    double[] z = new double[n];
    double zMean = 0;
    for (int i = 0; i < n; i++) {
      z[i] = gauss.nextGaussian();
      zMean += z[i] / n;
    }
    double ss = 0;
    for (double x : z) {
      ss += (x - zMean) * (x - zMean);
    }
    double zSd = n > 1 ? Math.sqrt(ss / (n - 1)) : 1;
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = n > 1 && zSd > 0 ? mean + sd * (z[i] - zMean) / zSd : mean;
    }
    for (int round = 0; round < 50; round++) {
      double shift = mean - average(v);
      for (int i = 0; i < n; i++) {
        v[i] = Math.max(b[0], Math.min(b[1], v[i] + shift));
      }
    }
    int places = Math.max(2, meanTarget.decimals() + 1);
    double unit = Math.pow(10, -places);
    for (int i = 0; i < n; i++) {
      v[i] = integer ? Math.round(v[i]) : Math.round(v[i] / unit) * unit;
      v[i] = Math.max(b[0], Math.min(b[1], v[i]));
    }
    if (integer) {
      nudge(v, Math.round(mean * n), b, rng);
    }
    return v;
  }

  private static void nudge(double[] v, long wantSum, double[] b, SplittableRandom rng) {
    long sum = 0;
    for (double x : v) {
      sum += (long) x;
    }
    int guard = 0;
    while (sum != wantSum && guard++ < 100 * v.length + 100) {
      int i = rng.nextInt(v.length);
      double step = sum < wantSum ? 1 : -1;
      if (v[i] + step >= b[0] && v[i] + step <= b[1]) {
        v[i] += step;
        sum += (long) step;
      }
    }
  }

  private static double average(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return v.length == 0 ? 0 : s / v.length;
  }
}
