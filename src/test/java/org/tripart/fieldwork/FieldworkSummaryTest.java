package org.tripart.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.fieldwork.FieldworkSummary.Dimension;
import org.tripart.fieldwork.FieldworkSummary.Row;

class FieldworkSummaryTest {
  private static final double HALF = Disposition.DEFAULT_PARTIAL_THRESHOLD;

  private static InvitationStatus invitation(
      String group, String province, Tier tier, boolean opened, double share, boolean submitted) {
    return new InvitationStatus(group, province, tier, opened, share, submitted);
  }

  // 44: I, P (share 0.6), NC; 11: I, R (share 0.2); no province: NC
  private static final List<InvitationStatus> INVITATIONS =
      List.of(
          invitation("clinician", "44", Tier.TERTIARY, true, 1.0, true),
          invitation("clinician", "44", Tier.SECONDARY, true, 0.6, false),
          invitation("clinician", "44", Tier.PRIMARY, false, 0.0, false),
          invitation("clinician", "11", Tier.TERTIARY, true, 1.0, true),
          invitation("researcher", "11", null, true, 0.2, false),
          invitation("industry", null, null, false, 0.0, false));

  @Test
  void rowsByProvinceCountInvitedStartedCompletedAndPartial() {
    FieldworkSummary s = FieldworkSummary.of(INVITATIONS, Dimension.PROVINCE, HALF);

    assertThat(s.rows())
        .extracting(Row::key, Row::invited, Row::started, Row::completed, Row::partial)
        .containsExactly(
            tuple("11", 2L, 2L, 1L, 0L),
            tuple("44", 3L, 2L, 1L, 1L),
            tuple(FieldworkSummary.NOT_RECORDED, 1L, 0L, 0L, 0L));
    Row guangdong = s.rows().get(1);
    assertThat(guangdong.rr1().value()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(guangdong.rr2().value()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.rows().get(0).rr2().value()).isEqualTo(0.5);
  }

  @Test
  void theTotalRowAddsEveryInvitation() {
    Row total = FieldworkSummary.of(INVITATIONS, Dimension.GROUP, HALF).total();

    assertThat(total.invited()).isEqualTo(6);
    assertThat(total.started()).isEqualTo(4);
    assertThat(total.completed()).isEqualTo(2);
    assertThat(total.partial()).isEqualTo(1);
    assertThat(total.rr1()).isEqualTo(new Rate("RR1", 2, 6));
    assertThat(total.rr2()).isEqualTo(new Rate("RR2", 3, 6));
  }

  @Test
  void tiersAreListedFromPrimaryToOtherWithUnrecordedLast() {
    FieldworkSummary s = FieldworkSummary.of(INVITATIONS, Dimension.TIER, HALF);

    assertThat(s.rows())
        .extracting(Row::key, Row::invited)
        .containsExactly(
            tuple("primary", 1L),
            tuple("secondary", 1L),
            tuple("tertiary", 2L),
            tuple(FieldworkSummary.NOT_RECORDED, 2L));
  }

  @Test
  void aStricterPartialThresholdTurnsPartialsIntoBreakoffs() {
    Row total = FieldworkSummary.of(INVITATIONS, Dimension.GROUP, 0.8).total();

    assertThat(total.partial()).isZero();
    assertThat(total.counts().refusalOrBreakoff()).isEqualTo(2);
  }

  @Test
  void countsGroupedByTheDatabaseGiveTheSameSummary() {
    Map<String, Counts> byGroup = new HashMap<>();
    byGroup.put("industry", new Counts(0, 0, 0, 1, 0, 0, 0));
    byGroup.put("clinician", new Counts(2, 1, 0, 1, 0, 0, 0));
    byGroup.put("researcher", new Counts(0, 0, 1, 0, 0, 0, 0));

    assertThat(FieldworkSummary.fromCounts(Dimension.GROUP, byGroup))
        .isEqualTo(FieldworkSummary.of(INVITATIONS, Dimension.GROUP, HALF));
  }
}
