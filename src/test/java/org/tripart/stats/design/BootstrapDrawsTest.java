package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The bootstrap multipliers R draws after {@code set.seed(20261207)} in
 * src/test/r/replicate-reference.R ({@code as.svrepdesign(dclus1n, "bootstrap", replicates = 50)},
 * then {@code as.svrepdesign(dstratn, "subbootstrap", replicates = 40)} from the same stream) are
 * drawn again by {@link RRandom}, number for number.
 */
class BootstrapDrawsTest {
  @Test
  void rsBootstrapThenSubbootstrapDrawsAreDrawnAgainFromTheSameSeed() {
    ApiData clus1 = ApiData.load("apiclus1.csv");
    ApiData strat = ApiData.load("apistrat.csv");
    SurveyDesign clus1n =
        SurveyDesign.builder(clus1.numbers("pw")).clusters(clus1.codes("dnum")).build();
    SurveyDesign stratn =
        SurveyDesign.builder(strat.numbers("pw")).strata(strat.codes("stype")).build();
    RRandom random = RRandom.seed(20261207);
    ReplicateConversion.Draw boot = ReplicateConversion.bootstrapDraws(clus1n, 50, random);
    ReplicateConversion.Draw sub = ReplicateConversion.subbootstrapDraws(stratn, 40, random);
    same(boot, ApiData.load("replicate/clus1-bootstrap.csv"), clus1n.psuCount(), 50);
    same(sub, ApiData.load("replicate/strat-subbootstrap.csv"), stratn.psuCount(), 40);
  }

  @Test
  void rsFirstUniformsAfterSetSeedAreReproduced() {
    RRandom r = RRandom.seed(42);
    // R: set.seed(42); print(runif(3), digits = 17)
    assertThat(r.unifRand()).isEqualTo(0.91480604349635541);
    assertThat(r.unifRand()).isEqualTo(0.93707541329786181);
    assertThat(r.unifRand()).isEqualTo(0.28613953478634357);
  }

  @Test
  void aStratumOfOnePsuIsRefused() {
    SurveyDesign d =
        SurveyDesign.builder(new double[] {1, 1, 1}).strata(new int[] {0, 0, 1}).build();
    assertThatThrownBy(() -> ReplicateConversion.bootstrapDraws(d, 10, RRandom.seed(1)))
        .isInstanceOf(ReplicateInputException.class)
        .hasMessageContaining("stratum 2");
  }

  private static void same(ReplicateConversion.Draw d, ApiData want, int psus, int reps) {
    for (int j = 0; j < reps; j++) {
      double[] column = want.numbers("V" + (j + 1));
      assertThat(column).hasSize(psus);
      for (int p = 0; p < psus; p++) {
        assertThat(d.multiplier(p, j))
            .as("PSU " + (p + 1) + " replicate " + (j + 1))
            .isEqualTo(column[p]);
      }
    }
  }
}
