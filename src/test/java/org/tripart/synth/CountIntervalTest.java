package org.tripart.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountIntervalTest {
  @Test
  void admissibleCountsRoundHalfUpToTheTarget() {
    // 47% of 120: 46.5% = 55.8 up to 47.5% = 57 (exclusive) -> 56 only.
    CountInterval i = CountInterval.of(47, 0, 120);
    assertThat(i.lo()).isEqualTo(56);
    assertThat(i.hi()).isEqualTo(56);
    // 20% of 5142: 19.5% = 1002.69 .. 20.5% = 1054.11 -> 1003..1054.
    CountInterval j = CountInterval.of(20, 0, 5142);
    assertThat(j.lo()).isEqualTo(1003);
    assertThat(j.hi()).isEqualTo(1054);
  }

  @Test
  void exactHalfRoundsUp() {
    // 1 of 8 = 12.5% prints as 13 (half up), so 13% of 8 admits 1 and 12% admits none.
    assertThat(CountInterval.of(13, 0, 8).admits(1)).isTrue();
    assertThat(CountInterval.of(12, 0, 8).isEmpty()).isTrue();
  }

  @Test
  void unreachableTargetIsEmptyAndItsNearestCountIsTaken() {
    CountInterval i = CountInterval.of(16.5, 1, 120);
    assertThat(i.isEmpty()).isTrue();
    assertThat(i.best()).isEqualTo(20);
    assertThat(i.violation(20)).isPositive();
  }

  @Test
  void zeroAndHundredAreClosedAtTheEnds() {
    assertThat(CountInterval.of(0, 0, 300).lo()).isZero();
    assertThat(CountInterval.of(0, 0, 300).hi()).isEqualTo(1);
    assertThat(CountInterval.of(100, 0, 300).hi()).isEqualTo(300);
    assertThat(CountInterval.of(100, 0, 300).lo()).isEqualTo(299);
  }
}
