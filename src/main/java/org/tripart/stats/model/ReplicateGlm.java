package org.tripart.stats.model;

import java.util.BitSet;
import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.stats.design.ReplicateDesign;
import org.tripart.stats.design.ReplicateVariance;

/**
 * Design-based generalised linear models on a replicate-weight design, equal to R's {@code
 * svyglm(formula, subset(design, domain), family)} on a {@code svyrep.design} (survey 4.1.1, {@code
 * survey:::svyglm.svyrep.design} and {@code summary.svrepglm}): the model fitted with prior weights
 * w / mean(w) over the domain's rows, refitted from those coefficients under every replicate's
 * analysis weights a_r / sum(a_r) over the fitted rows ({@code glm.fit(start = beta0)}); the
 * covariance is {@code svrVar} of the replicates' coefficients ({@link ReplicateVariance});
 * residual df {@code degf(subset(design, domain)) + 1 - p}; dispersion {@code sum(w * presid^2) /
 * sum(w)} with the Pearson residuals under the prior weights; t tests and Wald intervals on the df.
 * Rows of the domain with a NaN are dropped and counted, as {@code na.omit}. Stateless and
 * thread-safe; inputs are read, never changed.
 */
public final class ReplicateGlm {
  private ReplicateGlm() {}

  /**
   * Fits {@code y ~ x} over the domain's rows (null: all rows).
   *
   * @throws ModelInputException as {@link SurveyGlm#fit} for the full-sample fit; with TRP-1720,
   *     naming the replicate, when a replicate's refit fails (R gives NA coefficients there, and so
   *     no variance)
   */
  public static GlmResult fit(
      ReplicateDesign design, ModelMatrix x, double[] y, Family family, BitSet domain) {
    int n = design.size();
    int p = x.width();
    double[] w = design.weights();
    FitRows fr = FitRows.of(n, w, x, y, family, domain);
    int[] rows = fr.rows();
    int df = design.degreesOfFreedom(domain) + 1 - p;
    if (df <= 0) {
      throw new ModelInputException(
          ErrorCode.MODEL_INPUT,
          "model",
          "residual degrees of freedom "
              + df
              + " (replicate design df "
              + (df + p - 1)
              + " + 1 - "
              + p
              + " coefficients): too many coefficients for the replicates");
    }
    double meanW = fr.domainWeight() / fr.domainRows();
    double[] prior = new double[n];
    for (int r : rows) {
      prior[r] = w[r] / meanW;
    }
    GlmFitter fitter = new GlmFitter(x, y, family, rows);
    IrlsFit full = fitter.fit(prior);
    double[] beta0 = full.coefficients();
    int k = design.replicates();
    double[] betas = new double[k * p];
    double[] wi = new double[n];
    for (int j = 0; j < k; j++) {
      double sum = 0;
      for (int r : rows) {
        wi[r] = design.replicateWeight(r, j);
        sum += wi[r];
      }
      for (int r : rows) {
        wi[r] /= sum;
      }
      IrlsFit fit;
      try {
        fit = fitter.fit(wi, beta0);
      } catch (ModelInputException e) {
        throw new ModelInputException(
            ErrorCode.REPLICATE_MODEL,
            "replicate " + (j + 1) + " of " + k,
            "the refit under this replicate's weights fails ("
                + e.getMessage()
                + "); R's svyglm gives NA coefficients there and no variance");
      }
      System.arraycopy(fit.coefficients(), 0, betas, j * p, p);
    }
    double[] v = ReplicateVariance.covariance(design, betas, beta0);
    double dispersion = dispersion(y, family, rows, w, prior, full);
    List<GlmCoefficient> table = FitRows.table(x, family, beta0, v, df);
    return new GlmResult(
        family,
        table,
        v,
        df,
        dispersion,
        full.deviance(),
        full.iterations(),
        rows.length,
        fr.dropped());
  }

  /**
   * {@code summary.svrepglm}'s dispersion: sum over fitted rows of w * presid^2 / sum(w), the
   * Pearson residual under the prior weights {@code (y - mu) sqrt(prior) / sqrt(V(mu))}.
   */
  private static double dispersion(
      double[] y, Family family, int[] rows, double[] w, double[] prior, IrlsFit fit) {
    double num = 0;
    double den = 0;
    double[] means = fit.fittedMeans();
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      double mu = means[i];
      double d = y[r] - mu;
      num += w[r] * (d * d * prior[r] / family.variance(mu));
      den += w[r];
    }
    return num / den;
  }
}
