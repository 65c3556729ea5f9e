package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replicate designs against R's survey 4.1.1 (src/test/r/replicate-reference.R): svrepdesign of
 * every type from exported columns, as.svrepdesign JK1/JKn/BRR/Fay/bootstrap/subbootstrap, mse both
 * ways, calibrated on every replicate.
 */
class ReplicateReferenceTest {
  private static final String DIR = "replicate/";
  private static final Map<String, Double> EXPECTED = expected();
  private static final ApiData STRAT = ApiData.load("apistrat.csv");
  private static final ApiData CLUS1 = ApiData.load("apiclus1.csv");

  @TestFactory
  Stream<DynamicTest> replicateDesignsMatchR() {
    Map<String, ReplicateDesign> designs = new HashMap<>();
    SurveyDesign clus1 =
        SurveyDesign.builder(CLUS1.numbers("pw"))
            .clusters(CLUS1.codes("dnum"))
            .fpc(CLUS1.numbers("fpc"), FpcKind.POPULATION_SIZE)
            .build();
    SurveyDesign clus1n =
        SurveyDesign.builder(CLUS1.numbers("pw")).clusters(CLUS1.codes("dnum")).build();
    SurveyDesign strat =
        SurveyDesign.builder(STRAT.numbers("pw"))
            .strata(STRAT.codes("stype"))
            .fpc(STRAT.numbers("fpc"), FpcKind.POPULATION_SIZE)
            .build();
    SurveyDesign stratn =
        SurveyDesign.builder(STRAT.numbers("pw")).strata(STRAT.codes("stype")).build();
    double[][] boot = columns("clus1-bootstrap.csv", "V", 50);
    double[][] subboot = columns("strat-subbootstrap.csv", "V", 40);
    double[][] sdr = columns("strat-sdr80.csv", "rep", 80);
    double[][] jk = columns("clus1-jk1-analysis.csv", "jk", 15);
    double[] spw = STRAT.numbers("pw");
    double[][] mult = new double[80][];
    for (int j = 0; j < 80; j++) {
      mult[j] = new double[spw.length];
      for (int r = 0; r < spw.length; r++) {
        mult[j][r] = sdr[j][r] / spw[r];
      }
    }
    double[] otherScales = new double[80];
    for (int j = 0; j < 80; j++) {
      otherScales[j] = 0.5 + 0.01 * j;
    }
    double[] jknScales = new double[15];
    for (int j = 0; j < 15; j++) {
      jknScales[j] = j % 2 == 0 ? 0.9 : 0.95;
    }
    for (boolean mse : new boolean[] {false, true}) {
      String tag = mse ? "/mse" : "";
      designs.put("clus1_jk1" + tag, ReplicateConversion.jackknife1(clus1, mse));
      designs.put("clus1n_jk1" + tag, ReplicateConversion.jackknife1(clus1n, mse));
      designs.put("strat_jkn" + tag, ReplicateConversion.jackknifeN(strat, mse));
      designs.put("stratn_jkn" + tag, ReplicateConversion.jackknifeN(stratn, mse));
      designs.put(
          "clus1_boot" + tag, ReplicateConversion.bootstrap(clus1n, 50, (p, j) -> boot[j][p], mse));
      designs.put(
          "stratn_subboot" + tag,
          ReplicateConversion.subbootstrap(stratn, 40, (p, j) -> subboot[j][p], mse));
      designs.put(
          "sdr" + tag, cols(spw, sdr, ReplicateType.SUCCESSIVE_DIFFERENCE).mse(mse).build());
      designs.put("acs" + tag, cols(spw, sdr, ReplicateType.ACS).mse(mse).build());
      designs.put("brr" + tag, cols(spw, sdr, ReplicateType.BRR).mse(mse).build());
      designs.put("fay" + tag, cols(spw, sdr, ReplicateType.FAY).rho(0.3).mse(mse).build());
      designs.put("bootcols" + tag, cols(spw, sdr, ReplicateType.BOOTSTRAP).mse(mse).build());
      designs.put(
          "other" + tag,
          cols(spw, sdr, ReplicateType.OTHER).scale(0.7).rscales(otherScales).mse(mse).build());
      designs.put(
          "multipliers" + tag,
          cols(spw, mult, ReplicateType.OTHER).scale(0.05).combinedWeights(false).mse(mse).build());
      double[] cpw = CLUS1.numbers("pw");
      designs.put(
          "jkncols" + tag, cols(cpw, jk, ReplicateType.JKN).rscales(jknScales).mse(mse).build());
      designs.put("jk1cols" + tag, cols(cpw, jk, ReplicateType.JK1).mse(mse).build());
      double[][] jkMult = new double[15][cpw.length];
      for (int j = 0; j < 15; j++) {
        for (int r = 0; r < cpw.length; r++) {
          jkMult[j][r] = jk[j][r] / cpw[r];
        }
      }
      designs.put(
          "jk1mult" + tag,
          cols(cpw, jkMult, ReplicateType.JK1).combinedWeights(false).mse(mse).build());
      designs.put(
          "jknmult" + tag,
          cols(cpw, jkMult, ReplicateType.JKN).combinedWeights(false).mse(mse).build());
      int[] clusStype = groups(CLUS1.text("stype"), "E", "H", "M");
      double[] popStype = {4421, 755, 1018};
      designs.put(
          "clus1_jk1_ps" + tag,
          ReplicateWeighting.postStratify(
              ReplicateConversion.jackknife1(clus1, mse), clusStype, popStype));
      ReplicateDesign sdrd = cols(spw, sdr, ReplicateType.SUCCESSIVE_DIFFERENCE).mse(mse).build();
      int[] stype = groups(STRAT.text("stype"), "E", "H", "M");
      int[] sw = groups(STRAT.text("sch.wide"), "No", "Yes");
      double[] popSw = {1300, 4894};
      ReplicateRakeResult raked =
          ReplicateWeighting.rake(sdrd, List.of(stype, sw), List.of(popStype, popSw), 10, 1);
      assertThat(raked.converged()).isTrue();
      designs.put("sdr_rake" + tag, raked.design());
      designs.put("sdr_ps" + tag, ReplicateWeighting.postStratify(sdrd, sw, popSw));
      String[] stypes = STRAT.text("stype");
      designs.put("stratn_brr" + tag, ReplicateConversion.brr(stratn, stypes, mse));
      ReplicateDesign fay = ReplicateConversion.fay(stratn, stypes, 0.3, mse);
      designs.put("stratn_fay" + tag, fay);
      ReplicateRakeResult fayRaked =
          ReplicateWeighting.rake(fay, List.of(stype, sw), List.of(popStype, popSw), 10, 1);
      assertThat(fayRaked.converged()).isTrue();
      designs.put("strat_fay_rake" + tag, fayRaked.design());
    }
    designs.put("strat_brr", ReplicateConversion.brr(strat, STRAT.text("stype"), false));
    return designs.entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
  }

