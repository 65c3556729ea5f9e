package org.tripart.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ResponseRatesTest {
  @Test
  void theStudysRadiologistSampleHasAnRr1Of99Point88Percent() {
    // 5,148 questionnaires sent, 5,142 returned; the 6 others never answered (NC).
    ResponseRates r = ResponseRates.compute(new Counts(5142, 0, 0, 6, 0, 0, 0));

    assertThat(r.rr1().numerator()).isEqualTo(5142);
    assertThat(r.rr1().denominator()).isEqualTo(5148);
    // 5142 / 5148 = 0.998834498...
    assertThat(r.rr1().percent()).isCloseTo(99.8834498, within(1e-6));
    assertThat(String.format(java.util.Locale.ROOT, "%.2f%%", r.rr1().percent()))
        .isEqualTo("99.88%");
    assertThat(r.rr2().value()).isEqualTo(r.rr1().value());
  }

  @Test
  void everyRateOfAMixedFieldworkMatchesTheHandWorkedFigures() {
    // I=60 P=10 R=15 NC=10 O=5 UH/UO=20 NE=7
    // all cases that enter the rates: (60+10) + (15+10+5) + 20 = 120; contacted: 70+15+5 = 90
    ResponseRates r = ResponseRates.compute(new Counts(60, 10, 15, 10, 5, 20, 7));

    assertThat(r.rr1()).isEqualTo(new Rate("RR1", 60, 120));
    assertThat(r.rr1().value()).isEqualTo(0.5);
    assertThat(r.rr2()).isEqualTo(new Rate("RR2", 70, 120));
    assertThat(r.rr2().value()).isCloseTo(0.583333, within(1e-6));
    assertThat(r.coop1()).isEqualTo(new Rate("COOP1", 60, 90));
    assertThat(r.coop1().value()).isCloseTo(0.666667, within(1e-6));
    assertThat(r.coop2()).isEqualTo(new Rate("COOP2", 70, 90));
    assertThat(r.coop2().value()).isCloseTo(0.777778, within(1e-6));
    assertThat(r.ref1()).isEqualTo(new Rate("REF1", 15, 120));
    assertThat(r.ref1().value()).isEqualTo(0.125);
    assertThat(r.con1()).isEqualTo(new Rate("CON1", 90, 120));
    assertThat(r.con1().value()).isEqualTo(0.75);
  }

  @Test
  void notEligibleCasesEnterNoRate() {
    ResponseRates without = ResponseRates.compute(new Counts(60, 10, 15, 10, 5, 20, 0));
    ResponseRates with = ResponseRates.compute(new Counts(60, 10, 15, 10, 5, 20, 500));

    assertThat(with.rr1()).isEqualTo(without.rr1());
    assertThat(with.coop2()).isEqualTo(without.coop2());
    assertThat(with.con1()).isEqualTo(without.con1());
  }

  @Test
  void aRateWithNothingInItsDenominatorIsNotANumber() {
    ResponseRates none = ResponseRates.compute(Counts.ZERO);
    ResponseRates onlyIneligible = ResponseRates.compute(new Counts(0, 0, 0, 0, 0, 0, 3));
    ResponseRates nobodyReached = ResponseRates.compute(new Counts(0, 0, 0, 8, 0, 0, 0));

    assertThat(none.rr1().value()).isNaN();
    assertThat(onlyIneligible.rr2().value()).isNaN();
    assertThat(nobodyReached.rr1().value()).isEqualTo(0.0);
    assertThat(nobodyReached.coop1().value()).isNaN();
  }

  @Test
  void countsTallyDispositionsAndKnowInvitedAndStarted() {
    Counts c =
        Counts.tally(
            java.util.List.of(
                Disposition.COMPLETE,
                Disposition.COMPLETE,
                Disposition.PARTIAL,
                Disposition.REFUSAL_OR_BREAKOFF,
                Disposition.NON_CONTACT,
                Disposition.NOT_ELIGIBLE));

    assertThat(c).isEqualTo(new Counts(2, 1, 1, 1, 0, 0, 1));
    assertThat(c.invited()).isEqualTo(6);
    assertThat(c.started()).isEqualTo(4);
    assertThat(c.of(Disposition.COMPLETE)).isEqualTo(2);
  }
}
