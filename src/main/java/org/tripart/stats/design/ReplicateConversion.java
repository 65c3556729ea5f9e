package org.tripart.stats.design;

import org.tripart.ErrorCode;

/**
 * Replicate weights made from a stratified cluster design, as R's {@code as.svrepdesign(design,
 * type, mse)} (survey 4.1.1) makes them with {@code jk1weights}, {@code jknweights}, {@code
 * brrweights}, {@code bootweights} and {@code subbootweights}; the replicate columns are
 * multipliers of the design's weights ({@code combined.weights = FALSE}). PSUs and strata are taken
 * in order of first appearance, as R's {@code unique}, except for BRR, which orders strata by label
 * as R's {@code brrweights} does. Stateless and thread-safe; the design is never changed.
 */
public final class ReplicateConversion {
  private ReplicateConversion() {}

  /** A seed-independent source of bootstrap multipliers: how often R resampled each PSU. */
  @FunctionalInterface
  public interface Draw {
    /** The multiplier of PSU {@code psu} (0-based, first appearance) in {@code replicate}. */
    double multiplier(int psu, int replicate);
  }

  /**
   * {@code as.svrepdesign(design, type = "JK1")}: replicate j drops PSU j and weights the others
   * n/(n-1); scale (n-1)/n, times (N-n)/N with a first-stage FPC.
   *
   * @throws ReplicateInputException when the design has strata, or the FPC leaves no variance
   */
  public static ReplicateDesign jackknife1(SurveyDesign design, boolean mse) {
    if (design.strataCount > 1) {
      throw fail("type JK1", "can't use JK1 for a stratified design; use JKn");
    }
    int n = design.psuCount;
    if (n < 2) {
      throw fail("type JK1", "needs at least two PSUs");
    }
    double fpc = design.popsize1 == null ? 1 : (design.popsize1[0] - n) / design.popsize1[0];
    if (fpc == 0) {
      throw fail("fpc", "the whole population was sampled: no replicates");
    }
    double[] m = new double[design.size() * n];
    for (int r = 0; r < design.size(); r++) {
      for (int j = 0; j < n; j++) {
        m[r * n + j] = design.psu[r] == j ? 0 : design.weights[r] * n / (n - 1.0);
      }
    }
    double[] rscales = new double[n];
    java.util.Arrays.fill(rscales, 1);
    return finish(design, n, m, ReplicateType.JK1, fpc * (n - 1) / n, rscales, mse);
  }

  /**
   * {@code as.svrepdesign(design, type = "JKn")}: one replicate per PSU, stratum by stratum; the
   * replicate dropping PSU j of stratum h weights the other PSUs of h by n_h/(n_h-1); rscales
   * (n_h-1)/n_h, times (N_h-n_h)/N_h with an FPC; scale 1.
   *
   * @throws ReplicateInputException for a stratum with one PSU (R's {@code lonely.psu = "fail"})
   */
  public static ReplicateDesign jackknifeN(SurveyDesign design, boolean mse) {
    int n = design.psuCount;
    for (int h = 0; h < design.strataCount; h++) {
      if (design.psuPerStratum[h] < 2) {
        throw fail("stratum " + (h + 1), "has only one PSU; JKn needs at least two per stratum");
      }
    }
    int[] column = new int[n];
    int[] next = new int[design.strataCount];
    int[] start = new int[design.strataCount];
    for (int h = 1; h < design.strataCount; h++) {
      start[h] = start[h - 1] + design.psuPerStratum[h - 1];
    }
    double[] rscales = new double[n];
    for (int p = 0; p < n; p++) {
      int h = design.psuStratum[p];
      column[p] = start[h] + next[h]++;
      double nh = design.psuPerStratum[h];
      double fpc = design.popsize1 == null ? 1 : (design.popsize1[h] - nh) / design.popsize1[h];
      if (fpc == 0) {
        throw fail("fpc of stratum " + (h + 1), "the stratum was sampled whole: no replicates");
      }
      rscales[column[p]] = fpc * (nh - 1) / nh;
    }
    int[] stratumOfColumn = new int[n];
    for (int p = 0; p < n; p++) {
      stratumOfColumn[column[p]] = design.psuStratum[p];
    }
    double[] m = new double[design.size() * n];
    for (int r = 0; r < design.size(); r++) {
      int h = design.stratum[r];
      double nh = design.psuPerStratum[h];
      int own = column[design.psu[r]];
      double w = design.weights[r];
      for (int j = 0; j < n; j++) {
        m[r * n + j] = stratumOfColumn[j] != h ? w : j == own ? 0 : w * nh / (nh - 1);
      }
    }
    return finish(design, n, m, ReplicateType.JKN, 1, rscales, mse);
  }

