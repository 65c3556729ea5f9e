package org.tripart.stats.design;

/**
 * The outcome of {@link ReplicateWeighting#rake}: the raked replicate design, the passes made, the
 * last change of the margins' joint weighted table and whether it fell below epsilon (R warns
 * "Raking did not converge" when not).
 */
public record ReplicateRakeResult(
    ReplicateDesign design, int passes, double delta, boolean converged) {}
