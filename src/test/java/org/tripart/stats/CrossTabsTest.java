package org.tripart.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tripart.stats.TestInstruments.instrument;
import static org.tripart.stats.TestInstruments.integer;
import static org.tripart.stats.TestInstruments.multiple;
import static org.tripart.stats.TestInstruments.single;
import static org.tripart.stats.TestInstruments.when;
import static org.tripart.stats.TestInstruments.yesNo;

import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;

class CrossTabsTest {
  private static final Instrument TIERS =
      instrument(
          yesNo("in_hospital"),
          when(single("tier", "secondary", "tertiary"), "in_hospital", "yes"),
          yesNo("ai_dept"),
          multiple("uses", "x", "y", "z"),
          integer("age"));

  private static Responses tierTable() {
    return Responses.to(TIERS)
        .respondents(12)
        .answer("in_hospital", "yes")
        .answer("tier", "secondary")
        .answer("ai_dept", "yes")
        .respondents(5)
        .answer("in_hospital", "yes")
        .answer("tier", "secondary")
        .answer("ai_dept", "no")
        .respondents(7)
        .answer("in_hospital", "yes")
        .answer("tier", "tertiary")
        .answer("ai_dept", "yes")
        .respondents(9)
        .answer("in_hospital", "yes")
        .answer("tier", "tertiary")
        .answer("ai_dept", "no")
        .respondents(2)
        .answer("in_hospital", "yes")
        .answer("tier", "tertiary")
        .respondents(3)
        .answer("in_hospital", "yes")
        .answer("ai_dept", "yes")
        .respondents(2)
        .answer("in_hospital", "no")
        .answer("tier", "tertiary")
        .answer("ai_dept", "yes");
  }

  @Test
  void percentagesAreWithinEachStratum() {
    CrossTab t = CrossTabs.of(tierTable().build(), "ai_dept", "tier", 0.95);

    assertThat(t.strata()).extracting(o -> o.code()).containsExactly("secondary", "tertiary");
    ItemFrequencies secondary = t.perStratum().get(0);
    ItemFrequencies tertiary = t.perStratum().get(1);
    assertThat(secondary.respondents()).isEqualTo(17);
    assertThat(secondary.option("yes").proportion()).isEqualTo(12.0 / 17);
    assertThat(tertiary.respondents()).isEqualTo(18);
    assertThat(tertiary.answered()).isEqualTo(16);
    assertThat(tertiary.nonResponse()).isEqualTo(2);
    assertThat(tertiary.option("yes").proportion()).isEqualTo(7.0 / 16);
  }

  @Test
  void stratifierAnsweredWhenSkippedPutsNobodyInAStratumButOverallCountsEveryone() {
    CrossTab t = CrossTabs.of(tierTable().build(), "ai_dept", "tier", 0.95);

    assertThat(t.overall().respondents()).isEqualTo(40);
    assertThat(t.overall().answered()).isEqualTo(38);
    assertThat(t.overall().option("yes").count()).isEqualTo(12 + 7 + 3 + 2);
    assertThat(t.perStratum().get(1).option("yes").count()).isEqualTo(7);
  }

  @Test
  void singleChoiceTestIsOfRespondentsWhoAnsweredBoth() {
    CrossTab t = CrossTabs.of(tierTable().build(), "ai_dept", "tier", 0.95);

    assertThat(t.tests()).hasSize(1);
    ChiSquareTest test = t.tests().get(0);
    String table = "12 5;7 9";
    assertThat(test.n()).isEqualTo(33);
    assertThat(test.degreesOfFreedom()).isEqualTo(1);
    assertThat(test.statistic())
        .isCloseTo(Reference.value("chisq", table, "statistic"), within(1e-12));
    assertThat(test.pValue()).isCloseTo(Reference.value("chisq", table, "p_value"), within(1e-12));
  }

  @Test
  void emptyStrataAndNeverChosenOptionsAreDroppedFromTheTest() {
    Instrument regions =
        instrument(single("region", "north", "centre", "south"), single("q", "a", "b", "c"));
    Dataset data =
        Responses.to(regions)
            .respondents(10)
            .answer("region", "north")
            .answer("q", "a")
            .respondents(20)
            .answer("region", "north")
            .answer("q", "b")
            .respondents(5)
            .answer("region", "south")
            .answer("q", "a")
            .respondents(15)
            .answer("region", "south")
            .answer("q", "b")
            .build();

    CrossTab t = CrossTabs.of(data, "q", "region", 0.95);

    String table = "10 20 0;0 0 0;5 15 0";
    ChiSquareTest test = t.tests().get(0);
    assertThat(test.degreesOfFreedom()).isEqualTo(1);
    assertThat(test.statistic())
        .isCloseTo(Reference.value("chisq", table, "statistic"), within(1e-12));
    assertThat(test.minExpected()).isCloseTo(6.0, within(1e-12));
    assertThat(t.perStratum().get(1).respondents()).isZero();
    assertThat(t.perStratum().get(1).option("a").proportion()).isNaN();
  }