  /**
   * {@code as.svrepdesign(design, type = "bootstrap", replicates = R)} given the multipliers R
   * drew: scale m/((m-1)(R-1)), m the harmonic mean of PSUs per stratum; rscales 1. Without an FPC.
   */
  public static ReplicateDesign bootstrap(
      SurveyDesign design, int replicates, Draw draw, boolean mse) {
    if (design.popsize1 != null) {
      throw fail("type bootstrap", "an FPC is not supported here; give a design without one");
    }
    double inv = 0;
    for (int h = 0; h < design.strataCount; h++) {
      inv += 1.0 / design.psuPerStratum[h];
    }
    double m = design.strataCount / inv;
    return resampled(
        design, replicates, draw, mse, m / ((m - 1) * (replicates - 1)), ReplicateType.BOOTSTRAP);
  }

  /**
   * {@code as.svrepdesign(design, type = "subbootstrap", replicates = R)} given the multipliers R
   * drew (n_h-1 PSUs resampled in each stratum, reweighted n_h/(n_h-1)): scale 1/(R-1), rscales 1.
   */
  public static ReplicateDesign subbootstrap(
      SurveyDesign design, int replicates, Draw draw, boolean mse) {
    return resampled(
        design, replicates, draw, mse, 1.0 / (replicates - 1), ReplicateType.BOOTSTRAP);
  }

  /**
   * {@code as.svrepdesign(design, type = "BRR")}: balanced half-samples from R's Hadamard matrix
   * (see {@link BrrWeights}), a PSU in the half-sample weighted 2, the other 0; scale 1/R, rscales
   * 1. A stratum of more than two PSUs is split into pairs, as R's default {@code large = "split"};
   * a first-stage FPC is dropped, as R drops it with the warning "Finite population correction
   * dropped in conversion".
   *
   * @param strata the stratum label of every row (R orders strata by label), null when the design
   *     has none
   * @throws ReplicateInputException for an unstratified design, a stratum of one PSU, or of an odd
   *     number above two, naming the strata
   */
  public static ReplicateDesign brr(SurveyDesign design, String[] strata, boolean mse) {
    return BrrWeights.of(design, strata, 0, mse);
  }

  /**
   * {@code as.svrepdesign(design, type = "Fay", fay.rho = rho)}: the half-samples of {@link #brr},
   * weighted 2 - rho in and rho out; scale 1/(R (1 - rho)^2), rscales 1. With rho 0 this is BRR, as
   * in R.
   *
   * @throws ReplicateInputException as {@link #brr}, or for rho outside [0, 1)
   */
  public static ReplicateDesign fay(SurveyDesign design, String[] strata, double rho, boolean mse) {
    return BrrWeights.of(design, strata, rho, mse);
  }

