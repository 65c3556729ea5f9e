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

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.UnknownItemException;

class FrequenciesTest {
  private static final Instrument SKIP =
      instrument(yesNo("uses_ai"), when(single("how_often", "daily", "weekly"), "uses_ai", "yes"));

  @Test
  void threeOfTenGiveTheWilsonIntervalOfTheFormula() {
    Dataset data =
        Responses.to(instrument(yesNo("q")))
            .respondents(3)
            .answer("q", "yes")
            .respondents(7)
            .answer("q", "no")
            .build();

    OptionFrequency yes = Frequencies.of(data, "q").option("yes");

    // p = 0.3, n = 10, z = qnorm(0.975) = 1.959964, z^2 = 3.841459
    // centre = (p + z^2/2n) / (1 + z^2/n) = (0.3 + 0.192073) / 1.384146 = 0.355506
    // half   = z / (1 + z^2/n) * sqrt(p(1-p)/n + z^2/4n^2)
    //        = 1.959964 / 1.384146 * sqrt(0.021 + 0.009604) = 1.416010 * 0.174939 = 0.247716
    // interval = (0.107790, 0.603222)
    assertThat(yes.count()).isEqualTo(3);
    assertThat(yes.denominator()).isEqualTo(10);
    assertThat(yes.proportion()).isEqualTo(0.3);
    assertThat(yes.ci().low()).isCloseTo(0.107790, within(1e-5));
    assertThat(yes.ci().high()).isCloseTo(0.603222, within(1e-5));
  }

  @Test
  void skippedItemIsNotInTheDenominator() {
    Dataset data =
        Responses.to(SKIP)
            .respondents(3)
            .answer("uses_ai", "yes")
            .answer("how_often", "daily")
            .respondents(1)
            .answer("uses_ai", "yes")
            .answer("how_often", "weekly")
            .respondents(6)
            .answer("uses_ai", "no")
            .build();

    ItemFrequencies f = Frequencies.of(data, "how_often");

    assertThat(f.respondents()).isEqualTo(10);
    assertThat(f.applicable()).isEqualTo(4);
    assertThat(f.answered()).isEqualTo(4);
    assertThat(f.nonResponse()).isZero();
    assertThat(f.option("daily").denominator()).isEqualTo(4);
    assertThat(f.option("daily").proportion()).isEqualTo(0.75);
  }

  @Test
  void itemNonResponseIsCountedAndLeftOutOfTheDenominator() {
    Dataset data =
        Responses.to(SKIP)
            .respondents(3)
            .answer("uses_ai", "yes")
            .answer("how_often", "daily")
            .respondents(2)
            .answer("uses_ai", "yes")
            .respondents(4)
            .answer("uses_ai", "no")
            .respondents(1)
            .build();

    ItemFrequencies often = Frequencies.of(data, "how_often");
    ItemFrequencies uses = Frequencies.of(data, "uses_ai");

    assertThat(often.applicable()).isEqualTo(5);
    assertThat(often.answered()).isEqualTo(3);
    assertThat(often.nonResponse()).isEqualTo(2);
    assertThat(often.option("daily").proportion()).isEqualTo(1.0);
    assertThat(uses.applicable()).isEqualTo(10);
    assertThat(uses.answered()).isEqualTo(9);
    assertThat(uses.nonResponse()).isEqualTo(1);
    assertThat(uses.option("yes").proportion()).isEqualTo(5.0 / 9);
  }

  @Test
  void answerGivenWhenSkippedIsExcludedAndCounted() {
    Dataset data =
        Responses.to(SKIP)
            .respondents(2)
            .answer("uses_ai", "yes")
            .answer("how_often", "weekly")
            .respondents(3)
            .answer("uses_ai", "no")
            .answer("how_often", "daily")
            .respondents(1)
            .answer("how_often", "daily")
            .build();

    ItemFrequencies f = Frequencies.of(data, "how_often");

    assertThat(f.answeredWhenSkipped()).isEqualTo(4);
    assertThat(f.applicable()).isEqualTo(2);
    assertThat(f.answered()).isEqualTo(2);
    assertThat(f.option("daily").count()).isZero();
    assertThat(f.option("weekly").proportion()).isEqualTo(1.0);
  }

  @Test
  void multiSelectSharesAreOfRespondentsAndSumPastHundredPercent() {
    Dataset data =
        Responses.to(instrument(multiple("uses", "triage", "detection", "reporting")))
            .respondent()
            .tick("uses", "triage", "detection")
            .respondent()
            .tick("uses", "triage")
            .respondent()
            .tick("uses", "triage", "detection", "reporting")
            .respondent()
            .tick("uses")
            .respondent()
            .build();

    ItemFrequencies f = Frequencies.of(data, "uses");

    assertThat(f.answered()).isEqualTo(4);
    assertThat(f.nonResponse()).isEqualTo(1);
    assertThat(f.options())
        .extracting(OptionFrequency::proportion)
        .containsExactly(0.75, 0.5, 0.25);
    assertThat(f.options().stream().mapToDouble(OptionFrequency::proportion).sum()).isEqualTo(1.5);
  }

