package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

class ReplicateInputTest {
  private static final double[] W = {10, 20, 30, 40};
  private static final String[] NAMES = {"rw1", "rw2"};

  private static ReplicateDesignBuilder of(double[]... columns) {
    return ReplicateDesign.builder(W, columns, NAMES);
  }

  private static void fails(Runnable r, ErrorCode code, String... parts) {
    assertThatThrownBy(r::run)
        .isInstanceOf(ReplicateInputException.class)
        .satisfies(e -> assertThat(((TripartException) e).code()).isEqualTo(code))
        .hasMessageContainingAll(parts);
  }

  @Test
  void aMissingReplicateWeightNamesItsColumnAndRow() {
    fails(
        () -> of(new double[] {1, 2, 3, 4}, new double[] {1, Double.NaN, 3, 4}).build(),
        ErrorCode.REPLICATE_WEIGHTS,
        "rw2 row 2",
        "missing values");
  }

  @Test
  void aNegativeReplicateWeightIsRefused() {
    fails(
        () -> of(new double[] {1, -2, 3, 4}, new double[] {1, 2, 3, 4}).build(),
        ErrorCode.REPLICATE_WEIGHTS,
        "rw1 row 2",
        "-2.0");
  }

  @Test
  void aColumnOfTheWrongLengthOrNoColumnsAreRefused() {
    fails(
        () -> of(new double[] {1, 2, 3}, new double[] {1, 2, 3, 4}).build(),
        ErrorCode.REPLICATE_WEIGHTS,
        "rw1",
        "3 values for 4 rows");
    fails(() -> of().build(), ErrorCode.REPLICATE_WEIGHTS, "no replicate weight columns");
  }

  @Test
  void fayNeedsRhoBetweenZeroAndOne() {
    fails(() -> of(W, W).type(ReplicateType.FAY).build(), ErrorCode.REPLICATE_TYPE, "rho in (0,1)");
    fails(
        () -> of(W, W).type(ReplicateType.FAY).rho(1).build(),
        ErrorCode.REPLICATE_TYPE,
        "rho in (0,1)");
  }

  @Test
  void jackknifeColumnsMustDeleteAUnitAndJknNeedsRscales() {
    fails(
        () -> of(W, new double[] {0, 1, 1, 1}).type(ReplicateType.JK1).build(),
        ErrorCode.REPLICATE_TYPE,
        "rw1",
        "does not delete a PSU");
    double[] a = {0, 1, 1, 1};
    double[] b = {1, 0, 1, 1};
    fails(() -> of(a, b).type(ReplicateType.JKN).build(), ErrorCode.REPLICATE_TYPE, "rscales");
    fails(
        () -> of(a, b).type(ReplicateType.OTHER).rscales(new double[] {1, 1, 1}).build(),
        ErrorCode.REPLICATE_TYPE,
        "has length 3");
  }

  @Test
  void defaultScalesFollowRsSvrepdesign() {
    double[] a = {0, 1, 1, 1};
    double[] b = {1, 0, 1, 1};
    assertThat(of(a, b).type(ReplicateType.BRR).build().scale()).isEqualTo(0.5);
    assertThat(of(a, b).type(ReplicateType.FAY).rho(0.5).build().scale()).isEqualTo(2);
    assertThat(of(a, b).type(ReplicateType.BOOTSTRAP).build().scale()).isEqualTo(1);
    assertThat(of(a, b).type(ReplicateType.JK1).build().scale()).isEqualTo(0.5);
    assertThat(of(a, b).type(ReplicateType.ACS).scale(9).build().scale()).isEqualTo(2);
  }

  @Test
  void jk1RefusesStrataAndJknRefusesALonelyPsu() {
    SurveyDesign stratified = SurveyDesign.builder(W).strata(new int[] {1, 1, 2, 2}).build();
    fails(
        () -> ReplicateConversion.jackknife1(stratified, false),
        ErrorCode.REPLICATE_CONVERSION,
        "stratified");
    SurveyDesign lonely = SurveyDesign.builder(W).strata(new int[] {1, 1, 1, 2}).build();
    fails(
        () -> ReplicateConversion.jackknifeN(lonely, false),
        ErrorCode.REPLICATE_CONVERSION,
        "stratum 2",
        "only one PSU");
  }

  @Test
  void anEmptyDomainAndAnUncalibratablePostStratumAreRefused() {
    ReplicateDesign d = ReplicateConversion.jackknife1(SurveyDesign.builder(W).build(), false);
    fails(
        () -> ReplicateEstimates.mean(d, new double[] {1, 2, 3, 4}, new BitSet()),
        ErrorCode.REPLICATE_ESTIMATE,
        "domain");
    fails(
        () -> ReplicateWeighting.postStratify(d, new int[] {0, 0, 0, 1}, new double[] {50, 60}),
        ErrorCode.REPLICATE_CONVERSION,
        "group 1 replicate 4",
        "no weight");
    fails(
        () ->
            ReplicateWeighting.rake(
                d, List.of(new int[] {0, 0, 1, 1}), List.of(new double[] {50, 0}), 10, 1),
        ErrorCode.REPLICATE_CONVERSION,
        "group 1",
        "no population");
  }
}
