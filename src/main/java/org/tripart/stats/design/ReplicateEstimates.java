package org.tripart.stats.design;

import java.util.BitSet;
import java.util.List;
import org.tripart.ErrorCode;

/**
 * Means, proportions and totals on a replicate design as R's {@code svymean.svyrep.design} and
 * {@code svytotal.svyrep.design} (survey 4.1.1): the estimate under the full-sample weights and
 * under each replicate's analysis weights, the variance by {@link ReplicateVariance}. A domain acts
 * as R's {@code subset}: rows outside it weigh 0 in every replicate. Rows whose value is NaN leave
 * the domain ({@code na.rm = TRUE}). Each estimate is one pass over the domain's rows with the
 * replicates innermost; many proportions over many rows are shared over the common fork-join pool,
 * one indicator per task, so the numbers do not depend on the split. Stateless and thread-safe;
 * inputs are read, never changed.
 */
public final class ReplicateEstimates {
  private ReplicateEstimates() {}

  /** {@code svymean(~y, subset(design, domain), na.rm = TRUE)}; domain null: all rows. */
  public static ReplicateEstimate mean(ReplicateDesign design, double[] y, BitSet domain) {
    return estimate(design, y, domain, true);
  }

  /** {@code svytotal(~y, subset(design, domain), na.rm = TRUE)}; domain null: all rows. */
  public static ReplicateEstimate total(ReplicateDesign design, double[] y, BitSet domain) {
    return estimate(design, y, domain, false);
  }

  /**
   * The proportion of each 0/1 indicator among the domain's rows (null: all rows), as {@code
   * svymean} of the indicator on {@code subset(design, domain)}, sharing the domain's denominators.
   *
   * @throws ReplicateInputException when no domain row has a positive full-sample weight
   */
  public static List<ReplicateEstimate> proportions(
      ReplicateDesign design, BitSet domain, List<BitSet> indicators) {
    int n = design.size();
    int k = design.replicates;
    double[] a = design.analysis;
    double[] w = design.weights;
    double[] den = new double[k];
    double fullDen = 0;
    for (int r = first(domain, 0); r >= 0 && r < n; r = next(domain, r)) {
      fullDen += w[r];
      int o = r * k;
      for (int j = 0; j < k; j++) {
        den[j] += a[o + j];
      }
    }
    if (!(fullDen > 0)) {
      throw empty();
    }
    double total = fullDen;
    ReplicateEstimate[] out = new ReplicateEstimate[indicators.size()];
    java.util.stream.IntStream range = java.util.stream.IntStream.range(0, out.length);
    if ((long) n * k * out.length > 50_000_000L) {
      range = range.parallel();
    }
    range.forEach(i -> out[i] = proportion(design, domain, indicators.get(i), den, total));
    return List.of(out);
  }

  private static ReplicateEstimate proportion(
      ReplicateDesign design, BitSet domain, BitSet ind, double[] den, double fullDen) {
    int n = design.size();
    int k = design.replicates;
    double[] a = design.analysis;
    double[] w = design.weights;
    double[] num = new double[k];
    double fullNum = 0;
    for (int r = ind.nextSetBit(0); r >= 0 && r < n; r = ind.nextSetBit(r + 1)) {
      if (domain != null && !domain.get(r)) {
        continue;
      }
      fullNum += w[r];
      int o = r * k;
      for (int j = 0; j < k; j++) {
        num[j] += a[o + j];
      }
    }
    double[] theta = new double[k];
    for (int j = 0; j < k; j++) {
      theta[j] = num[j] / den[j];
    }
    double p = fullNum / fullDen;
    return new ReplicateEstimate(p, Math.sqrt(ReplicateVariance.variance(design, theta, p)));
  }

  private static ReplicateEstimate estimate(
      ReplicateDesign design, double[] y, BitSet domain, boolean mean) {
    int n = design.size();
    if (y.length != n) {
      throw ReplicateDesignBuilder.fail(
          ErrorCode.REPLICATE_ESTIMATE, "values", y.length + " values for a design of " + n);
    }
    int k = design.replicates;
    double[] a = design.analysis;
    double[] w = design.weights;
    double[] num = new double[k];
    double[] den = new double[k];
    double fullNum = 0;
    double fullDen = 0;
    for (int r = first(domain, 0); r >= 0 && r < n; r = next(domain, r)) {
      double v = y[r];
      if (Double.isNaN(v)) {
        continue;
      }
      fullNum += w[r] * v;
      fullDen += w[r];
      int o = r * k;
      for (int j = 0; j < k; j++) {
        double x = a[o + j];
        num[j] += x * v;
        den[j] += x;
      }
    }
    if (mean && !(fullDen > 0)) {
      throw empty();
    }
    double[] theta = new double[k];
    for (int j = 0; j < k; j++) {
      theta[j] = mean ? num[j] / den[j] : num[j];
    }
    double est = mean ? fullNum / fullDen : fullNum;
    return new ReplicateEstimate(est, Math.sqrt(ReplicateVariance.variance(design, theta, est)));
  }

  private static ReplicateInputException empty() {
    return ReplicateDesignBuilder.fail(
        ErrorCode.REPLICATE_ESTIMATE, "domain", "no rows with a positive weight to estimate from");
  }

  private static int first(BitSet domain, int from) {
    return domain == null ? from : domain.nextSetBit(from);
  }

  private static int next(BitSet domain, int r) {
    return domain == null ? r + 1 : domain.nextSetBit(r + 1);
  }
}