  @Test
  void multiSelectAnsweredWhenSkippedIsExcluded() {
    Instrument skip =
        instrument(yesNo("uses_ai"), when(multiple("uses", "a", "b"), "uses_ai", "yes"));
    Dataset data =
        Responses.to(skip)
            .respondents(2)
            .answer("uses_ai", "yes")
            .tick("uses", "a")
            .respondents(1)
            .answer("uses_ai", "no")
            .tick("uses", "a", "b")
            .build();

    ItemFrequencies f = Frequencies.of(data, "uses");

    assertThat(f.applicable()).isEqualTo(2);
    assertThat(f.answeredWhenSkipped()).isEqualTo(1);
    assertThat(f.option("a").count()).isEqualTo(2);
    assertThat(f.option("b").count()).isZero();
  }

  @Test
  void domainRestrictsEveryCount() {
    Responses responses =
        Responses.to(SKIP)
            .respondents(2)
            .answer("uses_ai", "yes")
            .answer("how_often", "daily")
            .tag("north")
            .respondents(1)
            .answer("uses_ai", "yes")
            .tag("north")
            .respondents(1)
            .answer("uses_ai", "no")
            .answer("how_often", "weekly")
            .tag("north")
            .respondents(5)
            .answer("uses_ai", "yes")
            .answer("how_often", "weekly");
    Dataset data = responses.build();

    ItemFrequencies north = Frequencies.of(data, "how_often", responses.domain("north"), 0.95);

    assertThat(north.respondents()).isEqualTo(4);
    assertThat(north.applicable()).isEqualTo(3);
    assertThat(north.answered()).isEqualTo(2);
    assertThat(north.nonResponse()).isEqualTo(1);
    assertThat(north.answeredWhenSkipped()).isEqualTo(1);
    assertThat(north.option("daily").proportion()).isEqualTo(1.0);
    assertThat(north.option("weekly").count()).isZero();
  }

  @Test
  void domainIsNotChanged() {
    Responses responses =
        Responses.to(SKIP).respondents(3).answer("uses_ai", "no").tag("d").respondents(2);
    Dataset data = responses.build();
    BitSet domain = responses.domain("d");

    Frequencies.of(data, "how_often", domain, 0.95);

    assertThat(domain).isEqualTo(responses.domain("d"));
  }

  @Test
  void emptyDenominatorGivesNoProportionAndNoInterval() {
    Dataset data = Responses.to(SKIP).respondents(4).answer("uses_ai", "no").build();

    OptionFrequency daily = Frequencies.of(data, "how_often").option("daily");

    assertThat(daily.denominator()).isZero();
    assertThat(daily.proportion()).isNaN();
    assertThat(daily.ci().isDefined()).isFalse();
  }

  @Test
  void allCoversEveryCodedItemInInstrumentOrder() {
    Instrument mixed = instrument(single("a", "x"), integer("age"), multiple("b", "y"), yesNo("c"));
    Dataset data = Responses.to(mixed).respondents(2).answer("a", "x").build();

    assertThat(Frequencies.all(data)).extracting(f -> f.item().id()).containsExactly("a", "b", "c");
  }

  @Test
  void numericItemIsRefusedWithItsName() {
    Dataset data = Responses.to(instrument(integer("age"))).respondents(2).build();

    assertThatThrownBy(() -> Frequencies.of(data, "age"))
        .isInstanceOf(StatisticsInputException.class)
        .hasMessageStartingWith("TRP-0400")
        .hasMessageContaining("item age")
        .hasMessageContaining("integer");
  }

  @Test
  void unknownItemIsRefused() {
    Dataset data = Responses.to(SKIP).respondents(1).build();

    assertThatThrownBy(() -> Frequencies.of(data, "nope"))
        .isInstanceOf(UnknownItemException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void confidenceOutsideZeroToOneIsRefused() {
    Dataset data = Responses.to(SKIP).respondents(1).build();

    assertThatThrownBy(() -> Frequencies.of(data, "uses_ai", new BitSet(), 95))
        .isInstanceOf(StatisticsInputException.class)
        .hasMessageContaining("0.95");
  }

  @Test
  void domainBeyondTheDatasetIsRefused() {
    Dataset data = Responses.to(SKIP).respondents(3).build();
    BitSet domain = new BitSet();
    domain.set(3);

    assertThatThrownBy(() -> Frequencies.of(data, "uses_ai", domain, 0.95))
        .isInstanceOf(StatisticsInputException.class)
        .hasMessageContaining("row 3")
        .hasMessageContaining("only 3 rows");
  }
}
