package org.tripart.stats.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.tripart.ErrorCode;
import org.tripart.stats.design.ReplicateDesign;
import org.tripart.stats.design.ReplicateVariance;

/**
 * Design-based proportional-odds regression on a replicate-weight design, as R survey 4.1.1's
 * {@code svyolr(y ~ x, subset(design, domain))} of a {@code svyrep.design} ({@code
 * survey:::svyolr.svyrep.design}): the model fitted under the sampling weights ({@code
 * MASS::polr(weights = pwt)}), refitted from that estimate under every replicate's analysis weights
 * ({@code polr(start = start, weights = rw[, i])}); the covariance of {@code (beta, zeta)} is
 * {@code svrVar} of the replicates' estimates with {@code coef = start} ({@link
 * ReplicateVariance}); {@code df.residual = degf(design) - p} of the domain's design; the deviance
 * {@code -2 logLik / mean(pwt)} over the domain's rows. Every fit is the exact maximum (Newton to
 * full convergence, {@link OrdinalNewton}), where R's polr stops optim at its reltol; tests and
 * intervals as {@link OrdinalRegression} (normal). Rows of the domain with a NaN covariate or a
 * missing outcome are dropped and counted, as {@code na.omit}. Stateless and thread-safe; inputs
 * are read, never changed; no argument may be null except the domain.
 */
public final class ReplicateOrdinal {
  private static final NormalDistribution NORMAL = new NormalDistribution();

  private ReplicateOrdinal() {}

  /**
   * Fits the model over the domain's rows (null: all rows).
   *
   * @throws OrdinalInputException as {@link OrdinalRegression#fit} for the full-sample fit; with
   *     TRP-1720 ({@code REPLICATE_MODEL}), naming the replicate, when a replicate's refit fails
   *     (separation or no convergence under its weights)
   */
  public static OrdinalFit fit(
      ReplicateDesign design,
      int[] outcome,
      List<String> levels,
      double[] covariates,
      List<String> columns,
      BitSet domain,
      double confidence) {
    ModelMatrix x = OrdinalRows.matrix(design.size(), outcome, covariates, columns);
    return fit(design, outcome, levels, x, domain, confidence);
  }

  /**
   * Fits the model on the covariates of a {@link ModelMatrix} (without intercept), as {@link
   * #fit(ReplicateDesign, int[], List, double[], List, BitSet, double)}.
   */
  public static OrdinalFit fit(
      ReplicateDesign design,
      int[] outcome,
      List<String> levels,
      ModelMatrix covariates,
      BitSet domain,
      double confidence) {
    int n = design.size();
    List<String> columns = covariates.columns();
    int p = columns.size();
    int q = levels.size() - 1;
    BitSet used = OrdinalRows.used(n, outcome, levels, covariates, domain, confidence);
    double[] pw = design.weights();
    int domainRows = OrdinalRows.domainRows(n, domain);
    int dropped = domainRows - used.cardinality();
    double domainWeight = 0;
    for (int r = domain == null ? 0 : domain.nextSetBit(0);
        r >= 0 && r < n;
        r = domain == null ? r + 1 : domain.nextSetBit(r + 1)) {
      domainWeight += pw[r];
    }
    OrdinalRows rows = OrdinalRows.of(used, p, q, covariates, outcome, r -> pw[r], levels, columns);
    int m = rows.index().length;
    double[] x = rows.x();
    int[] y = rows.y();
    int[] index = rows.index();
    double[] range = rows.range();
    OrdinalLikelihood lik = rows.likelihood();
    double[] start = rows.start();
    int[] iterations = new int[1];
    double[] par = OrdinalNewton.maximise(lik, start, range, iterations);
    int k = p + q;
    int reps = design.replicates();
    double[] thetas = new double[reps * k];
    double[] wr = new double[m];
    int[] ignored = new int[1];
    for (int j = 0; j < reps; j++) {
      for (int i = 0; i < m; i++) {
        wr[i] = design.replicateWeight(index[i], j);
      }
      double[] parJ;
      try {
        parJ = OrdinalNewton.maximise(new OrdinalLikelihood(x, y, wr, p, q), par, range, ignored);
      } catch (OrdinalInputException e) {
        throw new OrdinalInputException(
            ErrorCode.REPLICATE_MODEL,
            "replicate " + (j + 1) + " of " + reps,
            "the refit under this replicate's weights fails ("
                + e.getMessage()
                + "); R's svyolr would report that replicate's stopped optimiser as if fine");
      }
      System.arraycopy(parJ, 0, thetas, j * k, k);
    }
    double[] cov = ReplicateVariance.covariance(design, thetas, par);
    double deviance = -2 * lik.logLikelihood(par) / (domainWeight / domainRows);
    int df = design.degreesOfFreedom(domain) - p;
    double zq = NORMAL.inverseCumulativeProbability(0.5 + confidence / 2);
    List<OrdinalTerm> coefficients = new ArrayList<>();
    List<OrdinalTerm> cuts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      String name = i < p ? columns.get(i) : levels.get(i - p) + "|" + levels.get(i - p + 1);
      (i < p ? coefficients : cuts)
          .add(OrdinalRegression.term(name, par[i], Math.sqrt(cov[i * k + i]), zq));
    }
    return new OrdinalFit(coefficients, cuts, cov, deviance, df, m, dropped, iterations[0]);
  }
}
