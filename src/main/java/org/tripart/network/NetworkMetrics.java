package org.tripart.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.Coreness;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Province;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Sector;

/**
 * Every measure of a {@link Network} that Tripart reports: per node (degree, strength, betweenness,
 * closeness, coreness, component, brokerage roles), per sector (mixing, E-I, degree and strength
 * distributions), tripartite triads, components, and the province and tier flows. Definitions in
 * {@code network.md}. Immutable and safe to share between threads.
 */
public final class NetworkMetrics {
  private final Network network;
  private final List<NodeMetrics> nodes;
  private final Map<String, NodeMetrics> byId;
  private final SectorMixing mixing;
  private final Map<Sector, Distribution> degrees;
  private final Map<Sector, Distribution> strengths;
  private final List<Integer> componentSizes;
  private final Brokerage brokerage;
  private final Triads triads;
  private final Flows provinces;
  private final Flows tiers;

  private NetworkMetrics(Network network, int threads) {
    this.network = network;
    int n = network.size();
    Network.Adjacency a = network.undirected();
    ExecutorService background = threads > 1 ? Executors.newSingleThreadExecutor() : null;
    try {
      Future<Brandes.Result> search =
          background == null ? null : background.submit(() -> Brandes.exact(a, n, threads));
      Map<String, Integer> cores = new Coreness<>(network.asGraph()).getScores();
      List<Set<String>> components = new ConnectivityInspector<>(network.asGraph()).connectedSets();
      Map<String, Integer> componentOf = new HashMap<>();
      List<Integer> sizes = new ArrayList<>();
      components.sort(
          java.util.Comparator.comparingInt(
              (Set<String> c) -> c.stream().mapToInt(network::indexOf).min().orElse(0)));
      for (int c = 0; c < components.size(); c++) {
        int index = c;
        components.get(c).forEach(id -> componentOf.put(id, index));
        sizes.add(components.get(c).size());
      }
      sizes.sort(Collections.reverseOrder());
      this.componentSizes = List.copyOf(sizes);
      Brokerage[] roles = Brokerage.count(network);
      this.mixing = SectorMixing.of(network);
      this.triads = Triads.count(network);
      this.provinces =
          Flows.of(
              network,
              Provinces.all().stream().map(Province::code).toList(),
              Organisation::provinceCode);
      this.tiers =
          Flows.of(
              network,
              java.util.Arrays.stream(Tier.values()).map(Tier::fileName).toList(),
              o -> o.tier().fileName());
      Brandes.Result paths = search == null ? Brandes.exact(a, n, 1) : await(search);
      List<NodeMetrics> all = new ArrayList<>(n);
      Map<String, NodeMetrics> ids = new HashMap<>();
      Brokerage sum = Brokerage.NONE;
      for (int v = 0; v < n; v++) {
        Organisation o = network.organisations().get(v);
        long strength = 0;
        for (int k = a.off()[v]; k < a.off()[v + 1]; k++) {
          strength += network.ties().get(a.tie()[k]).weight();
        }
        NodeMetrics m =
            new NodeMetrics(
                o,
                a.off()[v + 1] - a.off()[v],
                strength,
                paths.betweenness()[v],
                paths.closeness()[v],
                cores.get(o.id()),
                componentOf.get(o.id()),
                roles[v]);
        all.add(m);
        ids.put(o.id(), m);
        sum = sum.plus(roles[v]);
      }
      this.nodes = List.copyOf(all);
      this.byId = Map.copyOf(ids);
      this.brokerage = sum;
      this.degrees = bySector(true);
      this.strengths = bySector(false);
    } finally {
      if (background != null) {
        background.shutdownNow();
      }
    }
  }

  private static Brandes.Result await(Future<Brandes.Result> search) {
    try {
      return search.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing shortest paths", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("shortest paths failed", e.getCause());
    }
  }

  /** The measures of {@code network}, shortest paths on one thread. */
  public static NetworkMetrics of(Network network) {
    return of(network, 1);
  }

  /**
   * The measures of {@code network}, the shortest paths (betweenness, closeness) on {@code threads}
   * threads; the result does not depend on the number of threads beyond rounding. With more than
   * one thread the other measures are computed on the calling thread meanwhile.
   *
   * @throws TripartException TRP-1103 when {@code threads} is below 1
   */
  public static NetworkMetrics of(Network network, int threads) {
    if (threads < 1) {
      throw new TripartException(
          ErrorCode.NETWORK_SETTINGS, "threads", "must be at least 1, was " + threads);
    }
    return new NetworkMetrics(network, threads);
  }

  /**
   * Betweenness estimated from {@code pivots} sources drawn at random with {@code seed} (Brandes
   * and Pich's pivot sampling), scaled by nodes / pivots to estimate {@link
   * NodeMetrics#betweenness()}; exact when pivots is at least the number of nodes.
   *
   * @return the estimates by organisation id
   * @throws TripartException TRP-1103 when {@code pivots} or {@code threads} is below 1
   */
  public static Map<String, Double> sampledBetweenness(
      Network network, int pivots, long seed, int threads) {
    if (pivots < 1 || threads < 1) {
      throw new TripartException(
          ErrorCode.NETWORK_SETTINGS,
          "sampled betweenness",
          "pivots and threads must be at least 1, were " + pivots + " and " + threads);
    }
    double[] bc = Brandes.sampled(network.undirected(), network.size(), pivots, seed, threads);
    Map<String, Double> result = new HashMap<>();
    for (int v = 0; v < bc.length; v++) {
      result.put(network.organisations().get(v).id(), bc[v]);
    }
    return Collections.unmodifiableMap(result);
  }

  public Network network() {
    return network;
  }

  /** One entry per node, in node order. */
  public List<NodeMetrics> nodes() {
    return nodes;
  }

  public Optional<NodeMetrics> node(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Nodes and ties by sector, densities and E-I indices. */
  public SectorMixing mixing() {
    return mixing;
  }

  /** The degree distribution of each sector's nodes; every sector present. */
  public Map<Sector, Distribution> degreeBySector() {
    return degrees;
  }

  /** The strength distribution of each sector's nodes; every sector present. */
  public Map<Sector, Distribution> strengthBySector() {
    return strengths;
  }

  /** The sizes of the connected components, largest first (isolates are components of 1). */
  public List<Integer> componentSizes() {
    return componentSizes;
  }

  public int componentCount() {
    return componentSizes.size();
  }

  /** The brokerage counts of all nodes added. */
  public Brokerage brokerage() {
    return brokerage;
  }

  public Triads triads() {
    return triads;
  }

  /** The ties between and within the 31 provinces, by GB/T 2260 code. */
  public Flows provinceFlows() {
    return provinces;
  }

  /** The ties between and within tiers, by tier name ({@code tertiary}, ...). */
  public Flows tierFlows() {
    return tiers;
  }

  private Map<Sector, Distribution> bySector(boolean degree) {
    Map<Sector, Distribution> result = new EnumMap<>(Sector.class);
    for (Sector s : Sector.values()) {
      long[] values =
          nodes.stream()
              .filter(m -> m.organisation().sector() == s)
              .mapToLong(m -> degree ? m.degree() : m.strength())
              .toArray();
      result.put(s, Distribution.of(values));
    }
    return Collections.unmodifiableMap(result);
  }
}