  /**
   * The multipliers R's {@code bootweights} (type {@code "bootstrap"}) draws from {@code random}
   * for {@code design}: strata in order of first appearance; in each, {@code sample(unique(psu))}
   * shuffles the n PSUs, then every replicate draws n of the shuffled PSUs with replacement and
   * counts the times each is drawn. After {@code set.seed(s)} in R, {@code RRandom.seed(s)} here
   * gives R's draws; the stream is advanced as R's is, so a second conversion continues it.
   *
   * @throws ReplicateInputException for a stratum of one PSU (R's {@code sample} of one number
   *     draws from 1..that number)
   */
  public static Draw bootstrapDraws(SurveyDesign design, int replicates, RRandom random) {
    return draws(design, replicates, random, false);
  }

  /**
   * The multipliers R's {@code subbootweights} (type {@code "subbootstrap"}) draws: as {@link
   * #bootstrapDraws} with n - 1 PSUs drawn per stratum, the counts times n/(n-1).
   */
  public static Draw subbootstrapDraws(SurveyDesign design, int replicates, RRandom random) {
    return draws(design, replicates, random, true);
  }

  private static Draw draws(SurveyDesign design, int replicates, RRandom random, boolean sub) {
    if (replicates < 2) {
      throw fail("replicates", "a bootstrap needs at least two replicates");
    }
    int[][] members = new int[design.strataCount][];
    int[] next = new int[design.strataCount];
    for (int h = 0; h < members.length; h++) {
      members[h] = new int[design.psuPerStratum[h]];
      if (members[h].length < 2) {
        throw fail(
            "stratum " + (h + 1),
            "has one PSU; R's bootstrap draws from 1..its id there, so it is not offered");
      }
    }
    for (int p = 0; p < design.psuCount; p++) {
      int h = design.psuStratum[p];
      members[h][next[h]++] = p;
    }
    double[] m = new double[design.psuCount * replicates];
    for (int[] psus : members) {
      int n = psus.length;
      int[] order = random.permutation(n);
      int take = sub ? n - 1 : n;
      int[] count = new int[n];
      for (int j = 0; j < replicates; j++) {
        java.util.Arrays.fill(count, 0);
        for (int i = 0; i < take; i++) {
          count[order[random.unifIndex(n)]]++;
        }
        for (int t = 0; t < n; t++) {
          m[psus[t] * replicates + j] = sub ? (double) (count[t] * n) / (n - 1) : count[t];
        }
      }
    }
    return (psu, replicate) -> m[psu * replicates + replicate];
  }

  private static ReplicateDesign resampled(
      SurveyDesign design,
      int replicates,
      Draw draw,
      boolean mse,
      double scale,
      ReplicateType type) {
    if (replicates < 2) {
      throw fail("replicates", "a bootstrap needs at least two replicates");
    }
    double[] mult = new double[design.psuCount * replicates];
    for (int p = 0; p < design.psuCount; p++) {
      for (int j = 0; j < replicates; j++) {
        double v = draw.multiplier(p, j);
        if (!(v >= 0) || Double.isInfinite(v)) {
          throw fail("bootstrap PSU " + (p + 1) + " replicate " + (j + 1), "multiplier " + v);
        }
        mult[p * replicates + j] = v;
      }
    }
    double[] a = new double[design.size() * replicates];
    for (int r = 0; r < design.size(); r++) {
      int o = design.psu[r] * replicates;
      for (int j = 0; j < replicates; j++) {
        a[r * replicates + j] = design.weights[r] * mult[o + j];
      }
    }
    double[] rscales = new double[replicates];
    java.util.Arrays.fill(rscales, 1);
    return finish(design, replicates, a, type, scale, rscales, mse);
  }

  private static ReplicateDesign finish(
      SurveyDesign design,
      int reps,
      double[] analysis,
      ReplicateType type,
      double scale,
      double[] rscales,
      boolean mse) {
    return new ReplicateDesign(
        design.weights(), reps, analysis, type, scale, rscales, Double.NaN, mse, false);
  }

  private static ReplicateInputException fail(String where, String problem) {
    return ReplicateDesignBuilder.fail(ErrorCode.REPLICATE_CONVERSION, where, problem);
  }
}
