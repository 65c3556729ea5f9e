package org.tripart.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalculationCasesTest {
  @Test
  void javaCalculationsGiveTheHandWorkedValueOfEveryCase() {
    CalculationCases cases = CalculationCases.load();

    assertThat(cases.cases()).hasSizeGreaterThan(40);
    for (CalculationCases.Case c : cases.cases()) {
      assertThat(CalculationCases.javaOutcome(c))
          .as("case %d: %s with %s", c.index(), c.expression(), c.answers())
          .isEqualTo(c.expected());
    }
  }
}