  private static void check(String name, ReplicateDesign d) {
    ApiData data = d.size() == STRAT.size() ? STRAT : CLUS1;
    ReplicateEstimate mean = ReplicateEstimates.mean(d, data.numbers("api00"), null);
    near(name, "mean_api00", mean.estimate(), 1e-9);
    near(name, "mean_api00_se", mean.standardError(), 1e-6);
    ReplicateEstimate total = ReplicateEstimates.total(d, data.numbers("enroll"), null);
    near(name, "total_enroll", total.estimate(), 1e-9);
    near(name, "total_enroll_se", total.standardError(), 1e-6);
    List<ReplicateEstimate> props =
        ReplicateEstimates.proportions(
            d, null, List.of(data.is("stype", "E"), data.is("stype", "H"), data.is("stype", "M")));
    for (int i = 0; i < 3; i++) {
      near(name, "prop_stype" + (i + 1), props.get(i).estimate(), 1e-9);
      near(name, "prop_stype" + (i + 1) + "_se", props.get(i).standardError(), 1e-6);
    }
    BitSet e = data.is("stype", "E");
    ReplicateEstimate dom = ReplicateEstimates.mean(d, data.numbers("api00"), e);
    near(name, "domainE_api00", dom.estimate(), 1e-9);
    near(name, "domainE_api00_se", dom.standardError(), 1e-6);
    double[] sw = new double[data.size()];
    BitSet yes = data.is("sch.wide", "Yes");
    for (int r = 0; r < sw.length; r++) {
      sw[r] = yes.get(r) ? 1 : 0;
    }
    ReplicateEstimate swMean = ReplicateEstimates.mean(d, sw, e);
    ReplicateEstimate swProp = ReplicateEstimates.proportions(d, e, List.of(yes)).get(0);
    near(name, "domainE_sw", swMean.estimate(), 1e-9);
    near(name, "domainE_sw_se", swMean.standardError(), 1e-6);
    near(name, "domainE_sw", swProp.estimate(), 1e-9);
    near(name, "domainE_sw_se", swProp.standardError(), 1e-6);
    for (CiMethod method : new CiMethod[] {CiMethod.MEAN, CiMethod.XLOGIT, CiMethod.LOGIT}) {
      String m = method.name().toLowerCase(java.util.Locale.ROOT);
      ProportionInterval all = ReplicateProportionIntervals.of(d, yes, null, method, 0.95);
      near(name, "ci_" + m + "_lower", all.lower(), 1e-6);
      near(name, "ci_" + m + "_upper", all.upper(), 1e-6);
      ProportionInterval inE = ReplicateProportionIntervals.of(d, yes, e, method, 0.95);
      near(name, "ciE_" + m + "_lower", inE.lower(), 1e-6);
      near(name, "ciE_" + m + "_upper", inE.upper(), 1e-6);
      BitSet no = data.is("sch.wide", "No");
      ProportionInterval item =
          ReplicateProportionIntervals.item(
                  d, e, List.of(no, yes), method, 0.95, d.degreesOfFreedom(e))
              .get(1);
      near(name, "ciE_" + m + "_lower", item.lower(), 1e-6);
      near(name, "ciE_" + m + "_upper", item.upper(), 1e-6);
      near(name, "domainE_sw_se", item.standardError(), 1e-6);
    }
    RaoScottTest chi =
        ReplicateRaoScott.test(
            d,
            groups(data.text("stype"), "E", "H", "M"),
            groups(data.text("sch.wide"), "No", "Yes"));
    near(name, "chisq_f", chi.f(), 1e-6);
    near(name, "chisq_ndf", chi.numeratorDf(), 1e-6);
    near(name, "chisq_ddf", chi.denominatorDf(), 1e-6);
    near(name, "chisq_p", chi.pValue(), 1e-6);
    near(name, "chisq_p1", chi.firstOrderPValue(), 1e-6);
    assertThat(d.degreesOfFreedom(e)).as(name + " degfE").isEqualTo((int) expected(name, "degfE"));
    assertThat(d.degreesOfFreedom()).as(name + " degf").isEqualTo((int) expected(name, "degf"));
    near(name, "scale", d.scale(), 1e-12);
  }

