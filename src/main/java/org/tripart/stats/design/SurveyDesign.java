package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A survey design as R's {@code svydesign(ids = ~psu + ssu, strata = ~st, weights = ~w, fpc = ~fpc1
 * + fpc2, nest = TRUE)} holds it: per-row weights, strata, first-stage clusters nested in strata
 * (every row its own PSU when none are given), optional second-stage clusters nested in the PSUs,
 * population sizes per stage, the lonely-PSU rule and the calibrations applied so far.
 *
 * <p>Everything the variance needs (PSU index of every row, PSUs per stratum) is computed once
 * here, so that each estimate is a single pass over rows into primitive arrays. Immutable and
 * thread-safe; made by {@link DesignBuilder} or by {@link Weighting}.
 */
public final class SurveyDesign {
  final double[] weights;
  final int strataCount;
  final int[] stratum;
  final int psuCount;
  final int[] psu;
  final int[] psuStratum;
  final int[] psuPerStratum;
  final double[] popsize1;
  final int ssuCount;
  final int[] ssu;
  final int[] ssuPsu;
  final int[] ssuPerPsu;
  final int[] ssuStart;
  final int[] ssuOrder;
  final double[] popsize2;
  final LonelyPsu lonelyPsu;
  final List<Calibration> calibrations;
  private volatile Object levels;

  SurveyDesign(
      double[] weights,
      int strataCount,
      int[] stratum,
      int psuCount,
      int[] psu,
      int ssuCount,
      int[] ssu,
      double[] popsize1,
      double[] popsize2,
      LonelyPsu lonelyPsu,
      List<Calibration> calibrations) {
    this.weights = weights;
    this.strataCount = strataCount;
    this.stratum = stratum;
    this.psuCount = psuCount;
    this.psu = psu;
    this.ssuCount = ssuCount;
    this.ssu = ssu;
    this.popsize1 = popsize1;
    this.popsize2 = popsize2;
    this.lonelyPsu = lonelyPsu;
    this.calibrations = List.copyOf(calibrations);
    this.psuStratum = new int[psuCount];
    this.psuPerStratum = new int[strataCount];
    for (int r = 0; r < weights.length; r++) {
      psuStratum[psu[r]] = stratum[r];
    }
    for (int p = 0; p < psuCount; p++) {
      psuPerStratum[psuStratum[p]]++;
    }
    if (ssu != null) {
      ssuPsu = new int[ssuCount];
      ssuPerPsu = new int[psuCount];
      for (int r = 0; r < weights.length; r++) {
        ssuPsu[ssu[r]] = psu[r];
      }
      for (int s = 0; s < ssuCount; s++) {
        ssuPerPsu[ssuPsu[s]]++;
      }
      ssuStart = new int[psuCount + 1];
      for (int p = 0; p < psuCount; p++) {
        ssuStart[p + 1] = ssuStart[p] + ssuPerPsu[p];
      }
      ssuOrder = new int[ssuCount];
      int[] fill = ssuStart.clone();
      for (int s = 0; s < ssuCount; s++) {
        ssuOrder[fill[ssuPsu[s]]++] = s;
      }
    } else {
      ssuPsu = null;
      ssuPerPsu = null;
      ssuStart = null;
      ssuOrder = null;
    }
  }

  /** Starts a design from per-row sampling weights (copied). */
  public static DesignBuilder builder(double[] weights) {
    return new DesignBuilder(weights);
  }

  /** The number of rows. */
  public int size() {
    return weights.length;
  }

  /** A copy of the current (possibly calibrated) weights. */
  public double[] weights() {
    return weights.clone();
  }

  /** The weight of one row. */
  public double weight(int row) {
    return weights[row];
  }

  public int strataCount() {
    return strataCount;
  }

  /** The number of first-stage sampling units (PSUs) in the whole sample. */
  public int psuCount() {
    return psuCount;
  }

  /** True when population sizes were given for the first stage. */
  public boolean hasFpc() {
    return popsize1 != null;
  }

  /** True when the variance adds a second stage (second-stage clusters and an FPC at stage one). */
  public boolean hasSecondStage() {
    return ssu != null && popsize1 != null;
  }

  public LonelyPsu lonelyPsu() {
    return lonelyPsu;
  }

  /** True after {@link Weighting#postStratify} or {@link Weighting#rake}. */
  public boolean isCalibrated() {
    return !calibrations.isEmpty();
  }

  /** R's {@code degf(design)}: PSUs minus strata, over all rows with a non-zero weight. */
  public int degreesOfFreedom() {
    boolean[] seenPsu = new boolean[psuCount];
    boolean[] seenStratum = new boolean[strataCount];
    int psus = 0;
    int strata = 0;
    for (int r = 0; r < weights.length; r++) {
      if (weights[r] != 0) {
        if (!seenPsu[psu[r]]) {
          seenPsu[psu[r]] = true;
          psus++;
        }
        if (!seenStratum[stratum[r]]) {
          seenStratum[stratum[r]] = true;
          strata++;
        }
      }
    }
    return psus - strata;
  }

  /**
   * The weights' distinct values and each row's, or null when there are more than a sixteenth of
   * the rows (at most 65,536); worked out on first use (racing threads may both work it out, to the
   * same result).
   */
  WeightLevels weightLevels() {
    Object l = levels;
    if (l == null) {
      WeightLevels found =
          WeightLevels.of(weights, Math.max(1, Math.min(1 << 16, weights.length / 16)));
      l = found == null ? Boolean.FALSE : found;
      levels = l;
    }
    return l instanceof WeightLevels w ? w : null;
  }

  /** The same design under another lonely-PSU rule. */
  public SurveyDesign withLonelyPsu(LonelyPsu rule) {
    return new SurveyDesign(
        weights,
        strataCount,
        stratum,
        psuCount,
        psu,
        ssuCount,
        ssu,
        popsize1,
        popsize2,
        rule,
        calibrations);
  }

  SurveyDesign withWeights(double[] newWeights, Calibration added) {
    List<Calibration> all = new ArrayList<>(calibrations);
    if (added != null) {
      all.add(added);
    }
    return withCalibrations(newWeights, all);
  }

  SurveyDesign withCalibrations(double[] newWeights, List<Calibration> all) {
    return new SurveyDesign(
        newWeights,
        strataCount,
        stratum,
        psuCount,
        psu,
        ssuCount,
        ssu,
        popsize1,
        popsize2,
        lonelyPsu,
        all);
  }

  @Override
  public String toString() {
    return "SurveyDesign[rows="
        + weights.length
        + ", strata="
        + strataCount
        + ", psus="
        + psuCount
        + (ssu == null ? "" : ", ssus=" + ssuCount)
        + ", fpc="
        + (popsize1 != null)
        + ", lonelyPsu="
        + lonelyPsu
        + ", calibrations="
        + calibrations.size()
        + ", weightSum="
        + Arrays.stream(weights).sum()
        + "]";
  }
}
