package org.tripart.stats.design;

import java.util.Locale;
import org.tripart.ErrorCode;

/**
 * How a quantile is read off the weighted empirical distribution: R survey 4.1.1's {@code qrule}
 * argument of {@code svyquantile}, one constant per {@code survey:::qrule_*} function. Rows of
 * weight zero are dropped first, as every R rule does.
 */
public enum QuantileRule {
  /**
   * {@code qrule_math} (R's default): the smallest value whose cumulative weight share reaches p
   * (when the share at a value equals p exactly, that value).
   */
  MATH("math"),
  /** {@code qrule_school}: as MATH, but the midpoint of the two values when the share equals p. */
  SCHOOL("school"),
  /**
   * {@code qrule_shahvaish}: Shah and Vaish's rule, a step function of the positions {@code (S_k +
   * 1/2 - w_k/2) / (n + 1)} with S the cumulative weights scaled to mean 1.
   */
  SHAHVAISH("shahvaish"),
  /** {@code qrule_hf1}: the same arithmetic as MATH (Hyndman and Fan's type 1). */
  HF1("hf1"),
  /** {@code qrule_hf2}: the same arithmetic as SCHOOL (type 2). */
  HF2("hf2"),
  /**
   * {@code qrule_hf3}: on the distinct values with their summed weights, the lower value when the
   * share equals p at an even position, else the upper (type 3).
   */
  HF3("hf3"),
  /** {@code qrule_hf4}: linear between the two values by the shares' distances (type 4). */
  HF4("hf4"),
  /** {@code qrule_hf5}: linear interpolation at positions {@code (C_k - w_k/2) / C_n} (type 5). */
  HF5("hf5"),
  /** {@code qrule_hf6}: linear interpolation at positions {@code C_k / (C_n + w_n)} (type 6). */
  HF6("hf6"),
  /**
   * {@code qrule_hf7}: linear interpolation at positions {@code C_(k-1) / C_(n-1)} (type 7, R's
   * {@code quantile} default when the weights are equal).
   */
  HF7("hf7"),
  /** {@code qrule_hf8}: positions {@code (C_(k-1)/3 + 2 C_k/3) / (C_n + w_n/3)} (type 8). */
  HF8("hf8"),
  /** {@code qrule_hf9}: positions {@code (3 C_(k-1)/8 + 5 C_k/8) / (C_n + w_n/4)} (type 9). */
  HF9("hf9");

  private final String rName;

  QuantileRule(String rName) {
    this.rName = rName;
  }

  /** The name R's {@code qrule} argument takes, such as {@code "math"} or {@code "hf7"}. */
  public String rName() {
    return rName;
  }

  /** True for the rules that interpolate linearly between positions (R's {@code approx}). */
  boolean interpolates() {
    return this == HF5 || this == HF6 || this == HF7 || this == HF8 || this == HF9;
  }

  /**
   * The rule R's {@code qrule} names (case-insensitive).
   *
   * @throws DesignInputException {@code QUANTILE_METHOD} for a name R does not know, listing those
   *     it does
   */
  public static QuantileRule of(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (QuantileRule r : values()) {
      if (r.rName.equals(n)) {
        return r;
      }
    }
    throw new DesignInputException(
        ErrorCode.QUANTILE_METHOD,
        "quantile rule",
        "'"
            + name
            + "' is not a quantile rule; use one of math, school, shahvaish, hf1, hf2, hf3, hf4,"
            + " hf5, hf6, hf7, hf8, hf9");
  }
}
