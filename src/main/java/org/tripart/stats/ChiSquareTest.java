package org.tripart.stats;

/**
 * Pearson's chi-square test of independence on a contingency table, without continuity correction
 * (R: {@code chisq.test(m, correct = FALSE)} after dropping empty rows and columns). Immutable.
 *
 * @param statistic the chi-square statistic, NaN when the table has fewer than two non-empty rows
 *     or columns
 * @param degreesOfFreedom {@code (rows - 1)(columns - 1)} over the non-empty rows and columns, 0
 *     when the test is undefined
 * @param pValue the upper-tail probability of the statistic, NaN when undefined
 * @param n the respondents in the table
 * @param minExpected the smallest expected count, NaN when undefined
 * @param cellsBelowFiveExpected how many cells expect fewer than 5 respondents: when this is more
 *     than a fifth of the cells, or any cell expects less than 1, the chi-square approximation is
 *     doubtful
 */
public record ChiSquareTest(
    double statistic,
    int degreesOfFreedom,
    double pValue,
    int n,
    double minExpected,
    int cellsBelowFiveExpected) {

  /** True when the table had at least two non-empty rows and columns. */
  public boolean isDefined() {
    return degreesOfFreedom > 0;
  }
}
