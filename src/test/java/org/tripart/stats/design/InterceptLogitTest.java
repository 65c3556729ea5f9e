package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link InterceptLogit} gives {@link LogitFit}'s coefficient and variance (the step-by-step port
 * of R's {@code glm.fit} that {@code DesignReferenceTest} checks against R) to rounding: the
 * coefficient to 1e-13 absolute (at most 1, else relative; an absolute change d of the coefficient
 * changes the limits {@code expit(b +- t SE)} by at most d relative), the variance to 1e-12
 * relative (per-unit sums {@code sum w y - mu sum w} cancel more digits than per-row terms when p
 * is near 0 or 1; a relative change e of the variance moves the limits by about {@code t SE e /
 * 2}).
 */
class InterceptLogitTest {
  private static final double CLOSE = 1e-13;

  @Test
  void equalsTheIterativeFitOnRsApiData() {
    String[] designs = {
      "strat",
      "strat_nofpc",
      "stratclus",
      "stratclus_nofpc",
      "clus1",
      "clus1_nofpc",
      "clus2",
      "clus2_nofpc"
    };
    int checked = 0;
    for (String name : designs) {
      SurveyDesign d = ReferenceCases.design(name);
      ApiData data = ReferenceCases.data(name);
      List<BitSet> indicators = new ArrayList<>();
      for (String v : List.of("sw", "aw", "bo")) {
        indicators.add(bits(ReferenceCases.variable(data, v)));
      }
      List<BitSet> domains = new ArrayList<>();
      domains.add(null);
      for (String stype : List.of("E", "H", "M")) {
        domains.add(data.is("stype", stype));
      }
      for (BitSet domain : domains) {
        checked += compare(d, domain, indicators, name);
      }
    }
    assertThat(checked).isEqualTo(8 * 4 * 3);
  }

  @Test
  void equalsTheIterativeFitOnALargeClusteredDesign() {
    Random rnd = new Random(11);
    int n = 20_000;
    double[] w = new double[n];
    int[] strata = new int[n];
    int[] clusters = new int[n];
    double[] level = new double[n / 20];
    for (int c = 0; c < level.length; c++) {
      level[c] = rnd.nextGaussian() * 0.5;
    }
    List<BitSet> indicators = new ArrayList<>();
    double[] base = {-3, -1.2, -0.3, 0, 0.4, 2.5};
    for (int k = 0; k < base.length; k++) {
      indicators.add(new BitSet(n));
    }
    BitSet domain = new BitSet(n);
    for (int r = 0; r < n; r++) {
      clusters[r] = r / 20;
      strata[r] = clusters[r] % 7;
      w[r] = r % 50 == 0 ? 0 : 1 + rnd.nextDouble() * 40;
      for (int k = 0; k < base.length; k++) {
        if (rnd.nextDouble() < 1 / (1 + Math.exp(-(base[k] + level[clusters[r]])))) {
          indicators.get(k).set(r);
        }
      }
      if (rnd.nextDouble() < 0.9) {
        domain.set(r);
      }
    }
    SurveyDesign d = SurveyDesign.builder(w).strata(strata).clusters(clusters).build();
    assertThat(compare(d, null, indicators, "all") + compare(d, domain, indicators, "domain"))
        .isEqualTo(12);
  }

