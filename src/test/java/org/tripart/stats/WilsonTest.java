package org.tripart.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WilsonTest {
  @Test
  void noTrialsGiveAnUndefinedInterval() {
    Interval ci = Wilson.interval(0, 0, 0.95);

    assertThat(ci.low()).isNaN();
    assertThat(ci.high()).isNaN();
    assertThat(ci.isDefined()).isFalse();
  }

  @Test
  void boundsAreExactlyZeroAndOneAtTheExtremes() {
    assertThat(Wilson.interval(0, 7, 0.95).low()).isZero();
    assertThat(Wilson.interval(7, 7, 0.95).high()).isEqualTo(1.0);
  }

  @Test
  void successesAboveTrialsAreRefused() {
    assertThatThrownBy(() -> Wilson.interval(11, 10, 0.95))
        .isInstanceOf(StatisticsInputException.class)
        .hasMessageStartingWith("TRP-0400 Wilson interval")
        .hasMessageContaining("11 successes out of 10 trials");
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> Wilson.interval(-1, 10, 0.95))
        .isInstanceOf(StatisticsInputException.class);
  }

  @Test
  void confidenceMustBeStrictlyBetweenZeroAndOne() {
    assertThatThrownBy(() -> Wilson.interval(1, 2, 1.0))
        .isInstanceOf(StatisticsInputException.class)
        .hasMessageContaining("confidence level");
    assertThatThrownBy(() -> Wilson.interval(1, 2, Double.NaN))
        .isInstanceOf(StatisticsInputException.class);
  }
}
