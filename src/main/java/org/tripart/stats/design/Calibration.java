package org.tripart.stats.design;

import java.util.List;

/**
 * What a calibration left behind for the variance, as R keeps it in {@code design$postStrata}: the
 * group of every row and the weights before and after. Immutable; the arrays are never changed once
 * built.
 */
sealed interface Calibration {
  /** One post-stratification: rows' group (0..groups-1), weights after and before it. */
  record PostStrata(int[] group, int groups, double[] weights, double[] oldWeights)
      implements Calibration {}

  /** A raking: the post-stratifications of its last pass, one per margin. */
  record Raking(List<PostStrata> margins) implements Calibration {}

  /**
   * A GREG calibration ({@code calibrate}, R's {@code "greg_calibration"} at stage 0): the model
   * matrix (row-major, {@code columns} wide), the weights before it, the g-weights, and the inverse
   * of {@code sum w x x'} over the weights before it.
   */
  record Greg(double[] model, int columns, double[] oldWeights, double[] g, double[] inverseGram)
      implements Calibration {}
}
