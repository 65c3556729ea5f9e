package org.tripart.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tripart.instrument.Instrument;

class SkipLogicCasesTest {
  @Test
  void javaConditionsGiveTheHandWorkedOutcomeOfEveryCase() {
    SkipLogicCases cases = SkipLogicCases.load();
    Instrument instrument = cases.instrument();

    assertThat(cases.cases()).hasSizeGreaterThan(50);
    for (SkipLogicCases.Case c : cases.cases()) {
      assertThat(SkipLogicCases.javaOutcome(instrument, c))
          .as("case %d: %s with %s", c.index(), c.expression(), c.answers())
          .isEqualTo(c.expected());
    }
  }
}
