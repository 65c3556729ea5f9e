package org.tripart.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tripart.stats.TestInstruments.instrument;
import static org.tripart.stats.TestInstruments.multiple;
import static org.tripart.stats.TestInstruments.single;
import static org.tripart.stats.TestInstruments.when;
import static org.tripart.stats.TestInstruments.yesNo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;

/**
 * One item compared across three groups' datasets, each under its own instrument. Group a asks
 * {@code opinion} only of those in hospital; b and c ask everyone; c does not ask {@code uses}.
 *
 * <p>Expected values from R 4 ({@code options(digits = 17)}):
 *
 * <pre>
 * m &lt;- matrix(c(8,5,2, 3,6,3, 2,3,4), nrow = 3, byrow = TRUE)   # group x opinion
 * chisq.test(m, correct = FALSE)   # X-squared 4.8722832722832718, df 4, p 0.30065483144102939
 *                                  # min(expected) 2.25, sum(expected &lt; 5) 7
 * chisq.test(matrix(c(13,3, 5,6), 2, byrow = TRUE), correct = FALSE)   # uses: x ticked or not
 *                                  # X-squared 3.75852272727272751, p 0.05253897729199819
 * chisq.test(matrix(c(7,6, 11,3), 2, byrow = TRUE), correct = FALSE)   # uses: y
 *                                  # X-squared 1.85439560439560447, p 0.17327302381922632
 * prop.test(8, 15, correct = FALSE)$conf.int    # 0.30116980025498397 0.75190464634262610
 * prop.test(3, 12, correct = FALSE)$conf.int    # 0.088941668394054749 0.532305334933565577
 * prop.test(4, 9, correct = FALSE)$conf.int     # 0.18877852109766463 0.73334870650450690
 * prop.test(13, 36, correct = FALSE)$conf.int   # 0.22475592946515369 0.52424924514441951
 * prop.test(13, 18, correct = FALSE)$conf.int   # 0.49127343439702542 0.87500246620445987
 * </pre>
 */
class CrossTabsAcrossGroupsTest {
  private static final double EPS = 1e-9;

  /** 20 respondents; 16 in hospital are asked opinion (15 answer), 1 not asked answers anyway. */
  private static Dataset groupA() {
    return Responses.to(
            instrument(
                yesNo("in_hospital"),
                when(single("opinion", "pos", "neu", "neg"), "in_hospital", "yes"),
                multiple("uses", "x", "y")))
        .respondents(8)
        .answer("in_hospital", "yes")
        .answer("opinion", "pos")
        .tick("uses", "x")
        .respondents(5)
        .answer("in_hospital", "yes")
        .answer("opinion", "neu")
        .tick("uses", "x", "y")
        .respondents(2)
        .answer("in_hospital", "yes")
        .answer("opinion", "neg")
        .tick("uses", "y")
        .respondent()
        .answer("in_hospital", "yes")
        .respondents(3)
        .answer("in_hospital", "no")
        .tick("uses")
        .respondent()
        .answer("in_hospital", "no")
        .answer("opinion", "pos")
        .build();
  }

  /** 12 respondents, all asked opinion with other labels; 9 answer uses. */
  private static Dataset groupB() {
    Item opinion =
        new Item(
            "opinion",
            ItemType.SINGLE,
            LocalizedText.of("Opinion as b asks it", "b"),
            null,
            List.of(
                new Option("pos", LocalizedText.of("Positive", "b")),
                new Option("neu", LocalizedText.of("Neutral", "b")),
                new Option("neg", LocalizedText.of("Negative", "b"))),
            false,
            null,
            null,
            null,
            null);
    return Responses.to(instrument(opinion, multiple("uses", "x", "y")))
        .respondents(3)
        .answer("opinion", "pos")
        .tick("uses", "x")
        .respondents(6)
        .answer("opinion", "neu")
        .tick("uses", "y")
        .respondents(3)
        .answer("opinion", "neg")
        .build();
  }

  /** 10 respondents, 9 answer opinion; no uses item. */
  private static Dataset groupC() {
    return Responses.to(instrument(single("opinion", "pos", "neu", "neg")))
        .respondents(2)
        .answer("opinion", "pos")
        .respondents(3)
        .answer("opinion", "neu")
        .respondents(4)
        .answer("opinion", "neg")
        .respondent()
        .build();
  }

  private static Map<String, Dataset> groups(Dataset... data) {
    Map<String, Dataset> m = new LinkedHashMap<>();
    String[] names = {"a", "b", "c"};
    for (int i = 0; i < data.length; i++) {
      m.put(names[i], data[i]);
    }
    return m;
  }

  @Test
  void eachGroupIsCountedUnderItsOwnSkipLogic() {
    CrossTab t = CrossTabs.acrossGroups(groups(groupA(), groupB(), groupC()), "opinion", 0.95);

    assertThat(t.strata()).extracting(Option::code).containsExactly("a", "b", "c");
    assertThat(t.by().id()).isEqualTo(CrossTabs.GROUP);
    ItemFrequencies a = t.perStratum().get(0);
    assertThat(a.respondents()).isEqualTo(20);
    assertThat(a.applicable()).isEqualTo(16);
    assertThat(a.answered()).isEqualTo(15);
    assertThat(a.nonResponse()).isEqualTo(1);
    assertThat(a.answeredWhenSkipped()).isEqualTo(1);
    assertThat(a.option("pos").count()).isEqualTo(8);
    assertThat(a.option("pos").proportion()).isCloseTo(8.0 / 15, within(EPS));
    assertThat(a.option("pos").ci().low()).isCloseTo(0.30116980025498397, within(EPS));
    assertThat(a.option("pos").ci().high()).isCloseTo(0.75190464634262610, within(EPS));
    ItemFrequencies b = t.perStratum().get(1);
    assertThat(b.answered()).isEqualTo(12);
    assertThat(b.option("neg").ci().low()).isCloseTo(0.088941668394054749, within(EPS));
    assertThat(b.option("neg").ci().high()).isCloseTo(0.532305334933565577, within(EPS));
    ItemFrequencies c = t.perStratum().get(2);
    assertThat(c.answered()).isEqualTo(9);
    assertThat(c.nonResponse()).isEqualTo(1);
    assertThat(c.option("neg").proportion()).isCloseTo(4.0 / 9, within(EPS));
    assertThat(c.option("neg").ci().low()).isCloseTo(0.18877852109766463, within(EPS));
    assertThat(c.option("neg").ci().high()).isCloseTo(0.73334870650450690, within(EPS));
  }

