package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tripart.ErrorCode;

/**
 * Quantiles with their intervals against R's survey 4.1.1 {@code svyquantile} ({@code
 * src/test/r/quantile-reference.R}): estimates to 1e-9 relative, interval limits and SEs to 1e-6,
 * degrees of freedom exactly, NaN where R gives NaN and a refusal where R fails. Cases: apistrat
 * (strata, FPC), apistrat by district clusters in strata, apistrat with zero weights, apiclus1
 * (clusters, FPC; api99 with missing values), apiclus2 (two stages, enroll with missing values),
 * apiclus1 post-stratified, a lonely PSU under each rule, domains (awards, high schools); every
 * interval type and quantile rule; replicate designs (JK1, bootstrap, SDR, SDR with mse).
 */
class QuantileReferenceTest {
  static final Map<String, List<String[]>> CASES = cases();

  @TestFactory
  Stream<DynamicTest> quantilesAndIntervalsAreRsSvyquantile() {
    return CASES.entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
  }

  private static void check(String name, List<String[]> expected) {
    String[] part = name.split("/");
    if (part[0].equals("rep")) {
      QuantileCases.checkReplicate(part, expected);
      return;
    }
    QuantileCases.Case c = QuantileCases.taylor(part);
    if (expected.get(0)[1].equals("error")) {
      assertThatThrownBy(() -> c.run(new double[] {0.1, 0.25, 0.5, 0.75, 0.9}))
          .isInstanceOfSatisfying(
              DesignInputException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.QUANTILE_SCORE_ROOT))
          .hasMessageContaining(c.item());
      return;
    }
    compare(name, expected, c.run(probabilities(expected)));
  }

  static double[] probabilities(List<String[]> expected) {
    double[] p = new double[expected.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = Double.parseDouble(expected.get(i)[1]);
    }
    return p;
  }

  static void compare(String name, List<String[]> expected, List<QuantileEstimate> actual) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.size(); i++) {
      String[] r = expected.get(i);
      QuantileEstimate q = actual.get(i);
      String at = name + " p=" + r[1];
      near(at + " quantile", q.estimate(), r[2], 1e-9);
      near(at + " lower", q.lower(), r[3], 1e-6);
      near(at + " upper", q.upper(), r[4], 1e-6);
      near(at + " se", q.standardError(), r[5], 1e-6);
      assertThat((double) q.degreesOfFreedom()).as(at + " df").isEqualTo(Double.parseDouble(r[6]));
    }
  }

  private static void near(String what, double actual, String expected, double relative) {
    double want = Double.parseDouble(expected);
    if (Double.isNaN(want)) {
      assertThat(actual).as(what).isNaN();
      return;
    }
    assertThat(actual).as(what).isCloseTo(want, within(relative * Math.abs(want) + 1e-12));
  }

  private static Map<String, List<String[]>> cases() {
    ApiData d = ApiData.load("quantiles/quantile-reference.csv");
    String[] c = d.text("case");
    String[][] cols = {
      c,
      d.text("p"),
      d.text("quantile"),
      d.text("lower"),
      d.text("upper"),
      d.text("se"),
      d.text("df")
    };
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    for (int r = 0; r < c.length; r++) {
      String[] row = new String[cols.length];
      for (int k = 0; k < cols.length; k++) {
        row[k] = cols[k][r];
      }
      out.computeIfAbsent(c[r], k -> new ArrayList<>()).add(row);
    }
    return out;
  }

  static QuantileRule rule(String name) {
    return QuantileRule.valueOf(name.toUpperCase(Locale.ROOT));
  }

  static BitSet domain(ApiData data, String name) {
    return name.equals("awards") ? data.is("awards", "Yes") : data.is("stype", name);
  }
}