  private static int[] groups(String[] values, String... levels) {
    List<String> l = List.of(levels);
    int[] out = new int[values.length];
    for (int r = 0; r < values.length; r++) {
      out[r] = l.indexOf(values[r]);
    }
    return out;
  }

  private static ReplicateDesignBuilder cols(double[] w, double[][] c, ReplicateType type) {
    return ReplicateDesign.builder(w, c, null).type(type);
  }

  private static void near(String name, String quantity, double actual, double rel) {
    double want = expected(name, quantity);
    // SEs that are 0 in exact arithmetic (a proportion of a stratum under JKn) are rounding noise
    assertThat(actual)
        .as(name + " " + quantity)
        .isCloseTo(want, within(Math.max(rel * Math.abs(want), 1e-12)));
  }

  private static double expected(String name, String quantity) {
    Double v = EXPECTED.get(name + "|" + quantity);
    assertThat(v).as(name + " " + quantity + " in the R output").isNotNull();
    return v;
  }

  private static double[][] columns(String file, String prefix, int count) {
    ApiData d = ApiData.load(DIR + file);
    double[][] out = new double[count][];
    for (int j = 0; j < count; j++) {
      out[j] = d.numbers(prefix + (j + 1));
    }
    return out;
  }

  private static Map<String, Double> expected() {
    ApiData d = ApiData.load(DIR + "replicate-reference.csv");
    String[] c = d.text("case");
    String[] q = d.text("quantity");
    double[] v = d.numbers("value");
    Map<String, Double> m = new HashMap<>();
    for (int i = 0; i < c.length; i++) {
      m.put(c[i] + "|" + q[i], v[i]);
    }
    return m;
  }
}
