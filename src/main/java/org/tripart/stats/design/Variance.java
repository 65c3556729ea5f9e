package org.tripart.stats.design;

import java.util.List;

/**
 * Taylor-linearization variance from per-unit totals of an influence function, as R's {@code
 * survey:::svyrecvar} with {@code survey:::multistage}, {@code onestage} and {@code onestrat}:
 * with-replacement first stage unless an FPC is given, a second stage when the design has
 * second-stage clusters and FPCs, and R's lonely-PSU rules. Stateless; thread-safe.
 */
final class Variance {
  private static final double CERTAIN = 1e-7;

  private Variance() {}

  /**
   * The finest sampling unit of each row: second-stage cluster when that stage counts, else PSU.
   */
  static int[] units(SurveyDesign d) {
    return d.hasSecondStage() ? d.ssu : d.psu;
  }

  static int unitCount(SurveyDesign d) {
    return d.hasSecondStage() ? d.ssuCount : d.psuCount;
  }

  /**
   * Removes from a row-level influence matrix ({@code z[row * k + j]}) what the calibrations
   * explain, as {@code svyrecvar} does with {@code postStrata}: residuals from the post-stratum
   * means, and for a raking ten sweeps over its margins.
   */
  static void calibrate(SurveyDesign d, double[] z, int k) {
    for (Calibration c : d.calibrations) {
      if (c instanceof Calibration.PostStrata ps) {
        postStratum(ps, z, k);
      } else if (c instanceof Calibration.Raking raking) {
        rake(raking.margins(), z, k);
      } else if (c instanceof Calibration.Greg greg) {
        GregResiduals.apply(greg, z, k);
      }
    }
  }

  private static void postStratum(Calibration.PostStrata ps, double[] z, int k) {
    int n = ps.group().length;
    double[] sums = new double[ps.groups() * k];
    double[] old = new double[ps.groups()];
    for (int r = 0; r < n; r++) {
      double psw = ps.weights()[r];
      double oldw = ps.oldWeights()[r];
      if (psw == 0 && oldw == 0) {
        psw = 1;
      }
      int g = ps.group()[r];
      old[g] += oldw;
      for (int j = 0; j < k; j++) {
        sums[g * k + j] += z[r * k + j] * oldw / psw;
      }
    }
    for (int r = 0; r < n; r++) {
      double psw = ps.weights()[r];
      if (psw == 0 && ps.oldWeights()[r] == 0) {
        psw = 1;
      }
      int g = ps.group()[r];
      for (int j = 0; j < k; j++) {
        z[r * k + j] -= sums[g * k + j] / old[g] * psw;
      }
    }
  }

  private static void rake(List<Calibration.PostStrata> margins, double[] z, int k) {
    for (int iteration = 0; iteration < 10; iteration++) {
      for (Calibration.PostStrata m : margins) {
        int n = m.group().length;
        double[] sums = new double[m.groups() * k];
        int[] counts = new int[m.groups()];
        double[] w = m.weights();
        for (int r = 0; r < n; r++) {
          int g = m.group()[r];
          counts[g]++;
          for (int j = 0; j < k; j++) {
            sums[g * k + j] += z[r * k + j] / w[r];
          }
        }
        for (int r = 0; r < n; r++) {
          int g = m.group()[r];
          for (int j = 0; j < k; j++) {
            z[r * k + j] -= w[r] * (sums[g * k + j] / counts[g]);
          }
        }
      }
    }
  }

  /**
   * The k-by-k variance matrix (row-major) of the totals.
   *
   * @param unitTotals influence totals per unit of {@link #units}, {@code [unit * k + j]}
   * @param presentPsu PSUs that have rows in the (uncalibrated) domain, or null when all count
   */
  static double[] of(SurveyDesign d, double[] unitTotals, int k, boolean[] presentPsu) {
    double[] psuTotals = unitTotals;
    if (d.hasSecondStage()) {
      psuTotals = new double[d.psuCount * k];
      for (int s = 0; s < d.ssuCount; s++) {
        int p = d.ssuPsu[s];
        for (int j = 0; j < k; j++) {
          psuTotals[p * k + j] += unitTotals[s * k + j];
        }
      }
    }
    boolean[] presentStratum = new boolean[d.strataCount];
    for (int p = 0; p < d.psuCount; p++) {
      if (presentPsu == null || presentPsu[p]) {
        presentStratum[d.psuStratum[p]] = true;
      }
    }
    double[] f = new double[d.strataCount];
    for (int h = 0; h < d.strataCount; h++) {
      f[h] = d.popsize1 == null ? 1 : fraction(d.popsize1[h], d.psuPerStratum[h]);
    }
    double[] v =
        stage(
            d,
            1,
            d.psuCount,
            d.psuStratum,
            d.strataCount,
            d.psuPerStratum,
            f,
            presentStratum,
            psuTotals,
            k);
    if (d.hasSecondStage()) {
      double[] f2 = new double[d.psuCount];
      for (int p = 0; p < d.psuCount; p++) {
        f2[p] = fraction(d.popsize2[p], d.ssuPerPsu[p]);
      }
      for (int p = 0; p < d.psuCount; p++) {
        if (presentPsu != null && !presentPsu[p]) {
          continue;
        }
        double[] within = stage(d, 2, p, unitTotals, k, f2[p]);
        int h = d.psuStratum[p];
        double factor = d.psuPerStratum[h] / d.popsize1[h];
        for (int i = 0; i < k * k; i++) {
          v[i] += within[i] * factor;
        }
      }
    }
    return v;
  }

