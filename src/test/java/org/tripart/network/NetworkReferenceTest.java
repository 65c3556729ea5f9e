package org.tripart.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tripart.instrument.Sector;

/** Every measure against the values R igraph and sna computed (src/test/r/network-reference.R). */
class NetworkReferenceTest {
  private static final double EPS = 1e-9;

  @ParameterizedTest
  @ValueSource(strings = {"five", "cycle", "mixed"})
  void perNodeMeasuresMatchIgraphAndSna(String graph) {
    NetworkMetrics metrics = NetworkMetrics.of(ReferenceGraphs.network(graph));
    Map<String, Map<String, String>> expected = ReferenceGraphs.expectedNodes(graph);

    assertThat(metrics.nodes()).hasSize(expected.size());
    for (NodeMetrics m : metrics.nodes()) {
      Map<String, String> e = expected.get(m.organisation().id());
      String id = m.organisation().id();
      assertThat(m.degree()).as(id + " degree").isEqualTo(Integer.parseInt(e.get("degree")));
      assertThat(m.strength()).as(id + " strength").isEqualTo(Long.parseLong(e.get("strength")));
      assertThat(m.betweenness())
          .as(id + " betweenness")
          .isCloseTo(Double.parseDouble(e.get("betweenness")), within(EPS));
      assertClose(m.closeness(), Double.parseDouble(e.get("closeness")), id + " closeness");
      assertThat(m.coreness()).as(id + " coreness").isEqualTo(Integer.parseInt(e.get("coreness")));
      assertThat(m.component())
          .as(id + " component")
          .isEqualTo(Integer.parseInt(e.get("component")));
      assertThat(m.brokerage())
          .as(id + " brokerage")
          .isEqualTo(
              new Brokerage(
                  Long.parseLong(e.get("coordinator")),
                  Long.parseLong(e.get("gatekeeper")),
                  Long.parseLong(e.get("representative")),
                  Long.parseLong(e.get("consultant")),
                  Long.parseLong(e.get("liaison"))));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"five", "cycle", "mixed"})
  void summariesMatchTheCountsMadeInR(String graph) {
    Network network = ReferenceGraphs.network(graph);
    NetworkMetrics metrics = NetworkMetrics.of(network);
    Map<String, String> e = ReferenceGraphs.expectedSummary(graph);

    assertThat(network.size()).isEqualTo(Integer.parseInt(e.get("nodes")));
    assertThat(network.ties()).hasSize(Integer.parseInt(e.get("ties")));
    assertThat(network.arcs()).hasSize(Integer.parseInt(e.get("arcs")));
    assertThat(network.ties().stream().filter(Tie::reciprocated).count())
        .isEqualTo(Long.parseLong(e.get("reciprocated")));
    assertThat(network.ties().stream().mapToLong(Tie::weight).sum())
        .isEqualTo(Long.parseLong(e.get("weight_total")));
    assertThat(metrics.componentCount()).isEqualTo(Integer.parseInt(e.get("components")));
    assertThat(metrics.componentSizes())
        .isEqualTo(
            Arrays.stream(e.get("component_sizes").split(" ")).map(Integer::valueOf).toList());
    assertThat(metrics.triads().closed()).isEqualTo(Long.parseLong(e.get("closed_triads")));
    assertThat(metrics.triads().open()).isEqualTo(Long.parseLong(e.get("open_triads")));
    for (Sector s : Sector.values()) {
      assertThat(metrics.triads().openByCentre().get(s))
          .as("open triads centred on " + s)
          .isEqualTo(Long.parseLong(e.get("open_triads_centre_" + s.fileName())));
      assertThat(metrics.mixing().nodes(s))
          .isEqualTo(Long.parseLong(e.get("nodes_" + s.fileName())));
      for (Sector t : Sector.values()) {
        assertThat(metrics.mixing().ties(s, t))
            .as("ties " + s + "-" + t)
            .isEqualTo(Long.parseLong(e.get("ties_" + s.fileName() + "_" + t.fileName())));
      }
    }
    assertThat(metrics.brokerage())
        .isEqualTo(
            new Brokerage(
                Long.parseLong(e.get("coordinator")),
                Long.parseLong(e.get("gatekeeper")),
                Long.parseLong(e.get("representative")),
                Long.parseLong(e.get("consultant")),
                Long.parseLong(e.get("liaison"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"five", "cycle", "mixed"})
  void twoThreadsGiveTheSameBetweennessAndClosenessAsOne(String graph) {
    Network network = ReferenceGraphs.network(graph);
    List<NodeMetrics> one = NetworkMetrics.of(network, 1).nodes();
    List<NodeMetrics> two = NetworkMetrics.of(network, 2).nodes();
    for (int v = 0; v < one.size(); v++) {
      assertThat(two.get(v).betweenness()).isCloseTo(one.get(v).betweenness(), within(EPS));
      assertClose(two.get(v).closeness(), one.get(v).closeness(), "closeness");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"five", "cycle", "mixed"})
  void jgraphtsBrandesAgreesWithOurs(String graph) {
    Network network = ReferenceGraphs.network(graph);
    Map<String, Double> jgrapht = new BetweennessCentrality<>(network.asGraph()).getScores();
    for (NodeMetrics m : NetworkMetrics.of(network).nodes()) {
      assertThat(m.betweenness()).isCloseTo(jgrapht.get(m.organisation().id()), within(EPS));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"five", "cycle", "mixed"})
  void samplingEveryNodeAsPivotIsExact(String graph) {
    Network network = ReferenceGraphs.network(graph);
    Map<String, Double> sampled = NetworkMetrics.sampledBetweenness(network, network.size(), 7, 2);
    for (NodeMetrics m : NetworkMetrics.of(network).nodes()) {
      assertThat(sampled.get(m.organisation().id())).isCloseTo(m.betweenness(), within(EPS));
    }
  }

  private static void assertClose(double actual, double expected, String what) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what).isNaN();
    } else {
      assertThat(actual).as(what).isCloseTo(expected, within(EPS));
    }
  }
}
