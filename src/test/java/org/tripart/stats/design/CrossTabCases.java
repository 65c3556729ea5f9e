package org.tripart.stats.design;

import java.util.Map;

/** The svychisq and cell-percentage cases of design-reference.R. */
final class CrossTabCases {
  private CrossTabCases() {}

  static Map<String, Double> compute(String[] part) {
    return Map.of();
  }
}
