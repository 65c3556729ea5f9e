package org.tripart.stats.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.tripart.ErrorCode;

/**
 * The rows a survey GLM is fitted on, as {@code svyglm} chooses them for both designs: the domain's
 * rows without a missing outcome or covariate ({@code na.action = na.omit}), each outcome checked
 * against the family; with the domain's and the fitted rows' counts and weight sums that the prior
 * weights and the dispersion are scaled by. Also the coefficient table both designs print. An
 * immutable value; the arrays are not copied and must not be changed.
 *
 * @param fitted the fitted rows as a set
 * @param rows the fitted rows in order
 * @param domainRows the domain's rows, fitted or dropped
 * @param domainWeight the domain's weight
 * @param fitWeight the fitted rows' weight
 * @param dropped the domain's rows dropped for a missing value
 */
record FitRows(
    BitSet fitted, int[] rows, int domainRows, double domainWeight, double fitWeight, int dropped) {

  /**
   * @param n the design's rows
   * @param w the design's weights
   * @param domain the domain, null for every row
   * @throws ModelInputException TRP-0410 for lengths that do not match the design or fewer fitted
   *     rows than coefficients, TRP-0411 for an outcome outside the family's range
   */
  static FitRows of(int n, double[] w, ModelMatrix x, double[] y, Family family, BitSet domain) {
    int p = x.width();
    if (x.rows() != n || y.length != n) {
      throw new ModelInputException(
          ErrorCode.MODEL_INPUT,
          "model",
          x.rows() + " design-matrix rows and " + y.length + " outcomes for a design of " + n);
    }
    BitSet fitRows = new BitSet(n);
    int domainRows = 0;
    double domainWeight = 0;
    double fitWeight = 0;
    int dropped = 0;
    for (int r = domain == null ? 0 : domain.nextSetBit(0);
        r >= 0 && r < n;
        r = domain == null ? r + 1 : domain.nextSetBit(r + 1)) {
      domainRows++;
      domainWeight += w[r];
      if (Double.isNaN(y[r]) || x.missing(r)) {
        dropped++;
        continue;
      }
      String bad = family.badOutcome(y[r], w[r]);
      if (bad != null) {
        throw new ModelInputException(ErrorCode.MODEL_OUTCOME, "outcome row " + (r + 1), bad);
      }
      fitRows.set(r);
      fitWeight += w[r];
    }
    int[] rows = fitRows.stream().toArray();
    if (rows.length < p) {
      throw new ModelInputException(
          ErrorCode.MODEL_INPUT,
          "model",
          rows.length + " rows without a missing value for " + p + " coefficients");
    }
    return new FitRows(fitRows, rows, domainRows, domainWeight, fitWeight, dropped);
  }

  /**
   * {@code summary.svyglm}'s table: estimate, SE sqrt(v_jj), t, the two-sided p on {@code df}, the
   * 95% interval b +- qt(0.975, df) SE, and their exponentials for a family that has them.
   */
  static List<GlmCoefficient> table(
      ModelMatrix x, Family family, double[] beta, double[] v, int df) {
    int p = x.width();
    List<GlmCoefficient> table = new ArrayList<>(p);
    double q = new TDistribution(null, df, 1e-15).inverseCumulativeProbability(0.975);
    boolean e = family.exponentiated();
    for (int j = 0; j < p; j++) {
      double b = beta[j];
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
    return table;
  }
}
