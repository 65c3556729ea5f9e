package org.tripart.stats.design;

import java.util.List;

/**
 * The proportions of an item's options among a domain's rows, as {@link
 * DesignEstimates#proportions} gives them, the domain's degrees of freedom, as {@link
 * DesignEstimates#degreesOfFreedom}, and, for {@link CiMethod#LOGIT} on an uncalibrated design,
 * each option's {@code svyciprop} interval, as {@link ProportionIntervals#of(SurveyDesign, List,
 * java.util.BitSet, CiMethod, double)}: made by {@link ProportionIntervals#item} from shared passes
 * over the rows. Immutable.
 *
 * @param estimates per option, in the order of the indicators
 * @param degreesOfFreedom the domain's design degrees of freedom
 * @param logitIntervals per option, or null when not made (another method, or a calibrated design)
 */
public record ItemProportions(
    List<MeanEstimate> estimates, int degreesOfFreedom, List<ProportionInterval> logitIntervals) {
  public ItemProportions {
    estimates = List.copyOf(estimates);
    logitIntervals = logitIntervals == null ? null : List.copyOf(logitIntervals);
  }
}
