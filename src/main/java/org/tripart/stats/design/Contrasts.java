package org.tripart.stats.design;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.tripart.ErrorCode;

/**
 * Linear contrasts of domain estimates, as R's {@code svycontrast(stat, contrasts)} on {@code
 * svyby(..., covmat = TRUE)} ({@code survey:::contrast}: estimate {@code c' theta}, variance {@code
 * c' V c}); the t test on the design's degrees of freedom is what a user computes from R's estimate
 * and SE ({@code 2 * pt(-abs(est / se), degf(design))}). Stateless and thread-safe.
 */
public final class Contrasts {
  private Contrasts() {}

  /**
   * {@code sum coefficient * estimate(level, item)} over the terms.
   *
   * @throws DesignInputException {@code CONTRAST_UNKNOWN_TERM} when a term names a level or item
   *     the table does not have, or the terms are empty
   */
  public static ContrastEstimate of(DomainTable table, List<ContrastTerm> terms) {
    if (terms.isEmpty()) {
      throw new DesignInputException(
          ErrorCode.CONTRAST_UNKNOWN_TERM, "contrast", "a contrast needs at least one term");
    }
    int k = table.cells();
    double[] c = new double[k];
    for (ContrastTerm t : terms) {
      if (!Double.isFinite(t.coefficient())) {
        throw new DesignInputException(
            ErrorCode.CONTRAST_UNKNOWN_TERM,
            "level " + t.level() + " item " + t.item(),
            "coefficient " + t.coefficient());
      }
      c[table.cell(t.level(), t.item())] += t.coefficient();
    }
    double est = 0;
    double var = 0;
    for (int a = 0; a < k; a++) {
      if (c[a] == 0) {
        continue;
      }
      est += c[a] * table.estimate(a);
      for (int b = 0; b < k; b++) {
        if (c[b] != 0) {
          var += c[a] * c[b] * table.covariance(a, b);
        }
      }
    }
    double se = Math.sqrt(var);
    double t = est / se;
    int df = table.degreesOfFreedom();
    double p =
        df <= 0 || Double.isNaN(t)
            ? Double.NaN
            : 2
                * new TDistribution(null, df, ProportionIntervals.ACCURACY)
                    .cumulativeProbability(-Math.abs(t));
    return new ContrastEstimate(est, se, df, t, p);
  }

  /** The difference {@code estimate(level, item) - estimate(reference, item)}. */
  public static ContrastEstimate difference(
      DomainTable table, String item, String level, String reference) {
    return of(
        table, List.of(new ContrastTerm(level, item, 1), new ContrastTerm(reference, item, -1)));
  }
}
