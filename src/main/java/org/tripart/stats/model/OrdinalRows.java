package org.tripart.stats.model;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.tripart.ErrorCode;

/**
 * The rows a proportional-odds model is fitted on, as {@code svyolr} takes them, for the Taylor and
 * replicate fits alike: the used rows' covariates, outcome codes and weights packed in order, every
 * outcome level checked to have weight, the covariates checked ({@link OrdinalColumns}), the
 * likelihood and polr's start (zero coefficients, cut points at the logits of the cumulative
 * weighted shares). An immutable value; the arrays are not copied and must not be changed.
 *
 * @param x the used rows' covariates, row-major
 * @param y their outcome codes
 * @param w their weights
 * @param index each used row's row in the design
 * @param weightSum the used rows' weight
 * @param range each covariate's range, for the separation check
 * @param likelihood the log-likelihood over these rows
 * @param start the starting coefficients and cut points
 */
record OrdinalRows(
    double[] x,
    int[] y,
    double[] w,
    int[] index,
    double weightSum,
    double[] range,
    OrdinalLikelihood likelihood,
    double[] start) {

  /**
   * The rows of the domain (null: every row) that a proportional-odds model uses, as {@code
   * svyolr}'s {@code na.omit} keeps them: an outcome level and no missing covariate.
   *
   * @param outcome every design row's level, 0..levels.size()-1 (negative: missing)
   * @throws OrdinalInputException {@code ORDINAL_INPUT} for lengths that do not match the design or
   *     a confidence level outside (0, 1), {@code ORDINAL_OUTCOME} for fewer than three levels or a
   *     code that is not a level
   */
  static BitSet used(
      int n,
      int[] outcome,
      List<String> levels,
      ModelMatrix covariates,
      BitSet domain,
      double confidence) {
    int q = levels.size() - 1;
    if (outcome.length != n || covariates.rows() != n) {
      throw new OrdinalInputException(
          ErrorCode.ORDINAL_INPUT,
          "shape",
          outcome.length
              + " outcomes and "
              + covariates.rows()
              + " covariate rows for a design of "
              + n
              + " rows");
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new OrdinalInputException(
          ErrorCode.ORDINAL_INPUT, "confidence", "must be in (0, 1), not " + confidence);
    }
    if (q < 2) {
      throw new OrdinalInputException(
          ErrorCode.ORDINAL_OUTCOME,
          "outcome",
          "has " + levels.size() + " level(s); an ordinal regression needs three or more");
    }
    BitSet used = new BitSet(n);
    for (int r = domain == null ? 0 : domain.nextSetBit(0);
        r >= 0 && r < n;
        r = domain == null ? r + 1 : domain.nextSetBit(r + 1)) {
      if (outcome[r] < 0 || covariates.missing(r)) {
        continue;
      }
      if (outcome[r] > q) {
        throw new OrdinalInputException(
            ErrorCode.ORDINAL_OUTCOME,
            "outcome row " + r,
            "code " + outcome[r] + " is not a level (0.." + q + ")");
      }
      used.set(r);
    }
    return used;
  }

  /**
   * The dense covariates {@code [row * p + j]} of a design of {@code n} rows as a {@link
   * ModelMatrix}.
   *
   * @throws OrdinalInputException {@code ORDINAL_INPUT} when the lengths do not match the design
   */
  static ModelMatrix matrix(int n, int[] outcome, double[] covariates, List<String> columns) {
    int p = columns.size();
    if (outcome.length != n || covariates.length != (long) n * p) {
      throw new OrdinalInputException(
          ErrorCode.ORDINAL_INPUT,
          "shape",
          outcome.length
              + " outcomes and "
              + covariates.length
              + " covariate values for a design of "
              + n
              + " rows and "
              + p
              + " covariates");
    }
    return new ModelMatrix(covariates, n, columns);
  }

  /** The domain's rows (null: all {@code n}). */
  static int domainRows(int n, BitSet domain) {
    return domain == null ? n : domain.get(0, n).cardinality();
  }

  /**
   * @param weight the weight of a design row
   * @throws OrdinalInputException {@code ORDINAL_OUTCOME} naming a level without weight, and as
   *     {@link OrdinalColumns#check} for the covariates
   */
  static OrdinalRows of(
      BitSet used,
      int p,
      int q,
      ModelMatrix covariates,
      int[] outcome,
      IntToDoubleFunction weight,
      List<String> levels,
      List<String> columns) {
    int m = used.cardinality();
    double[] x = new double[m * p];
    int[] y = new int[m];
    double[] w = new double[m];
    int[] index = new int[m];
    double[] levelWeight = new double[q + 1];
    double weightSum = 0;
    int[] starts = covariates.starts();
    int[] columnOf = covariates.index();
    double[] value = covariates.value();
    for (int r = used.nextSetBit(0), i = 0; r >= 0; r = used.nextSetBit(r + 1), i++) {
      index[i] = r;
      for (int e = starts[r]; e < starts[r + 1]; e++) {
        x[i * p + columnOf[e]] = value[e];
      }
      y[i] = outcome[r];
      w[i] = weight.applyAsDouble(r);
      levelWeight[y[i]] += w[i];
      weightSum += w[i];
    }
    for (int l = 0; l <= q; l++) {
      if (!(levelWeight[l] > 0)) {
        throw new OrdinalInputException(
            ErrorCode.ORDINAL_OUTCOME,
            "outcome level " + levels.get(l),
            "has no rows with weight in the model's rows; merge or drop the level");
      }
    }
    double[] range = OrdinalColumns.check(x, w, m, p, columns);
    double[] start = new double[p + q];
    double cum = 0;
    for (int l = 0; l < q; l++) {
      cum += levelWeight[l];
      double f = cum / weightSum;
      start[p + l] = Math.log(f / (1 - f));
    }
    return new OrdinalRows(
        x, y, w, index, weightSum, range, new OrdinalLikelihood(x, y, w, p, q), start);
  }
}
