package org.tripart.stats.design;

/**
 * A mean, proportion or total on a replicate design, as R's {@code svymean} / {@code svytotal} on a
 * {@code svyrep.design} prints it.
 *
 * @param estimate the full-sample estimate
 * @param standardError the square root of {@code svrVar} of the replicates' estimates
 */
public record ReplicateEstimate(double estimate, double standardError) {}
