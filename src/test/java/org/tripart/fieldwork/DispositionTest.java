package org.tripart.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DispositionTest {
  private static final double HALF = Disposition.DEFAULT_PARTIAL_THRESHOLD;

  @Test
  void aSubmittedQuestionnaireIsCompleteWhateverTheShare() {
    assertThat(Disposition.of(true, 1.0, true, HALF)).isEqualTo(Disposition.COMPLETE);
    assertThat(Disposition.of(true, 0.3, true, HALF)).isEqualTo(Disposition.COMPLETE);
  }

  @Test
  void anInvitationNeverOpenedIsANonContact() {
    assertThat(Disposition.of(false, 0.0, false, HALF)).isEqualTo(Disposition.NON_CONTACT);
  }

  @Test
  void aStartedQuestionnaireIsPartialFromTheThresholdAndABreakoffBelowIt() {
    assertThat(Disposition.of(true, 0.5, false, HALF)).isEqualTo(Disposition.PARTIAL);
    assertThat(Disposition.of(true, 0.99, false, HALF)).isEqualTo(Disposition.PARTIAL);
    assertThat(Disposition.of(true, 0.49, false, HALF)).isEqualTo(Disposition.REFUSAL_OR_BREAKOFF);
    assertThat(Disposition.of(true, 0.0, false, HALF)).isEqualTo(Disposition.REFUSAL_OR_BREAKOFF);
    assertThat(Disposition.of(true, 0.5, false, 0.8)).isEqualTo(Disposition.REFUSAL_OR_BREAKOFF);
  }

  @Test
  void sharesOutsideZeroToOneAreRefused() {
    assertThatThrownBy(() -> Disposition.of(true, 1.2, false, HALF))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Disposition.of(true, Double.NaN, false, HALF))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Disposition.of(true, 0.5, false, 0.0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachDispositionCarriesItsAaporSymbolAndCode() {
    assertThat(Disposition.COMPLETE.symbol()).isEqualTo("I");
    assertThat(Disposition.PARTIAL.aaporCode()).isEqualTo("1.2");
    assertThat(Disposition.REFUSAL_OR_BREAKOFF.symbol()).isEqualTo("R");
    assertThat(Disposition.NON_CONTACT.aaporCode()).isEqualTo("2.20");
    assertThat(Disposition.UNKNOWN_ELIGIBILITY.symbol()).isEqualTo("UH/UO");
    assertThat(Disposition.NOT_ELIGIBLE.aaporCode()).isEqualTo("4.0");
  }
}
