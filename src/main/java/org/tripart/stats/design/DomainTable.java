package org.tripart.stats.design;

import java.util.List;
import org.tripart.ErrorCode;

/**
 * Estimates of several items in every level of a domain variable and their full covariance, as R's
 * {@code svyby(~y1 + y2, ~g, design, FUN, covmat = TRUE)} returns them. Cells are ordered level by
 * level, items within a level: cell {@code l * items + i}. Immutable (arrays are copied out);
 * thread-safe.
 *
 * @param statistic the estimator of every cell
 * @param levels the levels with rows of positive weight, in the order of the level codes
 * @param items the items' names
 * @param estimates the estimate of every cell
 * @param standardErrors every cell's SE as {@code svyby} prints it (the level's own {@code subset})
 * @param covariance {@code vcov(svyby(..., covmat = TRUE))}: the cells' covariance (row-major, from
 *     the stacked influence functions on the whole design)
 * @param rows rows of positive weight with every item answered, per level
 * @param weightSums the estimated population size of every level
 * @param degreesOfFreedom {@code degf(design)} of the whole design
 */
public record DomainTable(
    DomainStatistic statistic,
    List<String> levels,
    List<String> items,
    double[] estimates,
    double[] standardErrors,
    double[] covariance,
    int[] rows,
    double[] weightSums,
    int degreesOfFreedom) {

  public DomainTable {
    levels = List.copyOf(levels);
    items = List.copyOf(items);
    estimates = estimates.clone();
    standardErrors = standardErrors.clone();
    covariance = covariance.clone();
    rows = rows.clone();
    weightSums = weightSums.clone();
  }

  /** The number of cells, levels times items. */
  public int cells() {
    return estimates.length;
  }

  /**
   * The index of a cell.
   *
   * @throws DesignInputException {@code CONTRAST_UNKNOWN_TERM} when the level or item is not in the
   *     table (an empty level is not)
   */
  public int cell(String level, String item) {
    int l = levels.indexOf(level);
    int i = items.indexOf(item);
    if (l < 0) {
      throw new DesignInputException(
          ErrorCode.CONTRAST_UNKNOWN_TERM,
          "level " + level,
          "the domain estimates have no such level (with rows of positive weight); they have "
              + levels);
    }
    if (i < 0) {
      throw new DesignInputException(
          ErrorCode.CONTRAST_UNKNOWN_TERM,
          "item " + item,
          "the domain estimates have no such item; they have " + items);
    }
    return l * items.size() + i;
  }

  public double estimate(String level, String item) {
    return estimates[cell(level, item)];
  }

  public double standardError(String level, String item) {
    return standardErrors[cell(level, item)];
  }

  /** The estimate of a cell (index as {@link #cell}). */
  public double estimate(int cell) {
    return estimates[cell];
  }

  /** The covariance of two cells. */
  public double covariance(int cellA, int cellB) {
    return covariance[cellA * estimates.length + cellB];
  }

  @Override
  public double[] estimates() {
    return estimates.clone();
  }

  @Override
  public double[] standardErrors() {
    return standardErrors.clone();
  }

  @Override
  public double[] covariance() {
    return covariance.clone();
  }

  @Override
  public int[] rows() {
    return rows.clone();
  }

  @Override
  public double[] weightSums() {
    return weightSums.clone();
  }
}
