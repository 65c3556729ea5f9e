package org.tripart.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GranularityTest {
  /** Every value 100·x/n, x = 0..n, rounded half-up: the brute-force answer to compare with. */
  private static Set<BigDecimal> printable(int n, int decimals) {
    Set<BigDecimal> values = new HashSet<>();
    for (int x = 0; x <= n; x++) {
      values.add(new BigDecimal(100 * x).divide(new BigDecimal(n), decimals, RoundingMode.HALF_UP));
    }
    return values;
  }

  @ParameterizedTest
  @CsvSource({"120,0", "120,1", "8,0", "7,1", "5142,1", "5142,2", "3,2"})
  void countAgreesWithTryingEveryCount(int n, int decimals) {
    Set<BigDecimal> expected = printable(n, decimals);
    BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
    for (BigDecimal p = BigDecimal.ZERO.setScale(decimals);
        p.compareTo(BigDecimal.valueOf(100)) <= 0;
        p = p.add(step)) {
      assertThat(Granularity.count(p, n).isPresent())
          .as("%s%% of %d", p, n)
          .isEqualTo(expected.contains(p));
    }
  }

  @ParameterizedTest
  @CsvSource({"16.5,1", "70,0", "0.8,1", "40.0,0", "0.05,2"})
  void decimalsAreReadFromTheShortestForm(double value, int decimals) {
    assertThat(Granularity.decimals(value)).isEqualTo(decimals);
  }
}
