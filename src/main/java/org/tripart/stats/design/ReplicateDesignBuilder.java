package org.tripart.stats.design;

import java.util.function.ObjIntConsumer;
import org.tripart.ErrorCode;

/**
 * Collects the options of R's {@code svrepdesign(repweights, weights, type, scale, rscales, rho,
 * combined.weights, mse)} and sets the defaults {@code survey:::svrepdesign.default} sets: BRR
 * scale 1/R; Fay 1/(R (1-rho)^2); bootstrap 1/(R-1); JK1 (R-1)/R for combined weights, else R's
 * guess 1/max of the first column's multipliers; JKn rscales, for multipliers only, R's guess 1/max
 * of each column; ACS and successive difference 4/R with rscales 1; otherwise 1. Not thread-safe;
 * use once.
 */
public final class ReplicateDesignBuilder {
  private final double[] weights;
  private final int count;
  private final ObjIntConsumer<double[]> columns;
  private final String[] names;
  private ReplicateType type = ReplicateType.OTHER;
  private Double scale;
  private double[] rscales;
  private double rho = Double.NaN;
  private boolean combinedWeights = true;
  private boolean mse;

  ReplicateDesignBuilder(double[] weights, double[][] columns, String[] names) {
    this.weights = weights;
    this.count = columns == null ? 0 : columns.length;
    this.columns =
        (into, j) -> {
          double[] c = columns[j];
          if (c == null || c.length != into.length) {
            throw fail(
                ErrorCode.REPLICATE_WEIGHTS,
                "replicate column " + name(j),
                (c == null ? "missing" : c.length + " values") + " for " + into.length + " rows");
          }
          System.arraycopy(c, 0, into, 0, into.length);
        };
    this.names = names;
  }

  ReplicateDesignBuilder(
      double[] weights, int count, ObjIntConsumer<double[]> columns, String[] names) {
    this.weights = weights;
    this.count = count;
    this.columns = columns;
    this.names = names;
  }

  public ReplicateDesignBuilder type(ReplicateType t) {
    this.type = t;
    return this;
  }

  public ReplicateDesignBuilder scale(double s) {
    this.scale = s;
    return this;
  }

  /** One value per replicate column. */
  public ReplicateDesignBuilder rscales(double[] values) {
    this.rscales = values.clone();
    return this;
  }

  /** Fay's rho, required for {@link ReplicateType#FAY}. */
  public ReplicateDesignBuilder rho(double value) {
    this.rho = value;
    return this;
  }

  /** R's {@code combined.weights} (default true); false multiplies columns by the weights. */
  public ReplicateDesignBuilder combinedWeights(boolean combined) {
    this.combinedWeights = combined;
    return this;
  }

  /** R's {@code mse} (default false, as {@code getOption("survey.replicates.mse")}). */
  public ReplicateDesignBuilder mse(boolean centreOnFullSample) {
    this.mse = centreOnFullSample;
    return this;
  }