  private static double fraction(double popsize, int sampled) {
    return popsize == Double.POSITIVE_INFINITY ? 1 : (popsize - sampled) / popsize;
  }

  /** Stage one: strata of PSUs. */
  private static double[] stage(
      SurveyDesign d,
      int stageNumber,
      int units,
      int[] unitGroup,
      int groups,
      int[] unitsPerGroup,
      double[] f,
      boolean[] presentGroup,
      double[] totals,
      int k) {
    double[] mean = new double[groups * k];
    for (int u = 0; u < units; u++) {
      int g = unitGroup[u];
      for (int j = 0; j < k; j++) {
        mean[g * k + j] += totals[u * k + j];
      }
    }
    boolean adjustLonely = d.lonelyPsu == LonelyPsu.ADJUST;
    for (int g = 0; g < groups; g++) {
      boolean centred = !(adjustLonely && unitsPerGroup[g] == 1);
      for (int j = 0; j < k; j++) {
        mean[g * k + j] = centred ? mean[g * k + j] / unitsPerGroup[g] : 0;
      }
    }
    double[] acc = new double[groups * k * k];
    double[] dev = new double[k];
    for (int u = 0; u < units; u++) {
      int g = unitGroup[u];
      if (!presentGroup[g]) {
        continue;
      }
      for (int j = 0; j < k; j++) {
        dev[j] = totals[u * k + j] - mean[g * k + j];
      }
      int base = g * k * k;
      for (int a = 0; a < k; a++) {
        double da = dev[a];
        int at = base + a * k;
        for (int b = a; b < k; b++) {
          acc[at + b] += da * dev[b];
        }
      }
    }
    double[] v = new double[k * k];
    int present = 0;
    int usable = 0;
    for (int g = 0; g < groups; g++) {
      if (!presentGroup[g]) {
        continue;
      }
      present++;
      if (f[g] < CERTAIN) {
        usable++;
        continue;
      }
      int n = unitsPerGroup[g];
      double scale;
      if (n > 1) {
        scale = f[g] * n / (n - 1);
      } else if (d.lonelyPsu == LonelyPsu.AVERAGE) {
        continue;
      } else if (d.lonelyPsu == LonelyPsu.FAIL) {
        throw lonely(d, stageNumber, g, unitGroup);
      } else {
        scale = f[g];
      }
      usable++;
      for (int a = 0; a < k; a++) {
        for (int b = a; b < k; b++) {
          v[a * k + b] += scale * acc[g * k * k + a * k + b];
        }
      }
    }
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        v[b * k + a] = v[a * k + b];
      }
    }
    double rescale = (double) present / usable;
    for (int i = 0; i < k * k; i++) {
      v[i] = usable == 0 ? Double.NaN : v[i] * rescale;
    }
    return v;
  }

  /** Stage two inside one PSU: its second-stage units form a single stratum. */
  private static double[] stage(
      SurveyDesign d, int stageNumber, int p, double[] totals, int k, double f2) {
    int m = d.ssuPerPsu[p];
    double[] local = new double[m * k];
    for (int i = 0; i < m; i++) {
      System.arraycopy(totals, d.ssuOrder[d.ssuStart[p] + i] * k, local, i * k, k);
    }
    return stage(
        d,
        stageNumber,
        m,
        new int[m],
        1,
        new int[] {m},
        new double[] {f2},
        new boolean[] {true},
        local,
        k);
  }

  private static DesignInputException lonely(SurveyDesign d, int stageNumber, int g, int[] group) {
    return new DesignInputException(
        "stage " + stageNumber,
        "a stratum has only one PSU (stratum index "
            + g
            + "); choose a LonelyPsu rule other than FAIL");
  }
}
