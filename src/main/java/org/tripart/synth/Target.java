package org.tripart.synth;

import org.tripart.instrument.SourceLocation;

/**
 * One figure the synthetic data must reproduce: the percentage of respondents choosing {@code
 * option} of {@code item}, optionally within the stratum of respondents who chose {@code byOption}
 * of {@code byItem}. Immutable.
 *
 * <p>Special options: {@link #MISSING} (percentage of the respondents to whom the item applies who
 * leave it blank), {@link #MEAN} and {@link #SD} (of a numeric item; {@code pct} then holds the
 * value, not a percentage).
 *
 * @param item the item id
 * @param option an option code or one of the special options
 * @param pct the target as written
 * @param decimals the number of decimals as written ("16.5" has 1, "47" has 0); the generated
 *     figure must round, half up, at this many decimals to {@code pct}
 * @param byItem the item whose option defines the stratum, null for a marginal target
 * @param byOption the option of {@code byItem} defining the stratum, null for a marginal target
 * @param where the file and line the target was read from, never null
 */
public record Target(
    String item,
    String option,
    double pct,
    int decimals,
    String byItem,
    String byOption,
    SourceLocation where) {
  public static final String MISSING = ".missing";
  public static final String MEAN = ".mean";
  public static final String SD = ".sd";

  public Target {
    where = where == null ? SourceLocation.BUILT_IN : where;
  }

  /** A marginal target built in code. */
  public static Target of(String item, String option, double pct, int decimals) {
    return new Target(item, option, pct, decimals, null, null, SourceLocation.BUILT_IN);
  }

  /** A target within the stratum {@code byItem = byOption}, built in code. */
  public static Target by(
      String item, String option, double pct, int decimals, String byItem, String byOption) {
    return new Target(item, option, pct, decimals, byItem, byOption, SourceLocation.BUILT_IN);
  }

  /** True when the target holds within a stratum rather than over all respondents. */
  public boolean isCross() {
    return byItem != null;
  }

  /** True for {@code .missing}, {@code .mean} and {@code .sd}. */
  public boolean isSpecial() {
    return option.startsWith(".");
  }

  /** True for a percentage of an option (not a special target). */
  public boolean isOptionShare() {
    return !isSpecial();
  }
}
