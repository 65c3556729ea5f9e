package org.tripart.stats.design;

import java.util.List;
import org.tripart.ErrorCode;

/**
 * Means (proportions) or totals of several items in every level of a domain variable on a
 * replicate-weight design, with their full covariance, as R survey 4.1.1's {@code svyby(~y1 + y2,
 * ~g, design, svymean | svytotal, covmat = TRUE, na.rm = TRUE)} of a {@code svyrep.design}: each
 * level is {@code design[g == level, ]}, its estimate made under the sampling weights and under
 * every replicate's analysis weights ({@code return.replicates = TRUE}), and the covariance of all
 * cells is {@code svrVar} of the replicates side by side ({@link ReplicateVariance#covariance}).
 * Rows missing any of the items leave every level; levels whose rows all weigh 0 are dropped, as
 * {@link DomainEstimates}. The table's cells, rows and weight sums are laid out as that class's, so
 * {@link Contrasts} takes either. One pass over the rows, replicates innermost. Stateless and
 * thread-safe; inputs are read, never changed.
 */
public final class ReplicateDomainEstimates {
  private ReplicateDomainEstimates() {}

  /**
   * The table of every (level, item) estimate, its degrees of freedom {@code degf(design)}.
   *
   * @param values one array per item, NaN for missing
   * @param group every row's level, an index into {@code levels}; negative: the row has none
   * @throws DesignInputException {@code ESTIMAND_EMPTY_DOMAIN} when no level has rows, or a level's
   *     rows of positive weight all miss an item
   */
  public static DomainTable by(
      ReplicateDesign design,
      List<String> items,
      List<double[]> values,
      int[] group,
      List<String> levels,
      DomainStatistic statistic) {
    int n = design.size();
    int m = items.size();
    if (values.size() != m || m == 0) {
      throw new DesignInputException(
          "items", m + " item names for " + values.size() + " value arrays");
    }
    for (int i = 0; i < m; i++) {
      ReplicateEstimands.checkLength(n, values.get(i).length, items.get(i));
    }
    ReplicateEstimands.checkLength(n, group.length, "domain groups");
    double[] w = design.weights;
    DomainLevels split = DomainLevels.of(w, group, levels);
    int[] slot = split.slot();
    List<String> kept = split.kept();
    int big = kept.size();
    int cells = big * m;
    int k = design.replicates;
    double[] a = design.analysis;
    double[][] y = values.toArray(new double[0][]);
    double[] sw = new double[big];
    double[] swy = new double[cells];
    int[] rows = new int[big];
    double[] repW = new double[k * big];
    double[] repY = new double[k * cells];
    for (int r = 0; r < n; r++) {
      int l = group[r] < 0 ? -1 : slot[group[r]];
      for (int i = 0; i < m && l >= 0; i++) {
        if (Double.isNaN(y[i][r])) {
          l = -1;
        }
      }
      if (l < 0) {
        continue;
      }
      double wr = w[r];
      sw[l] += wr;
      if (wr != 0) {
        rows[l]++;
      }
      int o = r * k;
      for (int j = 0; j < k; j++) {
        repW[j * big + l] += a[o + j];
      }
      for (int i = 0; i < m; i++) {
        double v = y[i][r];
        int c = l * m + i;
        swy[c] += wr * v;
        for (int j = 0; j < k; j++) {
          repY[j * cells + c] += a[o + j] * v;
        }
      }
    }
    double[] est = new double[cells];
    boolean mean = statistic == DomainStatistic.MEAN;
    for (int l = 0; l < big; l++) {
      if (rows[l] == 0 || sw[l] <= 0) {
        throw new DesignInputException(
            ErrorCode.ESTIMAND_EMPTY_DOMAIN,
            "level " + kept.get(l),
            "no row of positive weight in this level has every item of " + items);
      }
      for (int i = 0; i < m; i++) {
        est[l * m + i] = mean ? swy[l * m + i] / sw[l] : swy[l * m + i];
      }
    }
    if (mean) {
      for (int j = 0; j < k; j++) {
        for (int l = 0; l < big; l++) {
          double d = repW[j * big + l];
          for (int i = 0; i < m; i++) {
            repY[j * cells + l * m + i] /= d;
          }
        }
      }
    }
    double[] cov = ReplicateVariance.covariance(design, repY, est);
    double[] se = new double[cells];
    for (int c = 0; c < cells; c++) {
      se[c] = Math.sqrt(cov[c * cells + c]);
    }
    return new DomainTable(
        statistic, kept, items, est, se, cov, rows, sw, design.degreesOfFreedom());
  }
}
