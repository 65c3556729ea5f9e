package org.tripart.stats.design;

/** The calibrated designs of design-reference.R. */
final class WeightingCases {
  private WeightingCases() {}

  static SurveyDesign design(String name) {
    throw new IllegalArgumentException("no design " + name);
  }
}