  /**
   * @throws ReplicateInputException when there are no replicate columns, a column has the wrong
   *     length, a value is NaN, infinite or negative (naming column and row), rscales do not match
   *     the columns, Fay's rho is missing or outside (0,1), JKn combined weights come without
   *     rscales, or a jackknife column zeroes no row (a delete-one replicate drops a PSU)
   */
  public ReplicateDesign build() {
    if (weights == null || weights.length == 0) {
      throw fail(ErrorCode.REPLICATE_WEIGHTS, "weights", "a design needs at least one row");
    }
    if (count == 0) {
      throw fail(ErrorCode.REPLICATE_WEIGHTS, "repweights", "no replicate weight columns given");
    }
    int n = weights.length;
    int k = count;
    for (int r = 0; r < n; r++) {
      if (!(weights[r] >= 0) || Double.isInfinite(weights[r])) {
        throw fail(ErrorCode.REPLICATE_WEIGHTS, "weights row " + (r + 1), "weight " + weights[r]);
      }
    }
    double[] analysis = new double[n * k];
    double[] maxima = new double[k];
    double[][] buffers = new double[Math.min(k, GROUP)][n];
    for (int g = 0; g < k; g += GROUP) {
      int size = Math.min(k, g + GROUP) - g;
      for (int j = g; j < g + size; j++) {
        double[] c = buffers[j - g];
        columns.accept(c, j);
        check(c, j, n);
        maxima[j] = max(c);
      }
      double[][] group = buffers;
      for (int from = 0; from < n; from += 256) {
        int to = Math.min(n, from + 256);
        for (int i = 0; i < size; i++) {
          double[] c = group[i];
          int j = g + i;
          for (int r = from; r < to; r++) {
            analysis[r * k + j] = combinedWeights ? c[r] : c[r] * weights[r];
          }
        }
      }
    }
    if (rscales != null && rscales.length != k && rscales.length != 1) {
      throw fail(
          ErrorCode.REPLICATE_TYPE,
          "rscales",
          "has length " + rscales.length + ", should be the " + k + " replicate columns");
    }
    double s;
    double[] rs = rscales == null ? null : expand(rscales, k);
    switch (type) {
      case BRR -> s = 1.0 / k;
      case FAY -> {
        if (!(rho > 0 && rho < 1)) {
          throw fail(ErrorCode.REPLICATE_TYPE, "rho", "type Fay needs rho in (0,1), got " + rho);
        }
        s = 1 / (k * (1 - rho) * (1 - rho));
      }
      case BOOTSTRAP -> s = scale != null ? scale : 1.0 / (k - 1);
      case JK1 -> s = scale != null ? scale : combinedWeights ? (k - 1.0) / k : 1 / maxima[0];
      case JKN -> {
        if (rs == null && combinedWeights) {
          throw fail(
              ErrorCode.REPLICATE_TYPE,
              "rscales",
              "type JKn needs rscales (n_h-1)/n_h for each replicate column");
        }
        if (rs == null) {
          rs = new double[k];
          for (int j = 0; j < k; j++) {
            rs[j] = 1 / maxima[j];
          }
        }
        s = scale != null ? scale : 1;
      }
      case ACS, SUCCESSIVE_DIFFERENCE -> {
        s = 4.0 / k;
        rs = expand(new double[] {1}, k);
      }
      default -> s = scale != null ? scale : 1;
    }
    if (rs == null) {
      rs = expand(new double[] {1}, k);
    }
    if (!(s > 0) || Double.isInfinite(s)) {
      throw fail(ErrorCode.REPLICATE_TYPE, "scale", "scale " + s + " is not positive");
    }
    double r0 = type == ReplicateType.FAY ? rho : Double.NaN;
    return new ReplicateDesign(weights.clone(), k, analysis, type, s, rs, r0, mse, combinedWeights);
  }

  /** Replicate columns fetched and written into the row-major array at a time. */
  private static final int GROUP = 8;

  private String name(int j) {
    return names != null && j < names.length ? names[j] : "replicate " + (j + 1);
  }

  private void check(double[] c, int j, int n) {
    String name = name(j);
    boolean zero = false;
    for (int r = 0; r < n; r++) {
      double v = c[r];
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw fail(
            ErrorCode.REPLICATE_WEIGHTS,
            "replicate column " + name + " row " + (r + 1),
            Double.isNaN(v)
                ? "missing values are not allowed in replicate weights"
                : "replicate weight " + v + " is not a finite non-negative number");
      }
      zero |= v == 0;
    }
    if (!zero && (type == ReplicateType.JK1 || type == ReplicateType.JKN)) {
      throw fail(
          ErrorCode.REPLICATE_TYPE,
          "replicate column " + name,
          "no row has weight 0, so it does not delete a PSU as a " + type + " replicate does");
    }
  }

  private static double max(double[] column) {
    double m = 0;
    for (double v : column) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static double[] expand(double[] v, int k) {
    double[] out = new double[k];
    for (int j = 0; j < k; j++) {
      out[j] = v.length == 1 ? v[0] : v[j];
    }
    return out;
  }

  static ReplicateInputException fail(ErrorCode code, String where, String problem) {
    return new ReplicateInputException(code, where, problem);
  }
}
