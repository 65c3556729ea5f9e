package org.tripart.stats.design;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The designs and variables of src/test/r/quantile-reference.R, built with the Java engine from the
 * same CSVs, case by case (the case names are those of the R script).
 */
final class QuantileCases {
  static final ApiData API99 = ApiData.load("quantiles/api99.csv");

  private QuantileCases() {}

  /** One Taylor case: design, item values, domain, rule and interval. */
  record Case(
      SurveyDesign design,
      String item,
      double[] values,
      BitSet domain,
      QuantileRule rule,
      QuantileInterval interval) {
    List<QuantileEstimate> run(double[] probabilities) {
      return Quantiles.of(design, item, values, domain, probabilities, rule, interval, 0.95);
    }
  }

  /**
   * {@code design[/domain]/variable/interval/rule}, {@code lonely_rule/...}, {@code .../ends/rule}.
   */
  static Case taylor(String[] part) {
    String name = part[0];
    ApiData data = data(name);
    SurveyDesign design = design(name);
    int last = part.length - 1;
    if (part[2].equals("ends")) {
      return new Case(
          design,
          part[1],
          values(data, name, part[1]),
          null,
          QuantileReferenceTest.rule(part[3]),
          QuantileInterval.MEAN);
    }
    BitSet domain = part.length == 5 ? QuantileReferenceTest.domain(data, part[1]) : null;
    String variable = part[last - 2];
    return new Case(
        design,
        variable,
        values(data, name, variable),
        domain,
        QuantileReferenceTest.rule(part[last]),
        QuantileInterval.of(part[last - 1]));
  }

  static ApiData data(String design) {
    if (design.startsWith("clus1") || design.equals("ps")) {
      return ReferenceCases.CLUS1;
    }
    return design.startsWith("clus2") ? ReferenceCases.CLUS2 : ReferenceCases.STRAT;
  }

  static SurveyDesign design(String name) {
    ApiData s = ReferenceCases.STRAT;
    if (name.startsWith("lonely_")) {
      String[] stype = s.text("stype");
      stype[0] = "L";
      int[] strata = new int[stype.length];
      for (int r = 0; r < strata.length; r++) {
        strata[r] = stype[r].charAt(0);
      }
      return SurveyDesign.builder(s.numbers("pw"))
          .strata(strata)
          .lonelyPsu(LonelyPsu.valueOf(name.substring(7).toUpperCase(Locale.ROOT)))
          .build();
    }
    switch (name) {
      case "stratclus":
        return ReferenceCases.design("stratclus_nofpc");
      case "strat_zero":
        {
          double[] w = s.numbers("pw");
          for (int r = 6; r < w.length; r += 7) {
            w[r] = 0;
          }
          return SurveyDesign.builder(w)
              .strata(s.codes("stype"))
              .fpc(s.numbers("fpc"), FpcKind.POPULATION_SIZE)
              .build();
        }
      default:
        return ReferenceCases.design(name);
    }
  }

  /** A variable of the data: api99 from api99.csv, api99m with every fifth value missing. */
  static double[] values(ApiData data, String design, String variable) {
    if (!variable.startsWith("api99")) {
      return data.numbers(variable);
    }
    String set =
        data == ReferenceCases.CLUS1
            ? "apiclus1"
            : data == ReferenceCases.CLUS2 ? "apiclus2" : "apistrat";
    String[] which = API99.text("data");
    String[] cds = API99.text("cds");
    double[] all = API99.numbers("api99");
    String[] want = data.text("cds");
    double[] out = new double[data.size()];
    int k = 0;
    for (int i = 0; i < which.length; i++) {
      if (which[i].equals(set)) {
        if (!cds[i].equals(want[k])) {
          throw new IllegalStateException("api99.csv is not in the order of " + set);
        }
        out[k++] = all[i];
      }
    }
    if (variable.equals("api99m")) {
      for (int r = 4; r < out.length; r += 5) {
        out[r] = Double.NaN;
      }
    }
    return out;
  }

  /** {@code rep/design[/awards]/variable/interval/rule}. */
  static void checkReplicate(String[] part, List<String[]> expected) {
    ReplicateDesign design = replicate(part[1]);
    ApiData data =
        design.size() == ReferenceCases.STRAT.size() ? ReferenceCases.STRAT : ReferenceCases.CLUS1;
    int last = part.length - 1;
    BitSet domain = part.length == 6 ? QuantileReferenceTest.domain(data, part[2]) : null;
    String variable = part[last - 2];
    List<QuantileEstimate> q =
        ReplicateQuantiles.of(
            design,
            variable,
            values(data, part[1], variable),
            domain,
            QuantileReferenceTest.probabilities(expected),
            QuantileReferenceTest.rule(part[last]),
            QuantileInterval.of(part[last - 1]),
            0.95);
    QuantileReferenceTest.compare(String.join("/", part), expected, q);
  }

  private static final java.util.Map<String, ReplicateDesign> REPLICATES =
      new java.util.concurrent.ConcurrentHashMap<>();

  static ReplicateDesign replicate(String name) {
    return REPLICATES.computeIfAbsent(name, QuantileCases::makeReplicate);
  }

  private static ReplicateDesign makeReplicate(String name) {
    ApiData c = ReferenceCases.CLUS1;
    switch (name) {
      case "clus1_jk1":
        return ReplicateConversion.jackknife1(ReferenceCases.design("clus1"), false);
      case "clus1_boot":
        {
          double[][] boot = columns("clus1-bootstrap.csv", "V", 50);
          SurveyDesign clus1n =
              SurveyDesign.builder(c.numbers("pw")).clusters(c.codes("dnum")).build();
          return ReplicateConversion.bootstrap(clus1n, 50, (p, j) -> boot[j][p], false);
        }
      case "sdr":
      case "sdr_mse":
        return ReplicateDesign.builder(
                ReferenceCases.STRAT.numbers("pw"), columns("strat-sdr80.csv", "rep", 80), null)
            .type(ReplicateType.SUCCESSIVE_DIFFERENCE)
            .mse(name.equals("sdr_mse"))
            .build();
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private static double[][] columns(String file, String prefix, int count) {
    ApiData d = ApiData.load("replicate/" + file);
    double[][] out = new double[count][];
    for (int j = 0; j < count; j++) {
      out[j] = d.numbers(prefix + (j + 1));
    }
    return out;
  }
}
