package org.tripart.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DesignReplicationTest {
  private static DesignedFigure figure(
      String group,
      boolean clustered,
      double wilsonLow,
      double wilsonHigh,
      double low,
      double high,
      double deff) {
    ReplicatedFigure f =
        new ReplicatedFigure(
            "1",
            group,
            "q",
            "Q",
            "yes",
            "Yes",
            50,
            50,
            100L,
            50.0,
            wilsonLow,
            wilsonHigh,
            "",
            ReplicatedFigure.Agreement.EXACT);
    return new DesignedFigure(f, "d", clustered, 1, deff, low, high);
  }

  @Test
  void sentenceSaysHowMuchWiderClusteredIntervalsAre() {
    // widths 10 vs 14 and 10 vs 14: ratio 1.4; design effects 1.9 and 2.1: mean 2.0
    String s =
        DesignReplication.sentence(
            List.of(
                figure("clinician", true, 45, 55, 43, 57, 1.9),
                figure("clinician", true, 40, 50, 38, 52, 2.1)),
            "clinician");
    assertThat(s)
        .isEqualTo(
            "Because radiologists in the same hospital answer alike, the intervals that account"
                + " for clustering are on average 1.4 times as wide as the Wilson intervals"
                + " (design effect 2.0).");
  }

  @Test
  void sentenceForASimpleRandomSampleSaysOnlyTheMethodDiffers() {
    String s =
        DesignReplication.sentence(
            List.of(figure("research", false, 40, 60, 39.5, 60.5, 1.0)), "research");
    assertThat(s).contains("simple random sample").contains("1.05 times as wide");
  }
}
