package org.tripart.stats.model;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.tripart.ErrorCode;

/**
 * R's {@code glm.fit} for one design matrix, outcome and set of rows, reusable with any prior
 * weights (the full-sample weights, or each replicate's for a replicate-weight design): start at
 * the family's {@code mustart}, IRLS with R's step-halving when the deviance is not finite or the
 * mean invalid, stop when {@code |dev - devold| / (|dev| + 0.1) < 1e-8}, at most 25 iterations.
 * Each step is one pass over the rows for X'WX and X'W r (in fixed blocks summed in block order, on
 * all cores, so results do not depend on the thread count) solved by {@link Cholesky}; steps after
 * the first solve for the change in the coefficients from the working residuals, which gives the
 * same iterates as R's QR with less rounding. Immutable and thread-safe; the arrays are read, never
 * changed.
 */
public final class GlmFitter {
  static final int MAX_ITERATIONS = 25;
  static final double EPSILON = 1e-8;
  static final double SEPARATION = 1e-10;
  private static final int BLOCK = 4096;
  private final ModelMatrix x;
  private final double[] y;
  private final Family family;
  private final int[] rows;

  /**
   * @param rows the design rows to fit, in order (none with a NaN in the outcome or a column)
   */
  public GlmFitter(ModelMatrix x, double[] y, Family family, int[] rows) {
    this.x = x;
    this.y = y;
    this.family = family;
    this.rows = rows.clone();
  }

  /** Fits from the family's starting values; {@code weights} per design row. */
  public IrlsFit fit(double[] weights) {
    return fit(weights, null);
  }

