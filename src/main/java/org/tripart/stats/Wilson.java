package org.tripart.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Wilson score interval for a binomial proportion, without continuity correction: the interval
 * R gives as {@code prop.test(x, n, correct = FALSE)$conf.int}. Stateless and thread-safe.
 *
 * <p>With {@code p = x/n} and {@code z} the {@code (1 + confidence)/2} quantile of the standard
 * normal distribution, the bounds are {@code (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)};
 * as in R, the lower bound is exactly 0 when {@code x = 0} and the upper bound exactly 1 when
 * {@code x = n}. Unlike the Wald interval it stays inside [0, 1] and is usable for small counts,
 * which is why survey tables use it for simple random samples.
 */
public final class Wilson {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private Wilson() {}

  /**
   * The Wilson interval of {@code successes} out of {@code trials}.
   *
   * @param confidence the confidence level, strictly between 0 and 1 (0.95 for 95%)
   * @return the interval, or {@link Interval#UNDEFINED} when {@code trials} is 0
   * @throws StatisticsInputException when the counts are negative, successes exceed trials, or the
   *     confidence level is outside (0, 1)
   */
  public static Interval interval(long successes, long trials, double confidence) {
    double z = z(confidence);
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new StatisticsInputException(
          "Wilson interval",
          successes
              + " successes out of "
              + trials
              + " trials: counts must satisfy 0 <= successes <= trials");
    }
    if (trials == 0) {
      return Interval.UNDEFINED;
    }
    return atZ(successes, trials, z);
  }

  /** The interval for a normal quantile {@code z} already worked out; trials must be positive. */
  static Interval atZ(long successes, long trials, double z) {
    double n = trials;
    double p = successes / n;
    double z22n = z * z / (2 * n);
    double denominator = 1 + 2 * z22n;
    double spread = z * Math.sqrt(p * (1 - p) / n + z22n / (2 * n));
    double low = successes == 0 ? 0 : (p + z22n - spread) / denominator;
    double high = successes == trials ? 1 : (p + z22n + spread) / denominator;
    return new Interval(Math.max(0, low), Math.min(1, high));
  }

  /**
   * The standard normal quantile for a two-sided interval at this confidence level.
   *
   * @throws StatisticsInputException when the level is not strictly between 0 and 1
   */
  static double z(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new StatisticsInputException(
          "confidence level", confidence + " is not strictly between 0 and 1 (write 0.95 for 95%)");
    }
    return STANDARD_NORMAL.inverseCumulativeProbability((1 + confidence) / 2);
  }
}
