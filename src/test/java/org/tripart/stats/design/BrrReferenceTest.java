package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * BRR and Fay's BRR made from a design as R's {@code as.svrepdesign(design, type = "BRR" | "Fay")}
 * (survey 4.1.1) makes them: the half-sample multipliers of every PSU in every replicate equal R's
 * (src/test/r/replicate-reference.R wrote them) for designs whose pair counts take every way {@code
 * survey:::hadamard} finds its matrix, and estimates on them equal R's.
 */
class BrrReferenceTest {
  private static final String DIR = "replicate/";
  private static final ApiData PAIRS = ApiData.load(DIR + "brr-pairs.csv");
  private static final Map<String, List<String>> HALVES = halves();
  private static final Map<String, Double> EXPECTED = expected();

  @TestFactory
  Stream<DynamicTest> halfSamplesAndEstimatesMatchR() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : HALVES.keySet()) {
      if (!name.equals("stratn")) {
        tests.add(DynamicTest.dynamicTest(name, () -> checkPairs(name)));
      }
    }
    return tests.stream();
  }

  @Test
  void apistratSplitIntoOneHundredPairsHasRsPaleyHalfSamples() {
    ApiData strat = ApiData.load("apistrat.csv");
    SurveyDesign design =
        SurveyDesign.builder(strat.numbers("pw")).strata(strat.codes("stype")).build();
    ReplicateDesign brr = ReplicateConversion.brr(design, strat.text("stype"), false);
    assertThat(brr.replicates()).isEqualTo(104);
    sameHalfSamples("stratn", design, brr, 0);
    ReplicateDesign fay = ReplicateConversion.fay(design, strat.text("stype"), 0.3, false);
    sameHalfSamples("stratn", design, fay, 0.3);
    assertThat(fay.type()).isEqualTo(ReplicateType.FAY);
    assertThat(fay.rho()).isEqualTo(0.3);
  }

  private static void checkPairs(String name) {
    SurveyDesign design = pairDesign(name);
    String[] labels = column(name, "stratum");
    ReplicateDesign brr = ReplicateConversion.brr(design, labels, false);
    assertThat(brr.replicates()).as(name + " replicates").isEqualTo((int) want(name, "replicates"));
    sameHalfSamples(name, design, brr, 0);
    assertThat(brr.degreesOfFreedom()).as(name + " degf").isEqualTo((int) want(name, "degf"));
    double[] y = numbers(name, "y");
    ReplicateEstimate mean = ReplicateEstimates.mean(brr, y, null);
    near(name, "mean_y", mean.estimate(), 1e-9);
    near(name, "mean_y_se", mean.standardError(), 1e-6);
    ReplicateEstimate total = ReplicateEstimates.total(brr, y, null);
    near(name, "total_y", total.estimate(), 1e-9);
    near(name, "total_y_se", total.standardError(), 1e-6);
    ReplicateDesign fay = ReplicateConversion.fay(design, labels, 0.3, false);
    sameHalfSamples(name, design, fay, 0.3);
    near(name, "fay_mean_y_se", ReplicateEstimates.mean(fay, y, null).standardError(), 1e-6);
    near(name, "fay_scale", fay.scale(), 1e-12);
  }

  /** Every row's replicate weight is its weight times R's multiplier of its PSU. */
  private static void sameHalfSamples(
      String name, SurveyDesign design, ReplicateDesign d, double rho) {
    List<String> rows = HALVES.get(name);
    assertThat(rows).as(name + " PSUs").hasSize(design.psuCount());
    for (int r = 0; r < design.size(); r++) {
      String m = rows.get(design.psu[r]);
      assertThat(m).as(name + " replicates of PSU " + design.psu[r]).hasSize(d.replicates());
      for (int j = 0; j < d.replicates(); j++) {
        double multiplier = m.charAt(j) == '2' ? 2 - rho : rho;
        assertThat(d.replicateWeight(r, j))
            .as(name + " row " + (r + 1) + " replicate " + (j + 1))
            .isEqualTo(multiplier * design.weight(r));
      }
    }
  }

  @Test
  void anUnstratifiedDesignIsRefusedAsInR() {
    SurveyDesign design = SurveyDesign.builder(new double[] {1, 2, 3, 4}).build();
    fails(() -> ReplicateConversion.brr(design, null, false), "type BRR", "unstratified design");
  }

  @Test
  void aStratumOfOnePsuIsNamed() {
    SurveyDesign design =
        SurveyDesign.builder(new double[] {1, 2, 3}).strata(new int[] {0, 0, 1}).build();
    fails(
        () -> ReplicateConversion.brr(design, new String[] {"north", "north", "south"}, false),
        "'south'",
        "fewer than 2 PSUs");
  }

  @Test
  void aStratumOfAnOddNumberAboveTwoIsNamed() {
    SurveyDesign design =
        SurveyDesign.builder(new double[] {1, 2, 3, 4, 5})
            .strata(new int[] {0, 0, 1, 1, 1})
            .build();
    fails(
        () -> ReplicateConversion.fay(design, new String[] {"a", "a", "b", "b", "b"}, 0.5, false),
        "type Fay",
        "'b' (3 PSUs)",
        "odd number");
  }

  @Test
  void fayRhoMustLieBelowOneAndLabelsMustFollowTheStrata() {
    SurveyDesign design =
        SurveyDesign.builder(new double[] {1, 2, 3, 4}).strata(new int[] {0, 0, 1, 1}).build();
    String[] labels = {"a", "a", "b", "b"};
    fails(() -> ReplicateConversion.fay(design, labels, 1, false), "fay.rho", "[0, 1)");
    fails(
        () -> ReplicateConversion.brr(design, new String[] {"a", "b", "b", "b"}, false),
        "strata row 2",
        "differs from 'a'");
    fails(
        () -> ReplicateConversion.brr(design, new String[] {"a", "a"}, false),
        "strata",
        "2 labels for 4 rows");
  }

  private static void fails(Runnable r, String... parts) {
    assertThatThrownBy(r::run)
        .isInstanceOf(ReplicateInputException.class)
        .satisfies(
            e ->
                assertThat(((TripartException) e).code()).isEqualTo(ErrorCode.REPLICATE_CONVERSION))
        .hasMessageContainingAll(parts);
  }

  private static SurveyDesign pairDesign(String name) {
    String[] strata = column(name, "stratum");
    String[] psu = column(name, "psu");
    return SurveyDesign.builder(numbers(name, "w"))
        .strata(codes(strata))
        .clusters(codes(psu))
        .build();
  }

  private static int[] codes(String[] values) {
    Map<String, Integer> dict = new HashMap<>();
    int[] out = new int[values.length];
    for (int r = 0; r < values.length; r++) {
      out[r] = dict.computeIfAbsent(values[r], k -> dict.size());
    }
    return out;
  }

  private static String[] column(String name, String column) {
    String[] cases = PAIRS.text("case");
    String[] v = PAIRS.text(column);
    List<String> out = new ArrayList<>();
    for (int r = 0; r < cases.length; r++) {
      if (cases[r].equals(name)) {
        out.add(v[r]);
      }
    }
    return out.toArray(String[]::new);
  }

  private static double[] numbers(String name, String column) {
    String[] v = column(name, column);
    double[] out = new double[v.length];
    for (int r = 0; r < v.length; r++) {
      out[r] = Double.parseDouble(v[r]);
    }
    return out;
  }

  private static void near(String name, String quantity, double actual, double rel) {
    double w = want(name, quantity);
    assertThat(actual).as(name + " " + quantity).isCloseTo(w, within(rel * Math.abs(w)));
  }

  private static double want(String name, String quantity) {
    Double v = EXPECTED.get(name + "|" + quantity);
    assertThat(v).as(name + " " + quantity + " in the R output").isNotNull();
    return v;
  }

  private static Map<String, List<String>> halves() {
    ApiData d = ApiData.load(DIR + "brr-pairs-multipliers.csv");
    String[] c = d.text("case");
    String[] m = d.text("multipliers");
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < c.length; i++) {
      out.computeIfAbsent(c[i], k -> new ArrayList<>()).add(m[i]);
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
