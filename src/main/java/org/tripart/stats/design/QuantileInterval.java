package org.tripart.stats.design;

import java.util.Locale;
import org.tripart.ErrorCode;

/**
 * How the confidence interval of a quantile is formed: R survey 4.1.1's {@code interval.type} of
 * {@code svyquantile}. MEAN, BETA, XLOGIT and ASIN are Woodruff intervals ({@code
 * survey:::woodruffCI}): an interval for the estimated distribution function at the quantile, read
 * back through the quantile rule. SCORE inverts a score test ({@code survey:::ffullerCI}). QUANTILE
 * (replicate designs only, {@code survey:::repCI}) is a Wald interval from the replicates' own
 * quantiles.
 *
 * <p>On a replicate design R's {@code svyquantile.svyrep.design} passes no method to {@code
 * woodruffCI}, so BETA, XLOGIT and ASIN give the MEAN interval there; Tripart does the same.
 */
public enum QuantileInterval {
  /** Wald interval for the distribution function, {@code p +- t se(p)} (R's default). */
  MEAN("mean"),
  /** Clopper-Pearson-type interval from the effective sample size, as {@code svyciprop}'s. */
  BETA("beta"),
  /** Wald interval on the logit of the distribution function, back-transformed. */
  XLOGIT("xlogit"),
  /** Wald interval on {@code asin(sqrt(p))}, back-transformed by {@code sin(.)^2}. */
  ASIN("asin"),
  /** Francisco and Fuller's score-test inversion (Taylor designs only). */
  SCORE("score"),
  /** Replicates' quantiles' variance, {@code q +- t sqrt(v)} (replicate designs only). */
  QUANTILE("quantile");

  private final String rName;

  QuantileInterval(String rName) {
    this.rName = rName;
  }

  /** The name R's {@code interval.type} argument takes, such as {@code "mean"}. */
  public String rName() {
    return rName;
  }

  /**
   * The interval type R's {@code interval.type} names (case-insensitive).
   *
   * @throws DesignInputException {@code QUANTILE_METHOD} for a name R does not know
   */
  public static QuantileInterval of(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (QuantileInterval i : values()) {
      if (i.rName.equals(n)) {
        return i;
      }
    }
    throw new DesignInputException(
        ErrorCode.QUANTILE_METHOD,
        "quantile interval",
        "'"
            + name
            + "' is not a quantile interval type; use one of mean, beta, xlogit, asin, score"
            + " (Taylor designs) or quantile (replicate designs)");
  }
}
