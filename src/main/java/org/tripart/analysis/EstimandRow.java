package org.tripart.analysis;

import java.util.Locale;

/**
 * One estimate of {@link EstimandAnalysis}: a total, a ratio, a score mean or a contrast, on the
 * scale R reports it (counts, ratios, scores; a contrast of proportions in proportions, not
 * percent). Immutable.
 *
 * @param kind what was estimated
 * @param item the item (a ratio: its numerator)
 * @param option the option of a coded item's total or of a contrasted proportion, null otherwise
 * @param detail the ratio's denominator, a contrast's label, a score mean's scoring; null otherwise
 * @param estimate the estimate; NaN when its domain has no usable rows
 * @param standardError its SE: Taylor linearisation, or from the replicates on a replicate design
 * @param lower lower limit of the interval, estimate minus t(df) SE
 * @param upper upper limit
 * @param degreesOfFreedom the design degrees of freedom of the estimate's domain
 * @param designEffect R's {@code deff} where R reports one (totals, score means), else NaN
 * @param rows rows that entered (answered, in the domain, non-zero weight)
 * @param statistic t = estimate / SE of a contrast, NaN otherwise
 * @param pValue two-sided p of a contrast's t on its df, NaN otherwise
 */
public record EstimandRow(
    Kind kind,
    String item,
    String option,
    String detail,
    double estimate,
    double standardError,
    double lower,
    double upper,
    int degreesOfFreedom,
    double designEffect,
    int rows,
    double statistic,
    double pValue) {

  /** The kinds of estimand, each named after the R function it follows. */
  public enum Kind {
    /** {@code svytotal}. */
    TOTAL,
    /** {@code svyratio}. */
    RATIO,
    /** {@code svymean} of an ordered item's scores. */
    SCORE_MEAN,
    /** {@code svycontrast} of {@code svyby}. */
    CONTRAST,
    /** {@code svyquantile}: option is the probability, detail the rule and interval type. */
    QUANTILE;

    /** The kind's name in output files: {@code total}, {@code ratio}, {@code score_mean}, ... */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
