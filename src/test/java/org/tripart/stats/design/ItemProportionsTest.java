package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ProportionIntervals#item} gives, from its shared passes, exactly the doubles that {@link
 * DesignEstimates#proportions}, {@link DesignEstimates#degreesOfFreedom} and {@link
 * ProportionIntervals#of(SurveyDesign, List, BitSet, CiMethod, double)} give one by one (which
 * {@code DesignReferenceTest} checks against R), on R's api designs, calibrated or not, over all
 * rows and over domains.
 */
class ItemProportionsTest {
  @Test
  void sameNumbersAsEstimatesDegreesOfFreedomAndIntervalsOneByOne() {
    String[] designs = {"strat", "stratclus", "clus1_nofpc", "clus2", "ps"};
    int checked = 0;
    for (String name : designs) {
      SurveyDesign d = ReferenceCases.design(name);
      ApiData data = ReferenceCases.data(name);
      List<BitSet> indicators = new ArrayList<>();
      for (String v : List.of("sw", "aw", "bo")) {
        indicators.add(bits(ReferenceCases.variable(data, v)));
      }
      for (BitSet domain : Arrays.asList(null, data.is("stype", "E"), data.is("stype", "M"))) {
        for (CiMethod method : List.of(CiMethod.LOGIT, CiMethod.MEAN)) {
          ItemProportions item = ProportionIntervals.item(d, domain, indicators, method, 0.9);
          assertThat(item.estimates())
              .as("%s %s", name, method)
              .isEqualTo(DesignEstimates.proportions(d, domain, indicators));
          assertThat(item.degreesOfFreedom())
              .isEqualTo(DesignEstimates.degreesOfFreedom(d, domain));
          if (method == CiMethod.LOGIT && !d.isCalibrated()) {
            assertThat(item.logitIntervals())
                .as("%s logit intervals", name)
                .isEqualTo(ProportionIntervals.of(d, indicators, domain, method, 0.9));
            checked++;
          } else {
            assertThat(item.logitIntervals()).isNull();
          }
        }
      }
    }
    assertThat(checked).isEqualTo(4 * 3);
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
