package org.tripart.stats.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;
import org.tripart.stats.design.SurveyDesign;

class SurveyGlmBadInputTest {
  private static final ModelCases.Data D = ModelCases.CLUS1;
  private static final SurveyDesign DESIGN = ModelCases.design("clus1");

  private static ModelInputException fails(Runnable r) {
    try {
      r.run();
    } catch (ModelInputException e) {
      return e;
    }
    throw new AssertionError("no ModelInputException");
  }

  @Test
  void separatedLogitIsRefusedAsR_warnsFittedProbabilitiesZeroOrOne() {
    BitSet awards = D.is("awards", "Yes");
    ModelMatrix x = ModelCases.matrix(D, "E", "ell", "meals");
    assertThatThrownBy(
            () ->
                SurveyGlm.fit(DESIGN, x, ModelCases.outcome(D, "sw"), Family.QUASIBINOMIAL, awards))
        .isInstanceOf(ModelInputException.class)
        .hasMessageContaining("numerically 0 or 1")
        .extracting(e -> ((ModelInputException) e).code())
        .isEqualTo(ErrorCode.MODEL_SEPARATION);
  }

  @Test
  void outcomeOutsideUnitIntervalIsRefusedForQuasibinomial() {
    ModelMatrix x = ModelCases.matrix(D, "E", "ell");
    assertThatThrownBy(
            () -> SurveyGlm.fit(DESIGN, x, D.numbers("api00"), Family.QUASIBINOMIAL, null))
        .hasMessageContaining("outside [0, 1]")
        .extracting(e -> ((ModelInputException) e).code())
        .isEqualTo(ErrorCode.MODEL_OUTCOME);
  }

  @Test
  void negativeOutcomeIsRefusedForQuasipoisson() {
    ModelMatrix x = ModelCases.matrix(D, "E", "ell");
    double[] y = ModelCases.outcome(D, "enr100");
    y[3] = -1;
    assertThatThrownBy(() -> SurveyGlm.fit(DESIGN, x, y, Family.QUASIPOISSON, null))
        .hasMessageContaining("row 4")
        .hasMessageContaining("negative");
  }

  @Test
  void aliasedColumnIsNamed() {
    ModelMatrix base = ModelCases.matrix(D, "E", "ell", "meals");
    int n = base.rows();
    double[] v = new double[n * 4];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < 3; j++) {
        v[r * 4 + j] = base.get(r, j);
      }
      v[r * 4 + 3] = 2 * base.get(r, 1) + 5;
    }
    ModelMatrix x = new ModelMatrix(v, n, List.of("(Intercept)", "ell", "meals", "ell2"));
    ModelInputException e =
        fails(() -> SurveyGlm.fit(DESIGN, x, D.numbers("api00"), Family.GAUSSIAN, null));
    org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.MODEL_ALIASED);
    org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("column ell2");
  }

  @Test
  void constantColumnBesideInterceptIsNamed() {
    ModelMatrix x = ModelCases.matrix(D, "E", "ell", "stype");
    BitSet elementary = D.is("stype", "E");
    ModelInputException e =
        fails(() -> SurveyGlm.fit(DESIGN, x, D.numbers("api00"), Family.GAUSSIAN, elementary));
    org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("column stypeH");
  }

  @Test
  void tooManyCoefficientsForTheDesignDfIsRefused() {
    int[] district = D.codes("dnum");
    BitSet twoDistricts = new BitSet();
    for (int r = 0; r < district.length; r++) {
      if (district[r] < 2) {
        twoDistricts.set(r);
      }
    }
    ModelMatrix x = ModelCases.matrix(D, "E", "ell", "meals");
    assertThatThrownBy(
            () -> SurveyGlm.fit(DESIGN, x, D.numbers("api00"), Family.GAUSSIAN, twoDistricts))
        .hasMessageContaining("residual degrees of freedom");
  }

  @Test
  void fewerRowsThanCoefficientsIsRefused() {
    BitSet two = new BitSet();
    two.set(0, 2);
    ModelMatrix x = ModelCases.matrix(D, "E", "ell", "meals");
    assertThatThrownBy(() -> SurveyGlm.fit(DESIGN, x, D.numbers("api00"), Family.GAUSSIAN, two))
        .hasMessageContaining("2 rows without a missing value for 3 coefficients");
  }

  @Test
  void mismatchedLengthsAreRefused() {
    ModelMatrix x = ModelCases.matrix(D, "E", "ell");
    assertThatThrownBy(() -> SurveyGlm.fit(DESIGN, x, new double[5], Family.GAUSSIAN, null))
        .hasMessageContaining("5 outcomes");
  }
}
