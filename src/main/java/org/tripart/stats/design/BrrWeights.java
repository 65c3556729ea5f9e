package org.tripart.stats.design;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tripart.ErrorCode;

/**
 * Half-sample replicates as R's {@code survey:::brrweights(strata, psu, fay.rho, small = "fail",
 * large = "split", compress = TRUE, only.weights = TRUE)} (survey 4.1.1) makes them for {@code
 * as.svrepdesign(design, type = "BRR" | "Fay")}.
 *
 * <p>PSUs are ordered as R's {@code order(strata, first row)}: strata by their labels, then PSUs by
 * first appearance. A stratum of more than two PSUs is split into consecutive pairs (R's {@code
 * large = "split"}); its pairs come first, strata in label order, then the strata of exactly two.
 * Pair h takes row h+1 of {@link Hadamard#of}(pairs); in replicate j the first PSU of the pair is
 * in the half-sample when that entry is 1, the second when it is 0. A PSU in the half-sample is
 * weighted 2 - rho, the other rho. Labels are compared as R's {@code order} does under ICU's root
 * collation (case-insensitive first, lower case before upper, digits as text): {@link Collator} for
 * {@link Locale#ROOT}, ties by code point; for labels of letters and digits this is R's order,
 * punctuation inside labels may sort otherwise. Stateless and thread-safe.
 */
final class BrrWeights {
  private BrrWeights() {}

  private static final int MAX_PAIRS = 10_000;

  /**
   * The replicate design; the first-stage FPC is dropped as R drops it (with a warning).
   *
   * @param strata the stratum label of every row, as given to R's {@code strata = ~}
   */
  static ReplicateDesign of(SurveyDesign design, String[] strata, double rho, boolean mse) {
    String type = rho == 0 ? "type BRR" : "type Fay";
    if (strata == null) {
      throw fail(type, "must use JK1 or bootstrap for an unstratified design");
    }
    if (!(rho >= 0 && rho < 1)) {
      throw fail("fay.rho", "Fay's rho must lie in [0, 1), got " + rho);
    }
    String[] label = labels(design, strata);
    Integer[] order = new Integer[design.strataCount];
    for (int h = 0; h < order.length; h++) {
      order[h] = h;
    }
    Collator collator = Collator.getInstance(Locale.ROOT);
    collator.setStrength(Collator.TERTIARY);
    Comparator<String> byLabel = collator::compare;
    Arrays.sort(
        order,
        (a, b) -> byLabel.thenComparing(Comparator.naturalOrder()).compare(label[a], label[b]));
    List<String> small = new ArrayList<>();
    List<String> odd = new ArrayList<>();
    for (int h : order) {
      int size = design.psuPerStratum[h];
      if (size < 2) {
        small.add("'" + label[h] + "'");
      } else if (size > 2 && size % 2 == 1) {
        odd.add("'" + label[h] + "' (" + size + " PSUs)");
      }
    }
    if (!small.isEmpty()) {
      throw fail(
          type + " strata " + String.join(", ", small),
          "have fewer than 2 PSUs; half-sample replicates need at least two PSUs per stratum");
    }
    if (!odd.isEmpty()) {
      throw fail(
          type + " strata " + String.join(", ", odd),
          "can't split an odd number of PSUs in a stratum into half-sample pairs");
    }
    int[][] psus = psusByStratum(design);
    int[] pair = new int[design.psuCount];
    boolean[] second = new boolean[design.psuCount];
    int pairs = 0;
    for (boolean large : new boolean[] {true, false}) {
      for (int h : order) {
        int[] members = psus[h];
        if (members.length > 2 != large) {
          continue;
        }
        for (int t = 0; t < members.length; t++) {
          pair[members[t]] = pairs + t / 2;
          second[members[t]] = t % 2 == 1;
        }
        pairs += members.length / 2;
      }
    }
    if (pairs > MAX_PAIRS || (long) design.size() * (pairs + 1) > Integer.MAX_VALUE - 8) {
      throw fail(
          type,
          pairs
              + " half-sample pairs of "
              + design.size()
              + " rows need a Hadamard matrix too"
              + " large to hold; give replicate weight columns instead");
    }
    byte[][] h = Hadamard.of(pairs);
    int reps = h.length;
    if ((long) design.size() * reps > Integer.MAX_VALUE - 8) {
      throw fail(type, reps + " replicates of " + design.size() + " rows are too many to hold");
    }
    double in = 2 - rho;
    double[] multiplier = new double[design.psuCount * reps];
    for (int p = 0; p < design.psuCount; p++) {
      byte[] row = h[pair[p] + 1];
      for (int j = 0; j < reps; j++) {
        multiplier[p * reps + j] = (row[j] == 1) != second[p] ? in : rho;
      }
    }
    int n = design.size();
    double[] analysis = new double[n * reps];
    for (int r = 0; r < n; r++) {
      int o = design.psu[r] * reps;
      double w = design.weights[r];
      for (int j = 0; j < reps; j++) {
        analysis[r * reps + j] = multiplier[o + j] * w;
      }
    }
    double[] rscales = new double[reps];
    Arrays.fill(rscales, 1);
    double scale = 1 / (reps * ((1 - rho) * (1 - rho)));
    return new ReplicateDesign(
        design.weights(),
        reps,
        analysis,
        rho == 0 ? ReplicateType.BRR : ReplicateType.FAY,
        scale,
        rscales,
        rho == 0 ? Double.NaN : rho,
        mse,
        false);
  }

  private static String[] labels(SurveyDesign design, String[] strata) {
    if (strata.length != design.size()) {
      throw fail("strata", strata.length + " labels for " + design.size() + " rows");
    }
    String[] label = new String[design.strataCount];
    for (int r = 0; r < strata.length; r++) {
      String s = strata[r];
      int h = design.stratum[r];
      if (s == null) {
        throw fail("strata row " + (r + 1), "the stratum label is missing");
      }
      if (label[h] == null) {
        label[h] = s;
      } else if (!label[h].equals(s)) {
        throw fail(
            "strata row " + (r + 1),
            "label '" + s + "' differs from '" + label[h] + "' of the design's same stratum");
      }
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String s : label) {
      if (!seen.add(s)) {
        throw fail("strata", "label '" + s + "' names two of the design's strata");
      }
    }
    return label;
  }

  /** The PSUs of every stratum in order of first appearance (their codes ascending). */
  private static int[][] psusByStratum(SurveyDesign design) {
    int[][] out = new int[design.strataCount][];
    int[] next = new int[design.strataCount];
    for (int h = 0; h < out.length; h++) {
      out[h] = new int[design.psuPerStratum[h]];
    }
    for (int p = 0; p < design.psuCount; p++) {
      int h = design.psuStratum[p];
      out[h][next[h]++] = p;
    }
    return out;
  }

  private static ReplicateInputException fail(String where, String problem) {
    return ReplicateDesignBuilder.fail(ErrorCode.REPLICATE_CONVERSION, where, problem);
  }
}
