package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DenseCodesTest {
  @Test
  void keysAreNumberedInOrderOfFirstAppearanceAcrossTableGrowth() {
    Random rnd = new Random(3);
    long[] keys = new long[50_000];
    for (int r = 0; r < keys.length; r++) {
      keys[r] = DenseCodes.pair(rnd.nextInt(7), rnd.nextInt(3000) - 1500);
    }
    Map<Long, Integer> first = new LinkedHashMap<>();
    int[] expected = new int[keys.length];
    for (int r = 0; r < keys.length; r++) {
      expected[r] = first.computeIfAbsent(keys[r], k -> first.size());
    }
    int[] count = new int[1];
    assertThat(DenseCodes.of(keys, count)).isEqualTo(expected);
    assertThat(count[0]).isEqualTo(first.size()).isGreaterThan(10_000);
  }

  @Test
  void oneKeyAndNoKeys() {
    int[] count = new int[1];
    assertThat(DenseCodes.of(new long[] {5, 5, 5}, count)).containsExactly(0, 0, 0);
    assertThat(count[0]).isEqualTo(1);
    assertThat(DenseCodes.of(new long[0], count)).isEmpty();
    assertThat(count[0]).isZero();
  }
}
