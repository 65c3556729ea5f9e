package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowWordsTest {
  @Test
  void everyRowBelowNWhenNoSetIsGiven() {
    long[] words = RowWords.of(null, 130);
    assertThat(words).hasSize(3);
    assertThat(rows(words)).hasSize(130).startsWith(0, 1).endsWith(128, 129);
  }

  @Test
  void rowsAtOrAboveNAreLeftOut() {
    BitSet s = new BitSet();
    s.set(3);
    s.set(64);
    s.set(70);
    s.set(200);
    assertThat(rows(RowWords.of(s, 70))).containsExactly(3, 64);
    assertThat(rows(RowWords.of(s, 64))).containsExactly(3);
  }

  @Test
  void intersectionVisitsRowsInAscendingOrder() {
    BitSet a = new BitSet();
    BitSet b = new BitSet();
    for (int r = 0; r < 300; r += 3) {
      a.set(r);
    }
    for (int r = 0; r < 250; r += 2) {
      b.set(r);
    }
    long[] both = RowWords.of(a, RowWords.of(b, 280), 280);
    List<Integer> expected = new ArrayList<>();
    for (int r = 0; r < 250; r += 6) {
      expected.add(r);
    }
    assertThat(rows(both)).containsExactlyElementsOf(expected);
  }

  private static List<Integer> rows(long[] words) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      for (long word = words[i]; word != 0; word &= word - 1) {
        out.add((i << 6) | Long.numberOfTrailingZeros(word));
      }
    }
    return out;
  }
}
