package org.tripart.stats.model;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.tripart.ErrorCode;

/**
 * R's {@code regTermTest(model, ~term)} with its default {@code method = "Wald"}: chisq = b' V^-1 b
 * over the term's coefficients, F = chisq / q on (q, residual df), and the chi-square version
 * ({@code df = Inf}) on q df. Immutable.
 */
public record WaldTest(
    double f, int numeratorDf, int denominatorDf, double pF, double chisq, double pChisq) {

  /**
   * @param coefficients indices of the tested coefficients (for a factor: all its dummies)
   * @throws ModelInputException (TRP-0410) for no, repeated or unknown indices
   */
  public static WaldTest of(GlmResult model, int... coefficients) {
    int k = model.coefficients().size();
    int q = coefficients.length;
    if (q == 0) {
      throw new ModelInputException(ErrorCode.MODEL_INPUT, "Wald test", "names no coefficient");
    }
    boolean[] seen = new boolean[k];
    for (int c : coefficients) {
      if (c < 0 || c >= k || seen[c]) {
        throw new ModelInputException(
            ErrorCode.MODEL_INPUT,
            "Wald test",
            "coefficient index " + c + " is unknown or repeated (the model has " + k + ")");
      }
      seen[c] = true;
    }
    double[] v = new double[q * q];
    double[] b = new double[q];
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < q; i++) {
      b[i] = model.coefficients().get(coefficients[i]).estimate();
      names.add(model.coefficients().get(coefficients[i]).term());
      for (int j = 0; j < q; j++) {
        v[i * q + j] = model.covariance(coefficients[i], coefficients[j]);
      }
    }
    double[] s = new Cholesky(v, q, names).solve(b);
    double chisq = 0;
    for (int i = 0; i < q; i++) {
      chisq += b[i] * s[i];
    }
    double f = chisq / q;
    double ddf = model.residualDf();
    double pF = Beta.regularizedBeta(ddf / (ddf + q * f), ddf / 2, q / 2.0);
    double pChisq = Gamma.regularizedGammaQ(q / 2.0, chisq / 2);
    return new WaldTest(f, q, model.residualDf(), pF, chisq, pChisq);
  }
}
