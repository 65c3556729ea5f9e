package org.tripart.stats.design;

import java.util.List;
import org.tripart.ErrorCode;

/**
 * Means (proportions) or totals of several items in every level of a domain variable at once, with
 * their full covariance across levels and items, as R's {@code svyby(~y1 + y2, ~g, design, svymean
 * | svytotal, covmat = TRUE, na.rm = TRUE)} in survey 4.1.1 ({@code
 * survey:::svyby.survey.design2}): each level is {@code design[g == level, ]}, rows missing any of
 * the items leave it, levels whose rows all have weight 0 are dropped; the covariance is {@code
 * svyrecvar} of the levels' influence functions stacked side by side on the whole design (mean:
 * {@code w (y - ybar_l) / W_l} in level l, total: {@code w y}, 0 elsewhere). Stateless and
 * thread-safe; inputs are read, never changed.
 */
public final class DomainEstimates {
  private DomainEstimates() {}

  /**
   * The table of every (level, item) estimate.
   *
   * @param values one array per item, NaN for missing
   * @param group every row's level, an index into {@code levels}; negative: the row has none
   * @throws DesignInputException {@code ESTIMAND_EMPTY_DOMAIN} when no level has rows, or a level's
   *     rows of positive weight all miss an item
   */
  public static DomainTable by(
      SurveyDesign design,
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
      DesignEstimates.checkLength(design, values.get(i).length, items.get(i));
    }
    DesignEstimates.checkLength(design, group.length, "domain groups");
    double[] w = design.weights;
    DomainLevels split = DomainLevels.of(w, group, levels);
    int[] slot = split.slot();
    List<String> kept = split.kept();
    int big = kept.size();
    int k = big * m;
    int[] rowCell = new int[n];
    double[] sw = new double[big];
    double[] swy = new double[k];
    int[] rows = new int[big];
    double[][] y = values.toArray(new double[0][]);
    for (int r = 0; r < n; r++) {
      int l = group[r] < 0 ? -1 : slot[group[r]];
      if (l >= 0) {
        for (int i = 0; i < m && l >= 0; i++) {
          if (Double.isNaN(y[i][r])) {
            l = -1;
          }
        }
      }
      rowCell[r] = l;
      if (l < 0) {
        continue;
      }
      double wr = w[r];
      sw[l] += wr;
      for (int i = 0; i < m; i++) {
        swy[l * m + i] += wr * y[i][r];
      }
      if (wr != 0) {
        rows[l]++;
      }
    }
    double[] est = new double[k];
    for (int l = 0; l < big; l++) {
      if (rows[l] == 0 || sw[l] <= 0) {
        throw new DesignInputException(
            ErrorCode.ESTIMAND_EMPTY_DOMAIN,
            "level " + kept.get(l),
            "no row of positive weight in this level has every item of " + items);
      }
      for (int i = 0; i < m; i++) {
        est[l * m + i] =
            statistic == DomainStatistic.MEAN ? swy[l * m + i] / sw[l] : swy[l * m + i];
      }
    }
    DomainCovariance cov = DomainCovariance.of(design, statistic, y, rowCell, big, m, est, sw);
    return new DomainTable(
        statistic,
        kept,
        items,
        est,
        cov.standardErrors(),
        cov.covariance(),
        rows,
        sw,
        design.degreesOfFreedom());
  }
}
