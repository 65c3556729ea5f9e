package org.tripart.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tripart.stats.TestInstruments.instrument;
import static org.tripart.stats.TestInstruments.integer;
import static org.tripart.stats.TestInstruments.when;
import static org.tripart.stats.TestInstruments.yesNo;

import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;

class NumericSummariesTest {
  private static final Instrument BEDS =
      instrument(yesNo("in_hospital"), when(integer("beds"), "in_hospital", "yes"));

  @Test
  void summaryIsOfApplicableAnswersInTheDomainOnly() {
    Responses responses =
        Responses.to(BEDS)
            .respondent()
            .answer("in_hospital", "yes")
            .number("beds", 2)
            .tag("d")
            .respondent()
            .answer("in_hospital", "yes")
            .number("beds", 9)
            .tag("d")
            .respondent()
            .answer("in_hospital", "yes")
            .number("beds", 4)
            .tag("d")
            .respondent()
            .answer("in_hospital", "yes")
            .tag("d")
            .respondent()
            .answer("in_hospital", "no")
            .number("beds", 1000)
            .tag("d")
            .respondent()
            .answer("in_hospital", "yes")
            .number("beds", -50);
    Dataset data = responses.build();

    NumericSummary s = NumericSummaries.of(data, "beds", responses.domain("d"));

    // values 2, 4, 9: mean 5; sd = sqrt((9 + 1 + 16) / 2) = sqrt(13);
    // type-7 quartiles at positions 0.5, 1, 1.5 of the sorted values: 3, 4, 6.5
    assertThat(s.applicable()).isEqualTo(4);
    assertThat(s.answered()).isEqualTo(3);
    assertThat(s.nonResponse()).isEqualTo(1);
    assertThat(s.mean()).isCloseTo(5.0, within(1e-12));
    assertThat(s.sd()).isCloseTo(Math.sqrt(13), within(1e-12));
    assertThat(s.min()).isEqualTo(2.0);
    assertThat(s.q1()).isEqualTo(3.0);
    assertThat(s.median()).isEqualTo(4.0);
    assertThat(s.q3()).isEqualTo(6.5);
    assertThat(s.max()).isEqualTo(9.0);
  }

  @Test
  void nobodyAnsweringGivesNaN() {
    Responses responses = Responses.to(BEDS).respondents(3).answer("in_hospital", "yes").tag("d");
    Dataset data = responses.build();

    NumericSummary s = NumericSummaries.of(data, "beds", responses.domain("d"));

    assertThat(s.applicable()).isEqualTo(3);
    assertThat(s.nonResponse()).isEqualTo(3);
    assertThat(s.mean()).isNaN();
    assertThat(s.median()).isNaN();
  }

  @Test
  void codedItemIsRefused() {
    Responses responses = Responses.to(BEDS).respondents(1).tag("d");
    Dataset data = responses.build();

    assertThatThrownBy(() -> NumericSummaries.of(data, "in_hospital", responses.domain("d")))
        .isInstanceOf(StatisticsInputException.class)
        .hasMessageStartingWith("TRP-0400")
        .hasMessageContaining("item in_hospital");
  }
}
