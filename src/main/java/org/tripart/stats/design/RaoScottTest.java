package org.tripart.stats.design;

/**
 * A design-based test of association in a two-way table, as R's {@code svychisq}.
 *
 * @param pearson Pearson's X^2 of the weighted table scaled to the sample size
 * @param f second-order Rao-Scott statistic X^2 / trace(Delta) ({@code statistic = "F"})
 * @param numeratorDf d = trace(Delta)^2 / trace(Delta^2)
 * @param denominatorDf d times the design degrees of freedom
 * @param pValue upper tail of F(d, d * df) at {@code f}
 * @param firstOrderPValue first-order correction ({@code statistic = "Chisq"}): upper tail of
 *     chi-square with (r-1)(c-1) df at X^2 / mean eigenvalue of Delta
 * @param cells design-based cell proportions of the whole table, [row][column]
 * @param cellStandardErrors their standard errors, [row][column]
 */
public record RaoScottTest(
    double pearson,
    double f,
    double numeratorDf,
    double denominatorDf,
    double pValue,
    double firstOrderPValue,
    double[][] cells,
    double[][] cellStandardErrors) {}
