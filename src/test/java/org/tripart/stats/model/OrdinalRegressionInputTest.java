package org.tripart.stats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.stats.design.SurveyDesign;

class OrdinalRegressionInputTest {
  private static final OlrApiData D = OlrReferenceTest.STRAT;
  private static final SurveyDesign DESIGN = OlrReferenceTest.strat();
  private static final List<String> FOUR = List.of("0", "1", "2", "3");

  private static OrdinalFit fit(int[] y, List<String> levels, double[] x, String... names) {
    return OrdinalRegression.fit(DESIGN, y, levels, x, List.of(names), null, 0.95);
  }

  private static double[] column(String name) {
    return D.numbers(name);
  }

  private static ErrorCode code(Throwable t) {
    return ((TripartException) t).code();
  }

  @Test
  void twoLevelsAreRefusedAsRDoes() {
    int[] y = D.integers("mealcat");
    for (int r = 0; r < y.length; r++) {
      y[r] = y[r] < 2 ? 0 : 1;
    }
    assertThatThrownBy(() -> fit(y, List.of("low", "high"), column("avg.ed"), "avg.ed"))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.ORDINAL_OUTCOME))
        .hasMessageContaining("three or more");
  }

  @Test
  void anEmptyIntermediateLevelIsNamed() {
    int[] y = D.integers("mealcat");
    for (int r = 0; r < y.length; r++) {
      y[r] = y[r] < 2 ? y[r] : y[r] + 1;
    }
    List<String> levels = List.of("0", "1", "between", "2", "3");
    assertThatThrownBy(() -> fit(y, levels, column("avg.ed"), "avg.ed"))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.ORDINAL_OUTCOME))
        .hasMessageContaining("level between");
  }

  @Test
  void aConstantCovariateIsNamed() {
    double[] x = new double[D.size() * 2];
    double[] ed = column("avg.ed");
    for (int r = 0; r < D.size(); r++) {
      x[r * 2] = ed[r];
      x[r * 2 + 1] = 7;
    }
    assertThatThrownBy(() -> fit(D.integers("mealcat"), FOUR, x, "avg.ed", "seven"))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.ORDINAL_COVARIATE))
        .hasMessageContaining("covariate seven")
        .hasMessageContaining("constant");
  }

  @Test
  void anAliasedCovariateIsNamed() {
    double[] x = new double[D.size() * 3];
    double[] ed = column("avg.ed");
    double[] mob = column("mobility");
    for (int r = 0; r < D.size(); r++) {
      x[r * 3] = ed[r];
      x[r * 3 + 1] = mob[r];
      x[r * 3 + 2] = 2 * ed[r] - mob[r] + 1;
    }
    assertThatThrownBy(
            () -> fit(D.integers("mealcat"), FOUR, x, "avg.ed", "mobility", "combination"))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.ORDINAL_COVARIATE))
        .hasMessageContaining("covariate combination")
        .hasMessageContaining("aliased");
  }

  @Test
  void aCovariateThatSeparatesTheLevelsIsSeparation() {
    int[] y = D.integers("mealcat");
    double[] x = new double[y.length];
    for (int r = 0; r < y.length; r++) {
      x[r] = y[r] + 0.001 * (r % 7);
    }
    assertThatThrownBy(() -> fit(y, FOUR, x, "copy"))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.ORDINAL_SEPARATION))
        .hasMessageContaining("diverge");
  }

  @Test
  void rowsWithAMissingCovariateAreDroppedAndCounted() {
    OrdinalFit fit = OlrReferenceTest.fit("clus1");
    assertThat(fit.rowsDropped()).isEqualTo(26);
    assertThat(fit.rowsUsed()).isEqualTo(183 - 26);
  }

  @Test
  void intervalsAndPValuesAreNormalWaldOnes() {
    OrdinalTerm t = OlrReferenceTest.fit("strat").coefficients().get(0);
    double z = 1.959963984540054;
    assertThat(t.lower()).isCloseTo(t.estimate() - z * t.standardError(), within(1e-12));
    assertThat(t.upper()).isCloseTo(t.estimate() + z * t.standardError(), within(1e-12));
    assertThat(t.statistic()).isEqualTo(t.estimate() / t.standardError());
    assertThat(t.oddsRatio()).isEqualTo(Math.exp(t.estimate()));
    OrdinalTerm mobility = OlrReferenceTest.fit("strat").coefficients().get(1);
    assertThat(mobility.pValue())
        .isCloseTo(2 * (1 - cdf(Math.abs(mobility.statistic()))), within(1e-12));
  }

  private static double cdf(double x) {
    return new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(x);
  }

  @Test
  void aMisshapenDesignMatrixIsRefused() {
    assertThatThrownBy(() -> fit(D.integers("mealcat"), FOUR, new double[3], "a"))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.ORDINAL_INPUT));
  }
}
