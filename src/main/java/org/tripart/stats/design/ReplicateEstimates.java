package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.tripart.ErrorCode;

/**
 * Means, proportions and totals on a replicate design as R's {@code svymean.svyrep.design} and
 * {@code svytotal.svyrep.design} (survey 4.1.1): the estimate under the full-sample weights and
 * under each replicate's analysis weights, the variance by {@link ReplicateVariance}. A domain acts
 * as R's {@code subset}: rows outside it weigh 0 in every replicate. Rows whose value is NaN leave
 * the domain ({@code na.rm = TRUE}). Each estimate is one pass over the domain's rows with the
 * replicates innermost. Stateless and thread-safe; inputs are read, never changed.
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
    List<ReplicateEstimate> out = new ArrayList<>(indicators.size());
    double[] num = new double[k];
    for (BitSet ind : indicators) {
      java.util.Arrays.fill(num, 0);
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
      out.add(new ReplicateEstimate(p, Math.sqrt(ReplicateVariance.variance(design, theta, p))));
    }
    return out;
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
