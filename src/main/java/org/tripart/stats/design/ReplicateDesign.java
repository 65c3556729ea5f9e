package org.tripart.stats.design;

/**
 * A replicate-weight survey design as R's {@code svrepdesign} (survey 4.1.1) holds it: the
 * full-sample weights, the R replicates' analysis weights (R's {@code weights(design, "analysis")}:
 * the replicate columns themselves when they are combined weights, else the columns times the
 * sampling weights), stored row-major as one n x R array so that an estimate is one pass over rows
 * with the replicates innermost, and what R's {@code svrVar} needs: {@code scale}, {@code rscales}
 * and the {@code mse} flag.
 *
 * <p>Immutable and thread-safe (the degrees of freedom are worked out on first use; racing threads
 * reach the same value). Made by {@link ReplicateDesignBuilder} or {@link ReplicateConversion}.
 */
public final class ReplicateDesign {
  final double[] weights;
  final int replicates;
  final double[] analysis;
  final ReplicateType type;
  final double scale;
  final double[] rscales;
  final double rho;
  final boolean mse;
  final boolean combinedWeights;
  private volatile int degf = -1;
  private volatile double[] gram;
  private volatile double[] norms;

  ReplicateDesign(
      double[] weights,
      int replicates,
      double[] analysis,
      ReplicateType type,
      double scale,
      double[] rscales,
      double rho,
      boolean mse,
      boolean combinedWeights) {
    this.weights = weights;
    this.replicates = replicates;
    this.analysis = analysis;
    this.type = type;
    this.scale = scale;
    this.rscales = rscales;
    this.rho = rho;
    this.mse = mse;
    this.combinedWeights = combinedWeights;
  }

  /**
   * Starts a design from full-sample weights and replicate columns (both copied at build).
   *
   * @param weights full-sample (sampling) weight of every row
   * @param columns replicate weight columns, each of one value per row
   * @param names the columns' names, for messages
   */
  public static ReplicateDesignBuilder builder(
      double[] weights, double[][] columns, String[] names) {
    return new ReplicateDesignBuilder(weights, columns, names);
  }

  /**
   * As {@link #builder(double[], double[][], String[])}, the columns copied at build into the
   * design's own array through eight reused buffers, in column order, so that a caller reading them
   * from a data set makes no copy of its own.
   *
   * @param count the number of replicate columns
   * @param column writes column {@code j} (0-based), one value per row, into the array given (of
   *     one slot per row); called once per column
   */
  public static ReplicateDesignBuilder builder(
      double[] weights,
      int count,
      java.util.function.ObjIntConsumer<double[]> column,
      String[] names) {
    return new ReplicateDesignBuilder(weights, count, column, names);
  }

  public int size() {
    return weights.length;
  }

  public int replicates() {
    return replicates;
  }

  public ReplicateType type() {
    return type;
  }

  /** R's {@code design$scale}. */
  public double scale() {
    return scale;
  }

  /** A copy of R's {@code design$rscales}. */
  public double[] rscales() {
    return rscales.clone();
  }

  /** Fay's rho, NaN when the type has none. */
  public double rho() {
    return rho;
  }

  /** True when variances centre on the full-sample estimate, false on the replicates' mean. */
  public boolean mse() {
    return mse;
  }

  /** A copy of the full-sample weights. */
  public double[] weights() {
    return weights.clone();
  }

  /** The analysis weight of {@code row} in replicate {@code replicate} (0-based). */
  public double replicateWeight(int row, int replicate) {
    return analysis[row * replicates + replicate];
  }

  /** The same design with variances centred as {@code mse} says. */
  public ReplicateDesign withMse(boolean centreOnFullSample) {
    return new ReplicateDesign(
        weights,
        replicates,
        analysis,
        type,
        scale,
        rscales,
        rho,
        centreOnFullSample,
        combinedWeights);
  }

  ReplicateDesign withAnalysisWeights(double[] full, double[] repl) {
    return new ReplicateDesign(
        full, replicates, repl, type, scale, rscales, rho, mse, combinedWeights);
  }

  /**
   * R's {@code degf(design)}: the rank of the n x R analysis weight matrix, as {@code qr(, tol =
   * 1e-5)} finds it (a column counts when its part orthogonal to the columns before it has a norm
   * of at least 1e-5 of its own), minus one; see {@link ReplicateRank}. When the first rows alone
   * already show all R columns clear that by far ({@link FullRank#of}), it is R minus one without a
   * pass over every row.
   */
  public int degreesOfFreedom() {
    int d = degf;
    if (d < 0) {
      d =
          FullRank.of(analysis, weights.length, replicates, null, norms())
              ? replicates - 1
              : ReplicateRank.of(analysis, weights.length, replicates, null, gram()) - 1;
      degf = d;
    }
    return d;
  }

  /**
   * R's {@code degf(subset(design, domain))}: R's subset of a replicate design keeps only the
   * domain's rows, so the rank is that of their analysis weights, minus one. Null: all rows. As
   * above, R minus one from the domain's first rows when they show full rank by far.
   */
  public int degreesOfFreedom(java.util.BitSet domain) {
    if (domain == null) {
      return degreesOfFreedom();
    }
    if (FullRank.of(analysis, weights.length, replicates, domain, norms())) {
      return replicates - 1;
    }
    return ReplicateRank.of(
            analysis,
            weights.length,
            replicates,
            domain,
            domain.cardinality() > weights.length / 2 ? gram() : null)
        - 1;
  }

  /** The squared norm of every analysis weight column, worked out on first use. */
  private double[] norms() {
    double[] v = norms;
    if (v == null) {
      v = FullRank.norms(analysis, weights.length, replicates);
      norms = v;
    }
    return v;
  }

  /** The cross-product of all rows' analysis weights, worked out on first use. */
  private double[] gram() {
    double[] g = gram;
    if (g == null) {
      g = ReplicateRank.gram(analysis, weights.length, replicates, null);
      gram = g;
    }
    return g;
  }

  @Override
  public String toString() {
    return "ReplicateDesign[rows="
        + weights.length
        + ", replicates="
        + replicates
        + ", type="
        + type
        + ", scale="
        + scale
        + ", mse="
        + mse
        + "]";
  }
}
