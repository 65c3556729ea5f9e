package org.tripart.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.TripartException;
import org.tripart.instrument.Sector;

class ViewerNetworkTest {
  private final Network five =
      NetworkBuilder.build(
          ReferenceGraphs.organisations("five"),
          ReferenceGraphs.nominations("five"),
          List.of(new UnmatchedPartner("r9", "H1", "Acme AI Ltd")));

  @Test
  void tiesBelowTheThresholdAreMergedIntoProvinceBySectorFlows() {
    // weight 2: H1-H2, H1-I1. Weight 1: H1-C1 (11 hospital - 31 company), I1-C1 (31 institution -
    // 31 company), I1-C2 and C1-C2 (C2's province unknown, "" sorts first).
    ViewerNetwork v = five.forViewers(2);
    assertThat(v.network().ties())
        .extracting(t -> t.source() + "-" + t.target())
        .containsExactly("H1-H2", "H1-I1");
    assertThat(v.network().organisations())
        .extracting(Organisation::id)
        .containsExactly("H1", "H2", "I1");
    assertThat(v.network().tie("H1", "I1").orElseThrow().reciprocated()).isTrue();
    assertThat(v.suppressed())
        .containsExactly(
            new ViewerNetwork.SuppressedFlow("", Sector.COMPANY, "31", Sector.INSTITUTION, 1),
            new ViewerNetwork.SuppressedFlow("", Sector.COMPANY, "31", Sector.COMPANY, 1),
            new ViewerNetwork.SuppressedFlow("11", Sector.HOSPITAL, "31", Sector.COMPANY, 1),
            new ViewerNetwork.SuppressedFlow("31", Sector.INSTITUTION, "31", Sector.COMPANY, 1));
    int shown = v.network().ties().size();
    int merged = v.suppressed().stream().mapToInt(ViewerNetwork.SuppressedFlow::ties).sum();
    assertThat(shown + merged).isEqualTo(five.ties().size());
  }

  @Test
  void viewersNeverSeeFreeTextPartnersOrRespondentIds() {
    ViewerNetwork v = five.forViewers(1);
    assertThat(v.network().ties()).hasSize(6);
    assertThat(v.suppressed()).isEmpty();
    assertThat(v.network().unmatched()).isEmpty();
    assertThat(v.network().nominations())
        .allSatisfy(n -> assertThat(n.respondentId()).startsWith("viewer-"));
    assertThat(v.network().tie("H1", "H2").orElseThrow().weight()).isEqualTo(2);
  }

  @Test
  void aThresholdBelowOneIsRefused() {
    assertThatThrownBy(() -> five.forViewers(0))
        .isInstanceOf(TripartException.class)
        .hasMessage("TRP-1103 disclosure threshold: must be at least 1 respondent, was 0");
  }
}
