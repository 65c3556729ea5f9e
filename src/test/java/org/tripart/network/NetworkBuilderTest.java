package org.tripart.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.TripartException;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Sector;

class NetworkBuilderTest {
  private static final Organisation H1 =
      new Organisation("H1", "SYNTHETIC H1", Sector.HOSPITAL, "11", Tier.TERTIARY);
  private static final Organisation H2 =
      new Organisation("H2", "SYNTHETIC H2", Sector.HOSPITAL, "44", Tier.SECONDARY);
  private static final Organisation C1 =
      new Organisation("C1", "SYNTHETIC C1", Sector.COMPANY, "", null);

  @Test
  void weightCountsDistinctRespondentsInEitherDirection() {
    Network n =
        NetworkBuilder.build(
            List.of(H1, H2, C1),
            List.of(
                nom("r1", "H1", "C1", "data_sharing"),
                nom("r1", "H1", "C1", "annotation"),
                nom("r2", "H1", "C1", "data_sharing"),
                nom("r3", "C1", "H1", "data_sharing", "deployment"),
                nom("r4", "H2", "H1")),
            List.of());
    Tie t = n.tie("C1", "H1").orElseThrow();
    assertThat(t.source()).isEqualTo("H1");
    assertThat(t.weight()).as("r1 twice counts once").isEqualTo(3);
    assertThat(t.reciprocated()).isTrue();
    assertThat(t.kinds())
        .containsExactly(
            Map.entry("annotation", 1), Map.entry("data_sharing", 3), Map.entry("deployment", 1));
    Tie h = n.tie("H1", "H2").orElseThrow();
    assertThat(h.weight()).isEqualTo(1);
    assertThat(h.reciprocated()).isFalse();
    assertThat(n.arcs())
        .containsExactly(new Arc("H1", "C1", 2), new Arc("H2", "H1", 1), new Arc("C1", "H1", 1));
    assertThat(n.tiesOf("H1")).extracting(x -> x.other("H1")).containsExactly("H2", "C1");
  }

  @Test
  void freeTextPartnersAreKeptButAreNotNodes() {
    UnmatchedPartner acme = new UnmatchedPartner("r1", "H1", "Acme AI Ltd");
    Network n = NetworkBuilder.build(List.of(H1, C1), List.of(), List.of(acme));
    assertThat(n.organisations()).extracting(Organisation::id).containsExactly("H1", "C1");
    assertThat(n.unmatched()).containsExactly(acme);
    assertThat(n.ties()).isEmpty();
  }

  @Test
  void unknownOwnOrganisationOrPartnerIsRefusedNamingRespondentAndId() {
    assertThatThrownBy(
            () -> NetworkBuilder.build(List.of(H1), List.of(nom("r9", "H1", "X7")), List.of()))
        .isInstanceOf(TripartException.class)
        .hasMessage(
            "TRP-1100 respondent r9: the partner 'X7' is not an organisation of the registers");
    assertThatThrownBy(
            () -> NetworkBuilder.build(List.of(H1), List.of(nom("r9", "X7", "H1")), List.of()))
        .hasMessageContaining("TRP-1100 respondent r9: the own organisation 'X7'");
    assertThatThrownBy(
            () ->
                NetworkBuilder.build(
                    List.of(H1), List.of(), List.of(new UnmatchedPartner("r5", "X7", "Acme"))))
        .hasMessageStartingWith("TRP-1100 respondent r5");
  }

  @Test
  void selfNominationAndDuplicateOrganisationsAreRefused() {
    assertThatThrownBy(
            () -> NetworkBuilder.build(List.of(H1), List.of(nom("r2", "H1", "H1")), List.of()))
        .isInstanceOf(TripartException.class)
        .hasMessage("TRP-1101 respondent r2: names its own organisation H1 as a partner");
    assertThatThrownBy(() -> NetworkBuilder.build(List.of(H1, H1), List.of(), List.of()))
        .hasMessageStartingWith("TRP-1102 organisation H1");
  }

  @Test
  void filtersKeepMatchingNodesAndTheirTiesAmongThemselves() {
    Network n =
        NetworkBuilder.build(
            List.of(H1, H2, C1),
            List.of(nom("r1", "H1", "C1", "data_sharing"), nom("r2", "H2", "H1", "annotation")),
            List.of(new UnmatchedPartner("r2", "H2", "Acme")));
    Network hospitals = n.withSectors(Set.of(Sector.HOSPITAL));
    assertThat(hospitals.organisations()).extracting(Organisation::id).containsExactly("H1", "H2");
    assertThat(hospitals.ties()).extracting(Tie::target).containsExactly("H2");
    Network beijing = n.withProvinces(Set.of("11"));
    assertThat(beijing.ties()).isEmpty();
    assertThat(beijing.unmatched()).isEmpty();
    assertThat(n.withTiers(Set.of(Tier.TERTIARY, Tier.OTHER)).ties())
        .extracting(Tie::target)
        .containsExactly("C1");
    Network sharing = n.withTieKinds(Set.of("data_sharing"));
    assertThat(sharing.size()).isEqualTo(3);
    assertThat(sharing.ties()).singleElement().extracting(Tie::target).isEqualTo("C1");
  }

  private static Nomination nom(String r, String ego, String alter, String... kinds) {
    return new Nomination(r, ego, alter, Set.of(kinds));
  }
}
