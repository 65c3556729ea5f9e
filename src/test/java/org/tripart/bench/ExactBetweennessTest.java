package org.tripart.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.network.Network;
import org.tripart.network.NetworkBuilder;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.NodeMetrics;
import org.tripart.network.Tie;

/**
 * The exact betweenness and closeness of {@link NetworkMetrics} on a benchmark network are, to the
 * last bit, those of Brandes' textbook loop (one search per source in node order, neighbours in
 * node order, predecessors found by their distance) written out here.
 */
class ExactBetweennessTest {

  @Test
  void betweennessAndClosenessAreThoseOfTheTextbookLoopToTheLastBit() {
    NetworkBenchmarkData.Inputs in = NetworkBenchmarkData.generate(600, 6_000, 11);
    Network net = NetworkBuilder.build(in.organisations(), in.nominations(), in.unmatched());
    int n = net.size();
    Map<String, Integer> index = new HashMap<>();
    for (int v = 0; v < n; v++) {
      index.put(net.organisations().get(v).id(), v);
    }
    List<List<Integer>> adjacency = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      adjacency.add(new ArrayList<>());
    }
    for (Tie t : net.ties()) {
      adjacency.get(index.get(t.source())).add(index.get(t.target()));
      adjacency.get(index.get(t.target())).add(index.get(t.source()));
    }
    adjacency.forEach(l -> l.sort(null));
    double[] bc = new double[n];
    double[] closeness = new double[n];
    int[] dist = new int[n];
    double[] sigma = new double[n];
    double[] delta = new double[n];
    int[] queue = new int[n];
    for (int s = 0; s < n; s++) {
      Arrays.fill(dist, -1);
      Arrays.fill(sigma, 0);
      Arrays.fill(delta, 0);
      dist[s] = 0;
      sigma[s] = 1;
      queue[0] = s;
      int head = 0;
      int tail = 1;
      while (head < tail) {
        int v = queue[head++];
        for (int w : adjacency.get(v)) {
          if (dist[w] < 0) {
            dist[w] = dist[v] + 1;
            queue[tail++] = w;
          }
          if (dist[w] == dist[v] + 1) {
            sigma[w] += sigma[v];
          }
        }
      }
      long sum = 0;
      for (int q = 1; q < tail; q++) {
        sum += dist[queue[q]];
      }
      closeness[s] = tail == 1 ? Double.NaN : 1.0 / sum;
      for (int q = tail - 1; q > 0; q--) {
        int w = queue[q];
        for (int v : adjacency.get(w)) {
          if (dist[v] == dist[w] - 1) {
            delta[v] += sigma[v] * ((1 + delta[w]) / sigma[w]);
          }
        }
        bc[w] += delta[w];
      }
    }
    NetworkMetrics m = NetworkMetrics.of(net, 1);
    assertThat(net.ties()).hasSizeGreaterThan(5_000);
    for (int v = 0; v < n; v++) {
      NodeMetrics node = m.nodes().get(v);
      assertThat(Double.doubleToLongBits(node.betweenness()))
          .as("betweenness of %s", node.organisation().id())
          .isEqualTo(Double.doubleToLongBits(bc[v] / 2));
      assertThat(Double.doubleToLongBits(node.closeness()))
          .as("closeness of %s", node.organisation().id())
          .isEqualTo(Double.doubleToLongBits(closeness[v]));
    }
  }
}
