package org.tripart.stats.design;

import java.util.ArrayList;
import java.util.List;
import org.tripart.ErrorCode;

/**
 * The levels of a {@code svyby} split that have a row of positive weight, as R keeps them: each
 * level code's slot among the kept levels (-1 for a level left out), for the Taylor and replicate
 * domain tables alike. An immutable value; the array is not copied and must not be changed.
 *
 * @param slot for each level code, its index among {@code kept}, or -1
 * @param kept the kept levels' names, in code order
 */
record DomainLevels(int[] slot, List<String> kept) {

  /**
   * @param w the design's weights
   * @param group every row's level code; negative: the row has none
   * @throws DesignInputException naming the row for a code beyond the levels, {@code
   *     ESTIMAND_EMPTY_DOMAIN} when no level has a row of positive weight
   */
  static DomainLevels of(double[] w, int[] group, List<String> levels) {
    int levelCount = levels.size();
    boolean[] positive = new boolean[levelCount];
    for (int r = 0; r < group.length; r++) {
      int g = group[r];
      if (g >= levelCount) {
        throw new DesignInputException(
            "domain groups row " + (r + 1), "level code " + g + " beyond the " + levelCount);
      }
      if (g >= 0 && w[r] != 0) {
        positive[g] = true;
      }
    }
    int[] slot = new int[levelCount];
    List<String> kept = new ArrayList<>();
    for (int l = 0; l < levelCount; l++) {
      slot[l] = positive[l] ? kept.size() : -1;
      if (positive[l]) {
        kept.add(levels.get(l));
      }
    }
    if (kept.isEmpty()) {
      throw new DesignInputException(
          ErrorCode.ESTIMAND_EMPTY_DOMAIN, "domain", "no level has a row with a positive weight");
    }
    return new DomainLevels(slot, List.copyOf(kept));
  }
}