  @Test
  void overallPoolsTheGroups() {
    CrossTab t = CrossTabs.acrossGroups(groups(groupA(), groupB(), groupC()), "opinion", 0.95);

    assertThat(t.overall().respondents()).isEqualTo(42);
    assertThat(t.overall().answered()).isEqualTo(36);
    OptionFrequency pos = t.overall().option("pos");
    assertThat(pos.count()).isEqualTo(13);
    assertThat(pos.ci().low()).isCloseTo(0.22475592946515369, within(EPS));
    assertThat(pos.ci().high()).isCloseTo(0.52424924514441951, within(EPS));
  }

  @Test
  void singleChoiceTestIsGroupByOptionAsR() {
    CrossTab t = CrossTabs.acrossGroups(groups(groupA(), groupB(), groupC()), "opinion", 0.95);

    assertThat(t.tests()).hasSize(1);
    ChiSquareTest test = t.tests().get(0);
    assertThat(test.n()).isEqualTo(36);
    assertThat(test.degreesOfFreedom()).isEqualTo(4);
    assertThat(test.statistic()).isCloseTo(4.8722832722832718, within(EPS));
    assertThat(test.pValue()).isCloseTo(0.30065483144102939, within(EPS));
    assertThat(test.minExpected()).isCloseTo(2.25, within(EPS));
    assertThat(test.cellsBelowFiveExpected()).isEqualTo(7);
  }

  @Test
  void multipleChoiceHasOneTestPerOptionAsR() {
    CrossTab t = CrossTabs.acrossGroups(groups(groupA(), groupB()), "uses", 0.95);

    assertThat(t.perStratum().get(0).answered()).isEqualTo(18);
    assertThat(t.perStratum().get(1).answered()).isEqualTo(9);
    OptionFrequency x = t.perStratum().get(0).option("x");
    assertThat(x.count()).isEqualTo(13);
    assertThat(x.ci().low()).isCloseTo(0.49127343439702542, within(EPS));
    assertThat(x.ci().high()).isCloseTo(0.87500246620445987, within(EPS));
    assertThat(t.tests()).hasSize(2);
    assertThat(t.tests().get(0).statistic()).isCloseTo(3.75852272727272751, within(EPS));
    assertThat(t.tests().get(0).pValue()).isCloseTo(0.05253897729199819, within(EPS));
    assertThat(t.tests().get(1).statistic()).isCloseTo(1.85439560439560447, within(EPS));
    assertThat(t.tests().get(1).pValue()).isCloseTo(0.17327302381922632, within(EPS));
  }

  @Test
  void labelsAreTheFirstGroups() {
    CrossTab t = CrossTabs.acrossGroups(groups(groupC(), groupB()), "opinion", 0.95);

    assertThat(t.item().label().en()).isEqualTo("opinion");
    assertThat(t.overall().option("pos").option().label().en()).isEqualTo("pos");
  }

  @Test
  void itemMissingFromAGroupIsRefusedNamingItemAndGroup() {
    assertThatThrownBy(
            () -> CrossTabs.acrossGroups(groups(groupA(), groupB(), groupC()), "uses", 0.95))
        .isInstanceOf(GroupMismatchException.class)
        .hasMessageContaining("uses")
        .hasMessageContaining("group c")
        .satisfies(
            e ->
                assertThat(((GroupMismatchException) e).code())
                    .isEqualTo(ErrorCode.ITEM_ACROSS_GROUPS));
  }

  @Test
  void differentTypeIsRefused() {
    Dataset d =
        Responses.to(instrument(multiple("opinion", "pos", "neu", "neg"))).respondent().build();

    assertThatThrownBy(() -> CrossTabs.acrossGroups(groups(groupC(), d), "opinion", 0.95))
        .isInstanceOf(GroupMismatchException.class)
        .hasMessageContaining("opinion")
        .hasMessageContaining("single item in a but a multiple item in b");
  }

  @Test
  void differentOptionCodesAreRefused() {
    Dataset d = Responses.to(instrument(single("opinion", "pos", "neg"))).respondent().build();

    assertThatThrownBy(() -> CrossTabs.acrossGroups(groups(groupC(), d), "opinion", 0.95))
        .isInstanceOf(GroupMismatchException.class)
        .hasMessageContaining("[pos, neu, neg] in a but [pos, neg] in b");
  }

  @Test
  void fewerThanTwoGroupsAreRefused() {
    assertThatThrownBy(() -> CrossTabs.acrossGroups(groups(groupC()), "opinion", 0.95))
        .isInstanceOf(StatisticsInputException.class)
        .hasMessageContaining("at least two groups");
  }
}