  @Test
  void perWeightStartTermsGiveThePerRowFitBitForBit() {
    Random rnd = new Random(23);
    int n = 30_000;
    double[] w = new double[n];
    int[] strata = new int[n];
    int[] clusters = new int[n];
    double[] rates = {0, 0.0004, 0.03, 0.5, 0.97, 0.9996, 1};
    List<BitSet> indicators = new ArrayList<>();
    for (int k = 0; k < rates.length; k++) {
      indicators.add(new BitSet(n));
    }
    BitSet domain = new BitSet(n);
    for (int r = 0; r < n; r++) {
      clusters[r] = r / 20;
      strata[r] = clusters[r] % 9;
      w[r] = r % 97 == 0 ? 0 : 10 + rnd.nextInt(50) + (strata[r] == 3 ? 0.25 : 0);
      for (int k = 0; k < rates.length; k++) {
        if (rnd.nextDouble() < rates[k]) {
          indicators.get(k).set(r);
        }
      }
      if (rnd.nextDouble() < 0.93) {
        domain.set(r);
      }
    }
    SurveyDesign d = SurveyDesign.builder(w).strata(strata).clusters(clusters).build();
    assertThat(d.weightLevels()).as("100 weights and zero among 30,000 rows").isNotNull();
    assertThat(d.weightLevels().values).hasSize(101);
    for (BitSet dom : java.util.Arrays.asList(null, domain)) {
      double[][] looked = InterceptLogit.fit(d, dom, indicators, d.weightLevels());
      double[][] perRow = InterceptLogit.fit(d, dom, indicators, null);
      for (int k = 0; k < rates.length; k++) {
        assertThat(looked[k]).as("rate %s, domain %s", rates[k], dom != null).isEqualTo(perRow[k]);
      }
    }
    double[][] p = InterceptLogit.fit(d, null, indicators);
    assertThat(p[1][0]).as("p near 0 has a large negative logit").isLessThan(-6);
    assertThat(p[5][0]).as("p near 1 has a large positive logit").isGreaterThan(6);
  }

  @Test
  void weightsWithManyDistinctValuesHaveNoLevels() {
    double[] w = new double[1000];
    for (int r = 0; r < w.length; r++) {
      w[r] = 1 + r * 0.01;
    }
    assertThat(SurveyDesign.builder(w).build().weightLevels()).isNull();
    w[0] = -0.0;
    w[1] = 0.0;
    WeightLevels l = WeightLevels.of(w, 1000);
    assertThat(l.values).hasSize(1000);
    assertThat(l.level[0]).isNotEqualTo(l.level[1]);
    assertThat(l.level[999]).isEqualTo(999);
  }

  /**
   * R's own {@code svyciprop} numbers (design-reference.csv) show that the logit interval is not
   * the closed form {@code expit(logit(p) +- t se(p) / (p (1 - p)))} (R's {@code xlogit}) beyond
   * about 1e-9: {@code glm} stops at a relative deviance change below 1e-8, short of logit(p). The
   * fit gives R's logit limits; the closed form gives R's xlogit ones.
   */
  @Test
  void logitLimitsAreRsStoppedFitNotTheClosedForm() {
    double rLogitLower = 0.77453965435156813;
    double rXlogitLower = 0.77453965474676822;
    assertThat(Math.abs(rXlogitLower - rLogitLower) / rLogitLower).isGreaterThan(5e-10);
    SurveyDesign d = ReferenceCases.design("strat");
    BitSet sw = bits(ReferenceCases.variable(ReferenceCases.data("strat"), "sw"));
    ProportionInterval logit = ProportionIntervals.of(d, sw, null, CiMethod.LOGIT, 0.95);
    ProportionInterval closed = ProportionIntervals.of(d, sw, null, CiMethod.XLOGIT, 0.95);
    assertThat(logit.lower()).isCloseTo(rLogitLower, within(1e-13));
    assertThat(closed.lower()).isCloseTo(rXlogitLower, within(1e-13));
  }

  private static int compare(SurveyDesign d, BitSet domain, List<BitSet> indicators, String name) {
    double[][] fast = InterceptLogit.fit(d, domain, indicators);
    for (int k = 0; k < indicators.size(); k++) {
      LogitFit fit = LogitFit.of(d, indicators.get(k), domain);
      assertThat(fast[k][0])
          .as("%s indicator %d coefficient", name, k)
          .isCloseTo(fit.coefficient, within(CLOSE * Math.max(1, Math.abs(fit.coefficient))));
      assertThat(fast[k][1])
          .as("%s indicator %d variance", name, k)
          .isCloseTo(fit.variance, within(1e-12 * fit.variance));
    }
    return indicators.size();
  }

  private static BitSet bits(double[] y) {
    BitSet b = new BitSet(y.length);
    for (int r = 0; r < y.length; r++) {
      if (y[r] == 1) {
        b.set(r);
      }
    }
    return b;
  }
}
