package org.tripart.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.TripartException;
import org.tripart.instrument.Sector;

/**
 * Hand-worked cases. The five-node graph (five-*.csv): hospitals H1, H2, institution I1, companies
 * C1, C2; nominations H1->I1 (r1), H1->C1 (r2), I1->H1 (r3), I1->C1 (r4), C1->C2 (r5), H2->H1 (r6
 * and r7), C2->I1 (r8). Undirected ties: H1-H2 (weight 2), H1-I1 (2, reciprocated), H1-C1, I1-C1,
 * I1-C2, C1-C2 (1 each).
 */
class NetworkMetricsTest {
  private static final Sector H = Sector.HOSPITAL;
  private static final Sector I = Sector.INSTITUTION;
  private static final Sector C = Sector.COMPANY;

  private final NetworkMetrics five = NetworkMetrics.of(ReferenceGraphs.network("five"));

  @Test
  void mixingCountsTiesPerSectorPairWithBlockDensities() {
    SectorMixing m = five.mixing();
    assertThat(m.ties(H, H)).isEqualTo(1);
    assertThat(m.ties(H, I)).isEqualTo(1);
    assertThat(m.ties(I, H)).isEqualTo(1);
    assertThat(m.ties(H, C)).isEqualTo(1);
    assertThat(m.ties(I, C)).isEqualTo(2);
    assertThat(m.ties(C, C)).isEqualTo(1);
    assertThat(m.ties(I, I)).isZero();
    // H-H: 1 tie of 2*1/2 = 1 pair; H-I: 1 of 2*1; H-C: 1 of 2*2; I-C: 2 of 1*2; C-C: 1 of 1
    assertThat(m.density(H, H)).isEqualTo(1.0);
    assertThat(m.density(H, I)).isEqualTo(0.5);
    assertThat(m.density(H, C)).isEqualTo(0.25);
    assertThat(m.density(I, C)).isEqualTo(1.0);
    assertThat(m.density(C, C)).isEqualTo(1.0);
    assertThat(m.density(I, I)).as("one institution: no pair within").isNaN();
  }

  @Test
  void eiIndexIsExternalMinusInternalOverAllTies() {
    SectorMixing m = five.mixing();
    // E = H-I + H-C + 2 I-C = 4, I = H-H + C-C = 2: (4 - 2) / 6
    assertThat(m.eiIndex()).isCloseTo(1.0 / 3, within(1e-12));
    // hospital: E = 2 (H1-I1, H1-C1), I = 1 (H1-H2): 1/3
    assertThat(m.eiIndex(H)).isCloseTo(1.0 / 3, within(1e-12));
    // institution: E = 3, I = 0: 1
    assertThat(m.eiIndex(I)).isEqualTo(1.0);
    // company: E = 3 (H1-C1, I1-C1, I1-C2), I = 1 (C1-C2): 2/4
    assertThat(m.eiIndex(C)).isEqualTo(0.5);
  }

  @Test
  void brokerageRolesFollowTheSectorsOfTheTwoPath() {
    // H1: in {I1, H2}, out {I1, C1}. I1->H1->C1 closed by I1->C1; H2->H1->I1 and H2->H1->C1:
    // H H x, representative 2.
    assertThat(role("H1")).isEqualTo(new Brokerage(0, 0, 2, 0, 0));
    // I1: in {H1, C2}, out {H1, C1}. H1->I1->C1 closed by H1->C1; C2->I1->H1 (C I H) liaison;
    // C2->I1->C1 (C I C) consultant, as C1->C2 does not close C2 -> C1.
    assertThat(role("I1")).isEqualTo(new Brokerage(0, 0, 0, 1, 1));
    // C1: H1->C1->C2 and I1->C1->C2 (x C C): gatekeeper 2.
    assertThat(role("C1")).isEqualTo(new Brokerage(0, 2, 0, 0, 0));
    // C2: C1->C2->I1 (C C I): representative.
    assertThat(role("C2")).isEqualTo(new Brokerage(0, 0, 1, 0, 0));
    assertThat(role("H2")).isEqualTo(Brokerage.NONE);
    assertThat(five.brokerage()).isEqualTo(new Brokerage(0, 2, 3, 1, 1));
    assertThat(five.brokerage().total()).isEqualTo(7);
  }

  @Test
  void triadsCloseOnceAndStayOpenAtTheInstitution() {
    // closed: H1-I1-C1. Open: centre I1 with ends H1 and C2 (H1-C2 not tied); at H1 the only
    // I-C pair (I1, C1) is tied, at C1 the only H-I pair (H1, I1) is tied, C2 has no hospital.
    assertThat(five.triads().closed()).isEqualTo(1);
    assertThat(five.triads().open()).isEqualTo(1);
    assertThat(five.triads().openByCentre()).isEqualTo(Map.of(H, 0L, I, 1L, C, 0L));
  }

