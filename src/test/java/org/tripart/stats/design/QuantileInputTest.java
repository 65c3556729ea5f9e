package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;

/** Quantiles refuse what R refuses or would answer wrongly, naming the item and the problem. */
class QuantileInputTest {
  private static final double[] HALF = {0.5};
  private static final SurveyDesign STRAT = ReferenceCases.design("strat");
  private static final double[] API00 = ReferenceCases.STRAT.numbers("api00");

  private static void refused(ThrowingCallable call, ErrorCode code, String... words) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DesignInputException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageContaining(code.code())
        .hasMessageContainingAll(words);
  }

  private static ThrowingCallable taylor(double[] values, BitSet domain, double... p) {
    return () ->
        Quantiles.of(
            STRAT, "api00", values, domain, p, QuantileRule.MATH, QuantileInterval.MEAN, 0.95);
  }

  @Test
  void aProbabilityOutsideZeroToOneIsRefusedNamingTheItem() {
    refused(taylor(API00, null, 0.5, 1.5), ErrorCode.QUANTILE_PROBABILITY, "api00", "1.5");
    refused(taylor(API00, null, -0.1), ErrorCode.QUANTILE_PROBABILITY, "api00", "-0.1");
    refused(taylor(API00, null, Double.NaN), ErrorCode.QUANTILE_PROBABILITY, "api00", "NaN");
    refused(taylor(API00, null), ErrorCode.QUANTILE_PROBABILITY, "api00", "no quantile");
  }

  @Test
  void aDomainWithoutRowsIsRefusedNamingTheItem() {
    refused(taylor(API00, new BitSet(), 0.5), ErrorCode.QUANTILE_EMPTY_DOMAIN, "api00", "no rows");
  }

  @Test
  void anItemMissingInEveryRowOfTheDomainIsRefused() {
    double[] missing = new double[API00.length];
    java.util.Arrays.fill(missing, Double.NaN);
    refused(taylor(missing, null, 0.5), ErrorCode.QUANTILE_NO_VALUES, "api00", "all 200 rows");
  }

  @Test
  void answersThatAllWeighZeroAreRefused() {
    double[] w = ReferenceCases.STRAT.numbers("pw");
    double[] y = API00.clone();
    for (int r = 0; r < y.length; r++) {
      if (r % 2 == 0) {
        w[r] = 0;
      } else {
        y[r] = Double.NaN;
      }
    }
    SurveyDesign d = SurveyDesign.builder(w).strata(ReferenceCases.STRAT.codes("stype")).build();
    refused(
        () ->
            Quantiles.of(d, "api00", y, null, HALF, QuantileRule.MATH, QuantileInterval.MEAN, 0.95),
        ErrorCode.QUANTILE_NO_VALUES,
        "api00",
        "non-zero weight");
  }

  @Test
  void anItemThatIsNotNumericGetsItsOwnCodeNamingItsKind() {
    DesignInputException e = Quantiles.notNumeric("tier", "single");
    assertThat(e.code()).isEqualTo(ErrorCode.QUANTILE_NOT_NUMERIC_ITEM);
    assertThat(e).hasMessageContainingAll("TRP-1703", "tier", "single", "numeric");
  }

  @Test
  void anInterpolatingRuleOnOneRowIsRefusedAsRsApproxRefusesIt() {
    BitSet one = new BitSet();
    one.set(3);
    refused(
        () ->
            Quantiles.of(
                STRAT, "api00", API00, one, HALF, QuantileRule.HF7, QuantileInterval.MEAN, 0.95),
        ErrorCode.QUANTILE_METHOD,
        "api00",
        "hf7",
        "two rows");
  }

  @Test
  void intervalTypesOfTheOtherKindOfDesignAreRefused() {
    refused(
        () ->
            Quantiles.of(
                STRAT,
                "api00",
                API00,
                null,
                HALF,
                QuantileRule.MATH,
                QuantileInterval.QUANTILE,
                0.95),
        ErrorCode.QUANTILE_METHOD,
        "api00",
        "replicate");
    ReplicateDesign jk = ReplicateConversion.jackknife1(ReferenceCases.design("clus1"), false);
    refused(
        () ->
            ReplicateQuantiles.of(
                jk,
                "api00",
                ReferenceCases.CLUS1.numbers("api00"),
                null,
                HALF,
                QuantileRule.MATH,
                QuantileInterval.SCORE,
                0.95),
        ErrorCode.QUANTILE_METHOD,
        "api00",
        "Taylor");
  }

  @Test
  void unknownRuleAndIntervalNamesListTheKnownOnes() {
    refused(() -> QuantileRule.of("hf10"), ErrorCode.QUANTILE_METHOD, "hf10", "hf7", "math");
    refused(() -> QuantileInterval.of("wald"), ErrorCode.QUANTILE_METHOD, "wald", "beta", "score");
    assertThat(QuantileRule.of(" HF7 ")).isEqualTo(QuantileRule.HF7);
    assertThat(QuantileInterval.of("xlogit")).isEqualTo(QuantileInterval.XLOGIT);
  }

  @Test
  void aBadLevelOrLengthIsRefused() {
    refused(
        () ->
            Quantiles.of(
                STRAT, "api00", API00, null, HALF, QuantileRule.MATH, QuantileInterval.MEAN, 1.0),
        ErrorCode.QUANTILE_LEVEL,
        "api00");
    refused(taylor(new double[3], null, 0.5), ErrorCode.QUANTILE_INPUT, "api00", "3 values", "200");
  }

  @Test
  void theStableOrderKeepsTiesInRowOrderAndSortsNegativesAndSignedZeros() {
    double[] v = {3, -1, 0.0, -0.0, 3, -2.5, 1e300, -1e-300, 3};
    int[] rows = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    assertThat(StableOrder.of(v, rows, v.length)).containsExactly(5, 1, 7, 2, 3, 0, 4, 8, 6);
  }
}
