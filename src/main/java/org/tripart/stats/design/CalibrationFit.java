package org.tripart.stats.design;

/**
 * A calibrated design and how its g-weights were found.
 *
 * @param design the design with weights {@code w * g}, carrying the calibration for the variance
 * @param iterations Newton steps of R's {@code grake} (0 for the closed-form linear calibration)
 * @param achieved the largest {@code |misfit| / (1 + |population|)} over the columns at the end
 */
public record CalibrationFit(SurveyDesign design, int iterations, double achieved) {}
