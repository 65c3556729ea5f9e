package org.tripart.analysis;

import java.util.List;
import org.tripart.stats.design.QuantileInterval;
import org.tripart.stats.design.ReplicateDesign;
import org.tripart.stats.design.ReplicateType;

/**
 * What R's survey 4.1.1 says when it takes the plan's quantiles on its replicate-weight design
 * ({@code svyquantile.svyrep.design}): with {@code interval.type = "quantile"} it warns {@value
 * #JACKKNIFE} on a JK1 or JKn design, and gives the message {@value #OTHER} on one of type {@code
 * other}; on any other design or interval type it says nothing. The numbers are R's either way; the
 * note says, in R's words, that their SEs may not be valid. Stateless and thread-safe.
 */
public final class QuantileNotes {
  /** R's warning for jackknife replicates, word for word. */
  public static final String JACKKNIFE =
      "Jackknife replicate weights may not give valid standard errors for quantiles";

  /** R's message for replicates of type {@code other}, word for word. */
  public static final String OTHER =
      "Not all replicate weight designs give valid standard errors for quantiles.";

  private QuantileNotes() {}

  /**
   * The note on the plan's quantiles, in a sentence quoting R; empty when the plan asks for none or
   * R says nothing.
   */
  public static List<String> of(DesignSetup.Prepared prepared, DesignPlan plan) {
    ReplicateDesign r = prepared.replicates();
    if (plan.quantiles().isEmpty()
        || r == null
        || plan.quantiles().interval() != QuantileInterval.QUANTILE) {
      return List.of();
    }
    return switch (r.type()) {
      case JK1, JKN ->
          List.of(
              "Warning, as R's svyquantile warns on "
                  + (r.type() == ReplicateType.JK1 ? "JK1" : "JKn")
                  + " replicate weights with interval type quantile: "
                  + JACKKNIFE
                  + ".");
      case OTHER ->
          List.of(
              "Note, as R's svyquantile says of replicate weights of type other with interval"
                  + " type quantile: "
                  + OTHER);
      default -> List.of();
    };
  }
}
