package org.tripart.stats.design;

/**
 * The outcome of {@link Weighting#rake}.
 *
 * @param design the raked design, whose variance accounts for the raking
 * @param iterations the passes over all margins that were made
 * @param maxChange the largest change of a weighted cell count in the last pass
 * @param converged whether {@code maxChange} fell below the tolerance within the allowed passes
 */
public record RakeResult(
    SurveyDesign design, int iterations, double maxChange, boolean converged) {}