  @Test
  void multiSelectGetsOneTwoByKTestPerOption() {
    Responses responses =
        Responses.to(TIERS)
            .respondents(2)
            .answer("in_hospital", "yes")
            .answer("tier", "secondary")
            .tick("uses", "x", "y")
            .respondent()
            .answer("in_hospital", "yes")
            .answer("tier", "secondary")
            .tick("uses", "x")
            .respondent()
            .answer("in_hospital", "yes")
            .answer("tier", "secondary")
            .tick("uses")
            .respondent()
            .answer("in_hospital", "yes")
            .answer("tier", "secondary")
            .respondent()
            .answer("in_hospital", "yes")
            .answer("tier", "tertiary")
            .tick("uses", "x", "y")
            .respondent()
            .answer("in_hospital", "yes")
            .answer("tier", "tertiary")
            .tick("uses", "y")
            .respondents(2)
            .answer("in_hospital", "yes")
            .answer("tier", "tertiary")
            .tick("uses");

    CrossTab t = CrossTabs.of(responses.build(), "uses", "tier", 0.95);

    ItemFrequencies secondary = t.perStratum().get(0);
    assertThat(secondary.answered()).isEqualTo(4);
    assertThat(secondary.nonResponse()).isEqualTo(1);
    assertThat(secondary.option("x").proportion()).isEqualTo(0.75);
    assertThat(secondary.option("x").ci().low())
        .isCloseTo(Reference.value("wilson", "3/4@0.95", "low"), within(1e-12));
    assertThat(secondary.option("y").ci().high())
        .isCloseTo(Reference.value("wilson", "2/4@0.95", "high"), within(1e-12));
    assertThat(t.tests()).hasSize(3);
    ChiSquareTest x = t.tests().get(0);
    assertThat(x.n()).isEqualTo(8);
    assertThat(x.statistic())
        .isCloseTo(Reference.value("chisq", "3 1;1 3", "statistic"), within(1e-12));
    assertThat(x.cellsBelowFiveExpected()).isEqualTo(4);
    ChiSquareTest y = t.tests().get(1);
    assertThat(y.statistic()).isZero();
    assertThat(y.pValue()).isEqualTo(1.0);
    ChiSquareTest z = t.tests().get(2);
    assertThat(z.statistic()).isNaN();
    assertThat(z.pValue()).isNaN();
    assertThat(z.degreesOfFreedom()).isZero();
  }

  @Test
  void overallIsTheFrequenciesOfEveryRespondent() {
    Dataset data =
        tierTable().respondents(4).answer("tier", "secondary").tick("uses", "x", "z").build();

    assertThat(CrossTabs.of(data, "ai_dept", "tier", 0.95).overall())
        .isEqualTo(Frequencies.of(data, "ai_dept"));
    assertThat(CrossTabs.of(data, "uses", "tier", 0.95).overall())
        .isEqualTo(Frequencies.of(data, "uses"));
  }

  @Test
  void multiSelectStratifierIsRefused() {
    Dataset data = tierTable().build();

    assertThatThrownBy(() -> CrossTabs.of(data, "ai_dept", "uses", 0.95))
        .isInstanceOf(StatisticsInputException.class)
        .hasMessageContaining("item uses")
        .hasMessageContaining("single-choice");
  }

  @Test
  void itemByItselfIsRefused() {
    Dataset data = tierTable().build();

    assertThatThrownBy(() -> CrossTabs.of(data, "tier", "tier", 0.95))
        .isInstanceOf(StatisticsInputException.class)
        .hasMessageContaining("by itself");
  }

  @Test
  void numericItemIsRefused() {
    Dataset data = tierTable().build();

    assertThatThrownBy(() -> CrossTabs.of(data, "age", "tier", 0.95))
        .isInstanceOf(StatisticsInputException.class)
        .hasMessageContaining("item age");
  }
}