  @Test
  void betweennessClosenessAndCorenessByHand() {
    // H2-I1, H2-C1 pass H1 (1 each); H2-C2 has two paths, via I1 and via C1: H1 1, I1 and C1
    // 1/2 each; H1-C2 likewise gives I1 and C1 1/2: H1 3, I1 1, C1 1.
    assertThat(node("H1").betweenness()).isEqualTo(3.0);
    assertThat(node("I1").betweenness()).isEqualTo(1.0);
    assertThat(node("C1").betweenness()).isEqualTo(1.0);
    assertThat(node("H2").betweenness()).isZero();
    // H2: 1 + 2 + 2 + 3 = 8; C2: 1 + 1 + 2 + 3 = 7
    assertThat(node("H2").closeness()).isEqualTo(1.0 / 8);
    assertThat(node("C2").closeness()).isEqualTo(1.0 / 7);
    // H2 has degree 1; without it every other node keeps degree >= 2 but H1 and C2 not 3
    assertThat(node("H2").coreness()).isEqualTo(1);
    assertThat(node("H1").coreness()).isEqualTo(2);
    assertThat(node("H1").strength()).isEqualTo(5);
    assertThat(node("H1").degree()).isEqualTo(3);
  }

  @Test
  void degreeAndStrengthDistributionsPerSector() {
    // hospitals: degrees 3 and 1, strengths 5 and 2; companies: degrees 3 and 2, strengths 3, 2
    assertThat(five.degreeBySector().get(H)).isEqualTo(new Distribution(2, 2.0, 2.0, 3));
    assertThat(five.strengthBySector().get(H)).isEqualTo(new Distribution(2, 3.5, 3.5, 5));
    assertThat(five.degreeBySector().get(C)).isEqualTo(new Distribution(2, 2.5, 2.5, 3));
    assertThat(five.degreeBySector().get(I)).isEqualTo(new Distribution(1, 3.0, 3.0, 3));
  }

  @Test
  void provinceAndTierFlowsCountTiesBetweenGroups() {
    // provinces: H1, H2 in 11; I1, C1 in 31; C2 unknown. 11-11: H1-H2; 11-31: H1-I1, H1-C1;
    // 31-31: I1-C1; I1-C2 and C1-C2 have an unknown end.
    Flows p = five.provinceFlows();
    assertThat(p.labels()).hasSize(31);
    assertThat(p.ties("11", "11")).isEqualTo(1);
    assertThat(p.ties("11", "31")).isEqualTo(2);
    assertThat(p.ties("31", "11")).isEqualTo(2);
    assertThat(p.ties("31", "31")).isEqualTo(1);
    assertThat(p.unplaced()).isEqualTo(2);
    // tiers: H1 tertiary, H2 secondary, the rest other
    Flows t = five.tierFlows();
    assertThat(t.ties("tertiary", "secondary")).isEqualTo(1);
    assertThat(t.ties("tertiary", "other")).isEqualTo(2);
    assertThat(t.ties("other", "other")).isEqualTo(3);
  }

  @Test
  void cycleOfFourWithASeparatePairAndAnIsolate() {
    // H1-I1-C1-H2-H1, I2-C2, C3 alone. In a 4-cycle each opposite pair has two paths: 1/2 each.
    NetworkMetrics cycle = NetworkMetrics.of(ReferenceGraphs.network("cycle"));
    assertThat(cycle.node("H1").orElseThrow().betweenness()).isEqualTo(0.5);
    assertThat(cycle.node("H1").orElseThrow().closeness()).isEqualTo(0.25);
    assertThat(cycle.node("I2").orElseThrow().closeness()).isEqualTo(1.0);
    assertThat(cycle.node("C3").orElseThrow().closeness()).as("isolate").isNaN();
    assertThat(cycle.node("C3").orElseThrow().coreness()).isZero();
    assertThat(cycle.componentSizes()).containsExactly(4, 2, 1);
    // open: I1 between H1 and C1; C1 between I1 and H2; no triangle
    assertThat(cycle.triads().openByCentre()).isEqualTo(Map.of(H, 0L, I, 1L, C, 1L));
    assertThat(cycle.triads().closed()).isZero();
  }

  @Test
  void samplingFewerPivotsEstimatesAndNeedsOneAtLeast() {
    Network network = ReferenceGraphs.network("mixed");
    Map<String, Double> a = NetworkMetrics.sampledBetweenness(network, 10, 3, 1);
    Map<String, Double> b = NetworkMetrics.sampledBetweenness(network, 10, 3, 2);
    assertThat(a).hasSize(50);
    a.forEach((id, v) -> assertThat(b.get(id)).isCloseTo(v, within(1e-9)));
    double exactTotal =
        NetworkMetrics.of(network).nodes().stream().mapToDouble(NodeMetrics::betweenness).sum();
    assertThat(a.values().stream().mapToDouble(Double::doubleValue).sum())
        .isNotCloseTo(exactTotal, within(1e-9))
        .isPositive();
    assertThatThrownBy(() -> NetworkMetrics.sampledBetweenness(network, 0, 3, 1))
        .isInstanceOf(TripartException.class)
        .hasMessageStartingWith("TRP-1103");
  }

  private NodeMetrics node(String id) {
    return five.node(id).orElseThrow();
  }

  private Brokerage role(String id) {
    return node(id).brokerage();
  }
}