  /**
   * Fits with prior weights {@code weights[row]} (rows outside the fitted set are not read), from
   * {@code start} coefficients (as {@code glm(start = )}), or from the family's {@code mustart}
   * when null.
   *
   * @throws ModelInputException for an aliased column (TRP-0412), no valid starting point or no
   *     convergence within 25 iterations (TRP-0414)
   */
  public IrlsFit fit(double[] weights, double[] start) {
    int n = rows.length;
    int p = x.width();
    double[] eta = new double[n];
    double[] mu = new double[n];
    double[] slope = new double[n];
    double[] ww = new double[n];
    double devOld;
    double[] coef = null;
    double[] coefOld = null;
    if (start == null) {
      double dev = 0;
      for (int i = 0; i < n; i++) {
        int r = rows[i];
        eta[i] = family.link(family.start(y[r], weights[r]));
        family.meanAndSlope(eta[i], mu, slope, i);
        dev += family.deviance(y[r], mu[i], weights[r]);
      }
      devOld = dev;
    } else {
      coef = start.clone();
      coefOld = coef;
      devOld = predict(coef, weights, eta, mu, slope)[0];
    }
    double[] inverseInformation = null;
    double dev = devOld;
    for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
      boolean first = coef == null;
      double[] sums = normalEquations(weights, eta, mu, slope, ww, first);
      double[] a = new double[p * p];
      System.arraycopy(sums, 0, a, 0, p * p);
      double[] b = new double[p];
      System.arraycopy(sums, p * p, b, 0, p);
      Cholesky chol = new Cholesky(a, p, x.columns());
      double[] step = chol.solve(b);
      double[] next = new double[p];
      for (int j = 0; j < p; j++) {
        next[j] = first ? step[j] : coef[j] + step[j];
        if (!Double.isFinite(next[j])) {
          throw notConverged("non-finite coefficients at iteration " + iteration);
        }
      }
      double[] state = predict(next, weights, eta, mu, slope);
      while (!Double.isFinite(state[0]) || state[1] != 0) {
        if (coefOld == null) {
          throw notConverged(
              "no valid set of coefficients has been found (iteration " + iteration + ")");
        }
        for (int j = 0; j < p; j++) {
          next[j] = (next[j] + coefOld[j]) / 2;
        }
        state = predict(next, weights, eta, mu, slope);
      }
      dev = state[0];
      coef = next;
      inverseInformation = chol.inverse();
      if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
        checkSeparation(weights, mu);
        return new IrlsFit(coef, inverseInformation, ww, eta, mu, slope, dev, iteration);
      }
      devOld = dev;
      coefOld = coef;
    }
    checkSeparation(weights, mu);
    throw notConverged(
        "the IRLS fit did not converge in "
            + MAX_ITERATIONS
            + " iterations (relative deviance change still "
            + "at least 1e-8); R warns 'glm.fit: algorithm did not converge'");
  }

  /**
   * Refuses a logit fit with a fitted probability within 1e-10 of 0 or 1 on a row with a positive
   * weight (R warns "fitted probabilities numerically 0 or 1 occurred").
   */
  private void checkSeparation(double[] weights, double[] means) {
    if (family != Family.QUASIBINOMIAL) {
      return;
    }
    for (int i = 0; i < rows.length; i++) {
      double mu = means[i];
      if (weights[rows[i]] > 0 && (mu < SEPARATION || mu > 1 - SEPARATION)) {
        throw new ModelInputException(
            ErrorCode.MODEL_SEPARATION,
            "quasibinomial model row " + (rows[i] + 1),
            "fitted probability "
                + mu
                + " is numerically 0 or 1 (perfect or quasi-complete separation; R warns"
                + " 'fitted probabilities numerically 0 or 1 occurred' and the coefficients"
                + " diverge): drop or merge the columns that separate the outcome");
      }
    }
  }

  /** The fitted rows, in order. */
  int[] rows() {
    return rows.clone();
  }

  private ModelInputException notConverged(String what) {
    return new ModelInputException(
        ErrorCode.MODEL_NOT_CONVERGED,
        family.name().toLowerCase(java.util.Locale.ROOT) + " model",
        what);
  }

  /**
   * eta = X coef, the mean and d mu / d eta into the arrays; returns {deviance, number of rows with
   * an invalid mean}.
   */
  private double[] predict(
      double[] coef, double[] weights, double[] eta, double[] mu, double[] slope) {
    int[] start = x.starts();
    int[] index = x.index();
    double[] value = x.value();
    return blocks(
        2,
        (from, to, acc) -> {
          for (int i = from; i < to; i++) {
            int r = rows[i];
            double e = 0;
            for (int k = start[r], end = start[r + 1]; k < end; k++) {
              e += value[k] * coef[index[k]];
            }
            eta[i] = e;
            family.meanAndSlope(e, mu, slope, i);
            double m = mu[i];
            if (!family.validMu(m) || Double.isNaN(m)) {
              acc[1]++;
            }
            acc[0] += family.deviance(y[r], m, weights[r]);
          }
        });
  }

  /**
   * X'WX (p*p, upper triangle mirrored) then X'W t, t = z on the first step else the residual, over
   * each row's non-zero entries (see {@link ModelMatrix}: the sums are the dense loop's).
   */
  private double[] normalEquations(
      double[] weights, double[] eta, double[] mu, double[] slope, double[] ww, boolean first) {
    int p = x.width();
    int[] start = x.starts();
    int[] index = x.index();
    double[] value = x.value();
    int pp = p * p;
    double[] out =
        blocks(
            pp + p,
            (from, to, acc) -> {
              for (int i = from; i < to; i++) {
                int r = rows[i];
                double m = mu[i];
                double me = slope[i];
                double w = weights[r];
                if (!(w > 0) || me == 0) {
                  ww[i] = 0;
                  continue;
                }
                double wi = w * me * me / family.variance(m);
                ww[i] = wi;
                double res = (y[r] - m) / me;
                double t = first ? eta[i] + res : res;
                addRow(acc, index, value, start[r], start[r + 1], wi, t, p);
              }
            });
    for (int j = 0; j < p; j++) {
      for (int k = j + 1; k < p; k++) {
        out[k * p + j] = out[j * p + k];
      }
    }
    return out;
  }

  /**
   * Adds one row's w x x' (upper triangle) and w x t to {@code acc}, two entries' rows of the
   * triangle at a time (each product and each cell's order of additions as one at a time: the same
   * bits, with half the passes over the row's entries).
   */
  private static void addRow(
      double[] acc, int[] index, double[] value, int begin, int end, double w, double t, int p) {
    int pp = p * p;
    int a = begin;
    for (; a + 1 < end; a += 2) {
      int j0 = index[a];
      int j1 = index[a + 1];
      double x0 = value[a] * w;
      double x1 = value[a + 1] * w;
      int r0 = j0 * p;
      int r1 = j1 * p;
      acc[r0 + j0] += x0 * value[a];
      acc[r0 + j1] += x0 * value[a + 1];
      acc[r1 + j1] += x1 * value[a + 1];
      for (int b = a + 2; b < end; b++) {
        int k = index[b];
        double v = value[b];
        acc[r0 + k] += x0 * v;
        acc[r1 + k] += x1 * v;
      }
      acc[pp + j0] += x0 * t;
      acc[pp + j1] += x1 * t;
    }
    if (a < end) {
      int j = index[a];
      double x = value[a] * w;
      acc[j * p + j] += x * value[a];
      acc[pp + j] += x * t;
    }
  }

  interface Block {
    void run(int from, int to, double[] acc);
  }

  /**
   * Runs {@code body} over fixed blocks of rows, on all cores, and sums the blocks in order. Each
   * thread reuses one accumulator, cleared per block, so a pass leaves only the blocks' sums.
   */
  double[] blocks(int width, Block body) {
    int n = rows.length;
    int count = (n + BLOCK - 1) / BLOCK;
    double[] parts = new double[Math.multiplyExact(count, width)];
    ThreadLocal<double[]> scratch = ThreadLocal.withInitial(() -> new double[width]);
    IntStream range = IntStream.range(0, count);
    (count > 1 ? range.parallel() : range)
        .forEach(
            c -> {
              double[] acc = scratch.get();
              Arrays.fill(acc, 0);
              body.run(c * BLOCK, Math.min(n, (c + 1) * BLOCK), acc);
              System.arraycopy(acc, 0, parts, c * width, width);
            });
    double[] total = new double[width];
    for (int c = 0; c < count; c++) {
      for (int j = 0; j < width; j++) {
        total[j] += parts[c * width + j];
      }
    }
    return total;
  }
}
