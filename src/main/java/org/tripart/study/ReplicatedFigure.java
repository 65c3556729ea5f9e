package org.tripart.study;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One published figure beside the figure recomputed from respondent-level data.
 *
 * @param table the paper's table number, or {@code text} for figures given only in the text
 * @param group the stakeholder group
 * @param item the published item id
 * @param itemLabel the item's label as printed
 * @param option the published option id
 * @param optionLabel the option's label as printed
 * @param published the printed percentage, or the printed count of a count row
 * @param n respondents counted (the numerator), or the recomputed count of a count row
 * @param denominator respondents to whom the item applied and who answered it; null for counts
 * @param pct the recomputed percentage, null for counts
 * @param ciLow lower bound of the 95% Wilson interval in percent, null for counts
 * @param ciHigh upper bound of the 95% Wilson interval in percent, null for counts
 * @param note the paper's own note on the figure, may be empty
 * @param agreement how the recomputed figure compares with the printed one
 */
public record ReplicatedFigure(
    String table,
    String group,
    String item,
    String itemLabel,
    String option,
    String optionLabel,
    double published,
    long n,
    Long denominator,
    Double pct,
    Double ciLow,
    Double ciHigh,
    String note,
    Agreement agreement) {

  /** How a recomputed figure compares with the printed one. */
  public enum Agreement {
    /** Rounded as printed, the recomputed figure is the printed one. */
    EXACT,
    /**
     * No whole number of respondents out of the denominator gives the printed figure, or none gives
     * the printed figures of its single-choice block together; the recomputed one is the nearest
     * that can be.
     */
    NEAREST_POSSIBLE,
    /** The figures differ: the paper contradicts itself here and a choice was made. */
    DIFFERS
  }

  public boolean isCount() {
    return pct == null;
  }

  /** The number of decimals the figure was printed with. */
  public int printedDecimals() {
    return Math.max(0, BigDecimal.valueOf(published).stripTrailingZeros().scale());
  }

  /**
   * The recomputed value rounded half-up as the paper printed it, computed exactly from n and the
   * denominator (69/120 is 57.5% and prints as 58, which binary floating point would miss).
   */
  public BigDecimal recomputedAsPrinted() {
    if (isCount()) {
      return BigDecimal.valueOf(n);
    }
    return BigDecimal.valueOf(100L * n)
        .divide(BigDecimal.valueOf(denominator), printedDecimals(), RoundingMode.HALF_UP);
  }

  /** True when the recomputed figure, rounded as printed, is the printed figure. */
  public boolean matchesAsPrinted() {
    return recomputedAsPrinted().compareTo(BigDecimal.valueOf(published)) == 0;
  }
}
