package org.tripart.stats.design;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes, with the Java engine, the quantities that src/test/r/design-reference.R computes with
 * R's survey package, case by case (the case names are those of the R script).
 */
final class ReferenceCases {
  static final ApiData STRAT = ApiData.load("apistrat.csv");
  static final ApiData CLUS1 = ApiData.load("apiclus1.csv");
  static final ApiData CLUS2 = ApiData.load("apiclus2.csv");
  private static final List<String> CI_METHODS =
      List.of("logit", "likelihood", "beta", "mean", "xlogit");

  private ReferenceCases() {}

  static Map<String, Double> compute(String name) {
    String[] part = name.split("/");
    if (part[0].startsWith("lonely_")) {
      return lonely(part);
    }
    if (part[0].equals("chisq") || part[0].equals("cells")) {
      return CrossTabCases.compute(part);
    }
    if (CI_METHODS.contains(part[part.length - 1])) {
      return ciprop(part);
    }
    SurveyDesign d = design(part[0]);
    ApiData data = data(part[0]);
    Map<String, Double> out = new LinkedHashMap<>();
    if (part.length == 1) {
      out.put("df", (double) d.degreesOfFreedom());
      double[] w = d.weights();
      double sum = 0;
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (double x : w) {
        sum += x;
        max = Math.max(max, x);
        min = Math.min(min, x);
      }
      out.put("weight_sum", sum);
      out.put("weight_max", max);
      out.put("weight_min", min);
      out.put("weight_first", w[0]);
      return out;
    }
    BitSet domain = null;
    String variable = part[1];
    if (part.length == 3) {
      domain = part[1].equals("noaward") ? data.is("awards", "No") : data.is("stype", part[1]);
      variable = part[2];
    }
    MeanEstimate m = DesignEstimates.mean(d, variable(data, variable), domain);
    out.put("estimate", m.estimate());
    out.put("se", m.standardError());
    out.put("deff", m.designEffect());
    out.put("df", (double) DesignEstimates.degreesOfFreedom(d, domain));
    return out;
  }

  static double[] variable(ApiData data, String name) {
    switch (name) {
      case "sw":
        return data.indicator("sch.wide", "Yes");
      case "aw":
        return data.indicator("awards", "Yes");
      case "bo":
        return data.indicator("both", "Yes");
      default:
        return data.numbers(name);
    }
  }

  static ApiData data(String design) {
    if (design.startsWith("clus1") || design.startsWith("ps") || design.equals("rake")) {
      return CLUS1;
    }
    return design.startsWith("clus2") ? CLUS2 : STRAT;
  }

  static SurveyDesign design(String name) {
    ApiData s = STRAT;
    switch (name) {
      case "strat":
        return strat().fpc(s.numbers("fpc"), FpcKind.POPULATION_SIZE).build();
      case "strat_nofpc":
        return strat().build();
      case "strat_frac":
        return strat().fpc(fractions(s), FpcKind.SAMPLING_FRACTION).build();
      case "stratclus":
        return strat()
            .clusters(s.codes("dnum"))
            .fpc(s.numbers("fpc"), FpcKind.POPULATION_SIZE)
            .build();
      case "stratclus_nofpc":
        return strat().clusters(s.codes("dnum")).build();
      case "clus1":
        return clus1().fpc(CLUS1.numbers("fpc"), FpcKind.POPULATION_SIZE).build();
      case "clus1_nofpc":
        return clus1().build();
      case "clus2":
        return clus2()
            .fpc(CLUS2.numbers("fpc1"), FpcKind.POPULATION_SIZE)
            .secondStageFpc(CLUS2.numbers("fpc2"), FpcKind.POPULATION_SIZE)
            .build();
      case "clus2_nofpc":
        return clus2().build();
      default:
        return WeightingCases.design(name);
    }
  }

  private static DesignBuilder strat() {
    return SurveyDesign.builder(STRAT.numbers("pw")).strata(STRAT.codes("stype"));
  }

  private static DesignBuilder clus1() {
    return SurveyDesign.builder(CLUS1.numbers("pw")).clusters(CLUS1.codes("dnum"));
  }

  private static DesignBuilder clus2() {
    return SurveyDesign.builder(CLUS2.numbers("pw"))
        .clusters(CLUS2.codes("dnum"))
        .secondStageClusters(CLUS2.codes("snum"));
  }

  /** The sampling fraction n_h / N_h, computed as the R script computes it. */
  private static double[] fractions(ApiData s) {
    int[] st = s.codes("stype");
    double[] fpc = s.numbers("fpc");
    double[] n = new double[3];
    for (int c : st) {
      n[c] += 1;
    }
    double[] out = new double[st.length];
    for (int r = 0; r < out.length; r++) {
      out[r] = n[st[r]] / fpc[r];
    }
    return out;
  }

  private static Map<String, Double> lonely(String[] part) {
    String[] opt = part[0].split("_");
    LonelyPsu rule = LonelyPsu.valueOf(opt[1].toUpperCase(java.util.Locale.ROOT));
    String[] stype = STRAT.text("stype");
    stype[0] = "L";
    int[] strata = new int[stype.length];
    double[] fpc = STRAT.numbers("fpc");
    for (int r = 0; r < strata.length; r++) {
      strata[r] = stype[r].charAt(0);
      if (r == 0) {
        fpc[r] = 10;
      }
    }
    DesignBuilder b = SurveyDesign.builder(STRAT.numbers("pw")).strata(strata).lonelyPsu(rule);
    if (opt[2].equals("fpc")) {
      b.fpc(fpc, FpcKind.POPULATION_SIZE);
    }
    SurveyDesign d = b.build();
    BitSet domain = part[1].equals("all") ? null : STRAT.is("stype", part[1]);
    Map<String, Double> out = new LinkedHashMap<>();
    try {
      MeanEstimate m = DesignEstimates.mean(d, STRAT.numbers("api00"), domain);
      out.put("estimate", m.estimate());
      out.put("se", m.standardError());
    } catch (DesignInputException e) {
      out.put("error", 1.0);
    }
    return out;
  }

  private static Map<String, Double> ciprop(String[] part) {
    SurveyDesign d = design(part[0]);
    ApiData data = data(part[0]);
    BitSet domain = part.length == 4 ? data.is("stype", part[1]) : null;
    double[] y = variable(data, part[part.length - 2]);
    BitSet indicator = new BitSet();
    for (int r = 0; r < y.length; r++) {
      if (y[r] == 1) {
        indicator.set(r);
      }
    }
    CiMethod method = CiMethod.valueOf(part[part.length - 1].toUpperCase(java.util.Locale.ROOT));
    ProportionInterval p = ProportionIntervals.of(d, indicator, domain, method, 0.95);
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("estimate", p.estimate());
    out.put("se", p.standardError());
    out.put("lower", p.lower());
    out.put("upper", p.upper());
    return out;
  }
}
