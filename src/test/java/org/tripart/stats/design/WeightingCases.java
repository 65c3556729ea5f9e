package org.tripart.stats.design;

import java.util.List;

/** The calibrated designs of design-reference.R, built the same way with {@link Weighting}. */
final class WeightingCases {
  private WeightingCases() {}

  static SurveyDesign design(String name) {
    ApiData c = ReferenceCases.CLUS1;
    ApiData s = ReferenceCases.STRAT;
    switch (name) {
      case "ps":
        return Weighting.postStratify(
            ReferenceCases.design("clus1"), groups(c, "stype", "E", "H", "M"), types());
      case "ps_nofpc":
        return Weighting.postStratify(
            ReferenceCases.design("clus1_nofpc"), groups(c, "stype", "E", "H", "M"), types());
      case "rake":
        return rakeClus1().design();
      case "rake_strat":
        return Weighting.rake(
                ReferenceCases.design("strat"),
                List.of(groups(s, "sch.wide", "No", "Yes"), groups(s, "awards", "No", "Yes")),
                List.of(new double[] {1072, 5122}, new double[] {2300, 3894}),
                50,
                1e-6)
            .design();
      case "trim":
        return Weighting.trimWeights(ReferenceCases.design("strat"), 16, 40, false);
      default:
        throw new IllegalArgumentException("no design " + name);
    }
  }

  static RakeResult rakeClus1() {
    ApiData c = ReferenceCases.CLUS1;
    return Weighting.rake(
        ReferenceCases.design("clus1"),
        List.of(groups(c, "stype", "E", "H", "M"), groups(c, "sch.wide", "No", "Yes")),
        List.of(types(), new double[] {1072, 5122}),
        10,
        1);
  }

  private static double[] types() {
    return new double[] {4421, 755, 1018};
  }

  static int[] groups(ApiData data, String column, String... levels) {
    String[] v = data.text(column);
    int[] out = new int[v.length];
    for (int r = 0; r < v.length; r++) {
      out[r] = List.of(levels).indexOf(v[r]);
    }
    return out;
  }
}
