package org.tripart.stats.model;

import java.util.BitSet;
import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.stats.design.DesignEstimates;
import org.tripart.stats.design.DesignVariance;
import org.tripart.stats.design.SurveyDesign;

/**
 * Design-based generalised linear models equal to R's {@code svyglm(formula, subset(design,
 * domain), family)} (survey 4.1.1) with {@code summary}, {@code vcov} and {@code confint}: prior
 * weights w / mean(w) over the domain's design rows, {@code glm.fit} by {@link GlmFitter}, the
 * sandwich covariance of {@code svy.varcoef} (inverse information times the design variance of the
 * estimating-function totals, with the design's calibrations, times inverse information), residual
 * df {@code degf + 1 - p}, t tests and Wald intervals on it. Stateless and thread-safe; inputs are
 * read, never changed.
 */
public final class SurveyGlm {
  private SurveyGlm() {}

  /**
   * Fits {@code y ~ x} over the domain's rows (null: all rows). Rows of the domain with NaN in the
   * outcome or a column are dropped and counted ({@link GlmResult#droppedRows}), as {@code
   * na.omit}.
   *
   * @throws ModelInputException with TRP-0410 (lengths, fewer rows than coefficients, residual df
   *     not positive), TRP-0411 (outcome outside the family's range), TRP-0412 (aliased column),
   *     TRP-0413 (fitted probabilities numerically 0 or 1: separation), TRP-0414 (no convergence)
   */
  public static GlmResult fit(
      SurveyDesign design, ModelMatrix x, double[] y, Family family, BitSet domain) {
    int n = design.size();
    int p = x.width();
    double[] w = design.weights();
    boolean calibrated = design.isCalibrated();
    FitRows fr = FitRows.of(n, w, x, y, family, domain);
    int[] rows = fr.rows();
    BitSet fitRows = fr.fitted();
    double meanA = fr.domainWeight() / (calibrated ? n : fr.domainRows());
    double meanB = fr.fitWeight() / (calibrated ? n : rows.length);
    double[] prior = new double[n];
    for (int r : rows) {
      prior[r] = w[r] / meanA;
    }
    IrlsFit fit = new GlmFitter(x, y, family, rows).fit(prior);
    int df = DesignEstimates.degreesOfFreedom(design, fitRows) + 1 - p;
    if (df <= 0) {
      throw new ModelInputException(
          ErrorCode.MODEL_INPUT,
          "model",
          "residual degrees of freedom "
              + df
              + " (design df "
              + (df + p - 1)
              + " + 1 - "
              + p
              + " coefficients): too many coefficients for the design");
    }
    double[] v = sandwich(design, x, y, family, rows, fitRows, fit);
    double dispersion = dispersion(y, family, rows, w, fit) * meanB / meanA;
    List<GlmCoefficient> table = FitRows.table(x, family, fit.coefficients(), v, df);
    return new GlmResult(
        family,
        table,
        v,
        df,
        dispersion,
        fit.deviance(),
        fit.iterations(),
        rows.length,
        fr.dropped());
  }

  /** svy.varcoef: Ainv Var(sum of x_i W_i r_i) Ainv, r_i the working residual at the final fit. */
  private static double[] sandwich(
      SurveyDesign design,
      ModelMatrix x,
      double[] y,
      Family family,
      int[] rows,
      BitSet fitRows,
      IrlsFit fit) {
    int p = x.width();
    int[] start = x.starts();
    int[] index = x.index();
    double[] value = x.value();
    double[] mu = fit.fittedMeans();
    double[] slope = fit.slopes();
    double[] ww = fit.workingWeights();
    double[] meat;
    if (design.isCalibrated()) {
      double[] z = new double[Math.multiplyExact(design.size(), p)];
      for (int i = 0; i < rows.length; i++) {
        int r = rows[i];
        double s = ww[i] * (y[r] - mu[i]) / slope[i];
        for (int e = start[r]; e < start[r + 1]; e++) {
          z[r * p + index[e]] = value[e] * s;
        }
      }
      meat = DesignVariance.of(design, z, p, fitRows);
    } else {
      int[] unit = DesignVariance.unitOfRows(design);
      double[] t = new double[DesignVariance.unitCount(design) * p];
      for (int i = 0; i < rows.length; i++) {
        int r = rows[i];
        double s = ww[i] * (y[r] - mu[i]) / slope[i];
        int base = unit[r] * p;
        for (int e = start[r]; e < start[r + 1]; e++) {
          t[base + index[e]] += value[e] * s;
        }
      }
      meat = DesignVariance.ofUnitTotals(design, t, p, fitRows);
    }
    double[] a = fit.inverseInformation();
    return multiply(multiply(a, meat, p), a, p);
  }

  private static double[] multiply(double[] a, double[] b, int p) {
    double[] c = new double[p * p];
    for (int i = 0; i < p; i++) {
      for (int k = 0; k < p; k++) {
        double aik = a[i * p + k];
        for (int j = 0; j < p; j++) {
          c[i * p + j] += aik * b[k * p + j];
        }
      }
    }
    return c;
  }

  /** svyvar of the Pearson residuals (y - mu) / sqrt(V(mu)) over rows with a non-zero weight. */
  private static double dispersion(double[] y, Family family, int[] rows, double[] w, IrlsFit fit) {
    double sw = 0;
    double swr = 0;
    int m = 0;
    double[] res = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      double mu = fit.fittedMeans()[i];
      res[i] = (y[r] - mu) / Math.sqrt(family.variance(mu));
      if (w[r] != 0) {
        sw += w[r];
        swr += w[r] * res[i];
        m++;
      }
    }
    double mean = swr / sw;
    double ss = 0;
    for (int i = 0; i < rows.length; i++) {
      double wr = w[rows[i]];
      if (wr != 0) {
        double d = res[i] - mean;
        ss += wr * d * d;
      }
    }
    return ss / sw * m / (m - 1.0);
  }
}
