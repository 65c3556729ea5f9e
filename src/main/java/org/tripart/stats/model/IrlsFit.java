package org.tripart.stats.model;

/**
 * What {@link GlmFitter#fit} leaves: the coefficients, R's {@code summary(glm)$cov.unscaled}
 * (inverse of X'WX with the working weights of the last iteration), those working weights and the
 * final linear predictor, fitted mean and d mu / d eta per fitted row (in the fitter's row order),
 * the deviance under the prior weights used and R's {@code iter}. The arrays are owned by the
 * record; do not change them.
 */
public record IrlsFit(
    double[] coefficients,
    double[] inverseInformation,
    double[] workingWeights,
    double[] linearPredictor,
    double[] fittedMeans,
    double[] slopes,
    double deviance,
    int iterations) {}
