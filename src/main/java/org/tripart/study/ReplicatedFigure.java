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
    String note) {

  /** How a recomputed figure compares with the printed one. */
  public enum Agreement {
    /** Rounded as printed, the recomputed figure is the printed one. */
    EXACT,
    /** No whole number of respondents gives the printed figure; the recomputed one is nearest. */
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

  /** The recomputed value rounded half-up as the paper printed it. */
  public double recomputedAsPrinted() {
    double v = isCount() ? n : pct;
    return BigDecimal.valueOf(v).setScale(printedDecimals(), RoundingMode.HALF_UP).doubleValue();
  }

  public Agreement agreement() {
    if (recomputedAsPrinted() == published) {
      return Agreement.EXACT;
    }
    if (!isCount() && !achievable(published, printedDecimals(), denominator)) {
      double best =
          Math.abs(100.0 * Math.round(published * denominator / 100.0) / denominator - published);
      double ours = Math.abs(pct - published);
      double step = 100.0 / denominator;
      if (ours <= best + step / 2 + 1e-12) {
        return Agreement.NEAREST_POSSIBLE;
      }
    }
    return Agreement.DIFFERS;
  }

  /**
   * True when some whole count out of {@code denominator} gives {@code value} rounded half-up to
   * {@code decimals} places.
   */
  static boolean achievable(double value, int decimals, long denominator) {
    long around = Math.round(value * denominator / 100.0);
    for (long x = Math.max(0, around - 2); x <= Math.min(denominator, around + 2); x++) {
      BigDecimal p =
          BigDecimal.valueOf(100L * x)
              .divide(BigDecimal.valueOf(denominator), decimals + 10, RoundingMode.HALF_UP)
              .setScale(decimals, RoundingMode.HALF_UP);
      if (p.doubleValue() == value) {
        return true;
      }
    }
    return false;
  }
}
