package org.tripart.stats.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
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
    if (x.rows() != n || y.length != n) {
      throw new ModelInputException(
          ErrorCode.MODEL_INPUT,
          "model",
          x.rows() + " design-matrix rows and " + y.length + " outcomes for a design of " + n);
    }
    double[] w = design.weights();
    BitSet fitRows = new BitSet(n);
    int domainRows = 0;
    double domainWeight = 0;
    int dropped = 0;
    double[] xv = x.values();
    for (int r = domain == null ? 0 : domain.nextSetBit(0);
        r >= 0 && r < n;
        r = domain == null ? r + 1 : domain.nextSetBit(r + 1)) {
      domainRows++;
      domainWeight += w[r];
      boolean missing = Double.isNaN(y[r]);
      for (int j = 0; j < p && !missing; j++) {
        missing = Double.isNaN(xv[r * p + j]);
      }
      if (missing) {
        dropped++;
        continue;
      }
      String bad = family.badOutcome(y[r], w[r]);
      if (bad != null) {
        throw new ModelInputException(ErrorCode.MODEL_OUTCOME, "outcome row " + (r + 1), bad);
      }
      fitRows.set(r);
    }
    int[] rows = fitRows.stream().toArray();
    if (rows.length < p) {
      throw new ModelInputException(
          ErrorCode.MODEL_INPUT,
          "model",
          rows.length + " rows without a missing value for " + p + " coefficients");
    }
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
    double meanW = domainWeight / domainRows;
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
    List<GlmCoefficient> table = new ArrayList<>(p);
    double q = new TDistribution(null, df, 1e-15).inverseCumulativeProbability(0.975);
    boolean e = family.exponentiated();
    for (int j = 0; j < p; j++) {
      double b = beta0[j];
      double se = Math.sqrt(v[j * p + j]);
      double t = b / se;
      double pv = Beta.regularizedBeta(df / (df + t * t), df / 2.0, 0.5);
      double lo = b - q * se;
      double hi = b + q * se;
      table.add(
          new GlmCoefficient(
              x.columns().get(j),
              b,
              se,
              t,
              pv,
              lo,
              hi,
              e ? Math.exp(b) : Double.NaN,
              e ? Math.exp(lo) : Double.NaN,
              e ? Math.exp(hi) : Double.NaN));
    }
    return new GlmResult(
        family, table, v, df, dispersion, full.deviance(), full.iterations(), rows.length, dropped);
  }

  /**
   * {@code summary.svrepglm}'s dispersion: sum over fitted rows of w * presid^2 / sum(w), the
   * Pearson residual under the prior weights {@code (y - mu) sqrt(prior) / sqrt(V(mu))}.
   */
  private static double dispersion(
      double[] y, Family family, int[] rows, double[] w, double[] prior, IrlsFit fit) {
    double num = 0;
    double den = 0;
    double[] eta = fit.linearPredictor();
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      double mu = family.linkInverse(eta[i]);
      double d = y[r] - mu;
      num += w[r] * (d * d * prior[r] / family.variance(mu));
      den += w[r];
    }
    return num / den;
  }
}
