package org.tripart.stats.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.tripart.stats.design.DesignEstimates;
import org.tripart.stats.design.DesignVariance;
import org.tripart.stats.design.SurveyDesign;

/**
 * Design-based proportional-odds (cumulative logit) regression, equal to R's {@code svyolr(y ~ x,
 * design)} (survey 4.1.1, method "logistic"): the weighted maximum-likelihood estimate, found by
 * Newton-Raphson to full convergence (see {@link OrdinalNewton}), and the sandwich variance {@code
 * svyrecvar(gmini %*% Vm, ...)} with the design's calibrations. Rows outside the domain count as
 * R's {@code subset} has them; rows with a NaN covariate or a negative outcome code are dropped and
 * counted, as svyolr's {@code na.omit}. Stateless; thread-safe; no argument may be null except the
 * domain; inputs are not changed.
 */
public final class OrdinalRegression {
  private static final NormalDistribution NORMAL = new NormalDistribution();

  private OrdinalRegression() {}

  /**
   * Fits the model.
   *
   * @param outcome every design row's level, 0..levels.size()-1 in order (negative: missing)
   * @param levels the outcome levels' names, at least three
   * @param covariates the design matrix without intercept, {@code [row * p + j]}
   * @param columns the covariates' names (p of them)
   * @param domain the rows of the domain, or null for all
   * @param confidence the confidence level of the intervals, in (0, 1)
   * @throws OrdinalInputException for too few levels, a level without rows, a constant or aliased
   *     covariate, separation or non-convergence, or arrays of the wrong size
   */
  public static OrdinalFit fit(
      SurveyDesign design,
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
   * #fit(SurveyDesign, int[], List, double[], List, BitSet, double)}.
   */
  public static OrdinalFit fit(
      SurveyDesign design,
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
    int dropped = OrdinalRows.domainRows(n, domain) - used.cardinality();
    OrdinalRows rows =
        OrdinalRows.of(used, p, q, covariates, outcome, design::weight, levels, columns);
    int m = rows.index().length;
    double[] x = rows.x();
    int[] y = rows.y();
    int[] index = rows.index();
    double weightSum = rows.weightSum();
    double[] range = rows.range();
    OrdinalLikelihood lik = rows.likelihood();
    double[] start = rows.start();
    int[] iterations = new int[1];
    double[] par = OrdinalNewton.maximise(lik, start, range, iterations);
    int k = p + q;
    double[] vm = OrdinalNewton.modelCovariance(lik, par);
    double[] z = new double[n * k];
    double[] s = new double[k];
    for (int i = 0; i < m; i++) {
      lik.score(par, i, s);
      int base = index[i] * k;
      for (int a = 0; a < k; a++) {
        double v = 0;
        for (int b = 0; b < k; b++) {
          v += s[b] * vm[b * k + a];
        }
        z[base + a] = v;
      }
    }
    double[] cov = DesignVariance.of(design, z, k, used);
    int frameRows = design.isCalibrated() ? n - dropped : m;
    double deviance = -2 * lik.logLikelihood(par) / (weightSum / frameRows);
    int df = DesignEstimates.degreesOfFreedom(design, used) - p;
    double zq = NORMAL.inverseCumulativeProbability(0.5 + confidence / 2);
    List<OrdinalTerm> coefficients = new ArrayList<>();
    List<OrdinalTerm> cuts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      String name = i < p ? columns.get(i) : levels.get(i - p) + "|" + levels.get(i - p + 1);
      (i < p ? coefficients : cuts).add(term(name, par[i], Math.sqrt(cov[i * k + i]), zq));
    }
    return new OrdinalFit(coefficients, cuts, cov, deviance, df, m, dropped, iterations[0]);
  }

  static OrdinalTerm term(String name, double estimate, double se, double zq) {
    double t = estimate / se;
    double pValue = 2 * NORMAL.cumulativeProbability(-Math.abs(t));
    double lower = estimate - zq * se;
    double upper = estimate + zq * se;
    return new OrdinalTerm(
        name,
        estimate,
        se,
        t,
        pValue,
        lower,
        upper,
        Math.exp(estimate),
        Math.exp(lower),
        Math.exp(upper));
  }
}
