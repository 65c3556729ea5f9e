package org.tripart.stats.design;

import java.util.List;

/**
 * Collects the parts of a {@link SurveyDesign} from raw per-row arrays (codes may be any ints;
 * clusters are nested in strata and second-stage clusters in first-stage ones, as R's {@code nest =
 * TRUE}). Arrays are copied at {@link #build()}. Not thread-safe; use once.
 */
public final class DesignBuilder {
  private final double[] weights;
  private int[] strata;
  private int[] clusters;
  private int[] secondStage;
  private double[] fpc1;
  private FpcKind fpc1Kind;
  private double[] fpc2;
  private FpcKind fpc2Kind;
  private LonelyPsu lonelyPsu = LonelyPsu.FAIL;

  DesignBuilder(double[] weights) {
    if (weights == null || weights.length == 0) {
      throw new DesignInputException("weights", "a design needs at least one row of weights");
    }
    this.weights = weights.clone();
  }

  /** Stratum code of every row; without it the sample is one stratum. */
  public DesignBuilder strata(int[] codes) {
    this.strata = codes;
    return this;
  }

  /** First-stage cluster (PSU) of every row; without it every row is its own PSU. */
  public DesignBuilder clusters(int[] codes) {
    this.clusters = codes;
    return this;
  }

  /** Second-stage cluster of every row, used only when a first-stage FPC is given (as in R). */
  public DesignBuilder secondStageClusters(int[] codes) {
    this.secondStage = codes;
    return this;
  }

  /** First-stage FPC of every row: population of PSUs in its stratum, or sampling fraction. */
  public DesignBuilder fpc(double[] perRow, FpcKind kind) {
    this.fpc1 = perRow;
    this.fpc1Kind = kind;
    return this;
  }

  /** Second-stage FPC of every row: population of second-stage units in its PSU, or fraction. */
  public DesignBuilder secondStageFpc(double[] perRow, FpcKind kind) {
    this.fpc2 = perRow;
    this.fpc2Kind = kind;
    return this;
  }

  public DesignBuilder lonelyPsu(LonelyPsu rule) {
    this.lonelyPsu = rule;
    return this;
  }

  /**
   * @throws DesignInputException when arrays differ in length, a weight is missing or negative, an
   *     FPC varies within its stratum or implies more than 100% sampling
   */
  public SurveyDesign build() {
    int n = weights.length;
    for (int r = 0; r < n; r++) {
      if (!(weights[r] >= 0) || Double.isInfinite(weights[r])) {
        throw new DesignInputException("weights row " + (r + 1), "weight " + weights[r]);
      }
    }
    check("strata", strata, n);
    check("clusters", clusters, n);
    check("second-stage clusters", secondStage, n);
    if (fpc1 != null && fpc1.length != n || fpc2 != null && fpc2.length != n) {
      throw new DesignInputException("fpc", "has a length other than the " + n + " rows");
    }
    int[] count = new int[1];
    long[] keys = new long[n];
    for (int r = 0; r < n; r++) {
      keys[r] = strata == null ? 0 : strata[r];
    }
    int[] stratum = DenseCodes.of(keys, count);
    int strataCount = count[0];
    for (int r = 0; r < n; r++) {
      keys[r] = DenseCodes.pair(stratum[r], clusters == null ? r : clusters[r]);
    }
    int[] psu = DenseCodes.of(keys, count);
    int psuCount = count[0];
    int[] ssu = null;
    int ssuCount = 0;
    if (secondStage != null) {
      for (int r = 0; r < n; r++) {
        keys[r] = DenseCodes.pair(psu[r], secondStage[r]);
      }
      ssu = DenseCodes.of(keys, count);
      ssuCount = count[0];
    }
    SurveyDesign bare =
        new SurveyDesign(
            weights,
            strataCount,
            stratum,
            psuCount,
            psu,
            ssuCount,
            ssu,
            null,
            null,
            lonelyPsu,
            List.of());
    double[] pop1 =
        fpc1 == null
            ? null
            : popsize("fpc", fpc1, fpc1Kind, stratum, strataCount, bare.psuPerStratum);
    double[] pop2 = null;
    if (ssu != null && fpc2 != null) {
      pop2 = popsize("second-stage fpc", fpc2, fpc2Kind, psu, psuCount, bare.ssuPerPsu);
    } else if (ssu != null && pop1 != null) {
      throw new DesignInputException(
          "fpc", "a two-stage design with a first-stage FPC needs a second-stage FPC too");
    }
    return new SurveyDesign(
        weights,
        strataCount,
        stratum,
        psuCount,
        psu,
        ssuCount,
        ssu,
        pop1,
        pop2,
        lonelyPsu,
        List.of());
  }

  private static void check(String what, int[] codes, int n) {
    if (codes != null && codes.length != n) {
      throw new DesignInputException(what, codes.length + " codes for " + n + " rows");
    }
  }

  private static double[] popsize(
      String what, double[] fpc, FpcKind kind, int[] group, int groups, int[] sampled) {
    double[] pop = new double[groups];
    boolean[] seen = new boolean[groups];
    for (int r = 0; r < fpc.length; r++) {
      double v = fpc[r];
      int g = group[r];
      double size = kind == FpcKind.SAMPLING_FRACTION ? sampled[g] / v : v;
      if (Double.isNaN(v) || v <= 0 || kind == FpcKind.SAMPLING_FRACTION && v > 1) {
        throw new DesignInputException(what + " row " + (r + 1), "invalid value " + v);
      }
      if (size < sampled[g]) {
        throw new DesignInputException(
            what + " row " + (r + 1),
            "population size " + size + " is below the " + sampled[g] + " units sampled");
      }
      if (seen[g] && pop[g] != size) {
        throw new DesignInputException(
            what + " row " + (r + 1), "the FPC varies within its stratum or cluster");
      }
      seen[g] = true;
      pop[g] = size;
    }
    return pop;
  }
}
