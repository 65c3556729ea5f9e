package org.tripart.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Sector;

/**
 * A collaboration network: organisations as nodes, the undirected {@link Tie}s between them
 * (weighted by the distinct respondents who named them, marked reciprocated when each end named the
 * other) and the directed nomination graph of {@link Arc}s. Free-text partners are not nodes; they
 * are kept in {@link #unmatched()}. Build one with {@link NetworkBuilder}.
 *
 * <p>Immutable and safe to share between threads. Nodes keep the order the organisations were given
 * in; ties are ordered by their ends in that order. No method returns or accepts null.
 */
public final class Network {
  /** Compressed adjacency: the neighbours of node v are {@code nbr[off[v] .. off[v+1])}, sorted. */
  record Adjacency(int[] off, int[] nbr, int[] tie) {}

  private final List<Organisation> nodes;
  private final Map<String, Integer> index;
  private final List<Tie> ties;
  private final Adjacency undirected;
  private final List<Arc> arcs;
  private final Adjacency out;
  private final Adjacency in;
  private final List<Nomination> nominations;
  private final List<UnmatchedPartner> unmatched;
  private Graph<String, Tie> graph;

  Network(
      List<Organisation> nodes,
      Map<String, Integer> index,
      List<Tie> ties,
      Adjacency undirected,
      List<Arc> arcs,
      Adjacency out,
      Adjacency in,
      List<Nomination> nominations,
      List<UnmatchedPartner> unmatched) {
    this.nodes = nodes;
    this.index = index;
    this.ties = ties;
    this.undirected = undirected;
    this.arcs = arcs;
    this.out = out;
    this.in = in;
    this.nominations = nominations;
    this.unmatched = unmatched;
  }

  static Network assemble(
      List<Organisation> organisations,
      List<Nomination> nominations,
      List<UnmatchedPartner> unmatched) {
    return Assembler.assemble(organisations, nominations, unmatched);
  }

  /** The nodes, in the order given to the builder. */
  public List<Organisation> organisations() {
    return nodes;
  }

  public Optional<Organisation> organisation(String id) {
    Integer i = index.get(id);
    return i == null ? Optional.empty() : Optional.of(nodes.get(i));
  }

  /** The number of nodes. */
  public int size() {
    return nodes.size();
  }

  /** Every undirected tie, ordered by its ends' positions in the node order. */
  public List<Tie> ties() {
    return ties;
  }

  /** The tie between two organisations, in either order, if there is one. */
  public Optional<Tie> tie(String a, String b) {
    Integer i = index.get(a);
    Integer j = index.get(b);
    if (i == null || j == null) {
      return Optional.empty();
    }
    int k = find(undirected, i, j);
    return k < 0 ? Optional.empty() : Optional.of(ties.get(undirected.tie[k]));
  }

  /** The ties of one organisation, ordered by the partner's position; empty for an unknown id. */
  public List<Tie> tiesOf(String id) {
    Integer v = index.get(id);
    if (v == null) {
      return List.of();
    }
    List<Tie> result = new ArrayList<>();
    for (int k = undirected.off[v]; k < undirected.off[v + 1]; k++) {
      result.add(ties.get(undirected.tie[k]));
    }
    return Collections.unmodifiableList(result);
  }

  /** The directed nomination graph: one arc per (own organisation, partner) named. */
  public List<Arc> arcs() {
    return arcs;
  }

  /** The nominations the network was built from, in the order given. */
  public List<Nomination> nominations() {
    return nominations;
  }

  /** The free-text partners, for the researcher to match; never shown to viewers. */
  public List<UnmatchedPartner> unmatched() {
    return unmatched;
  }

  /**
   * The undirected tie graph as an unmodifiable, unweighted JGraphT graph whose vertices are
   * organisation ids and whose edges are the ties. Built on first use.
   */
  public synchronized Graph<String, Tie> asGraph() {
    if (graph == null) {
      Graph<String, Tie> g =
          GraphTypeBuilder.<String, Tie>undirected()
              .allowingSelfLoops(false)
              .allowingMultipleEdges(false)
              .weighted(false)
              .buildGraph();
      nodes.forEach(o -> g.addVertex(o.id()));
      ties.forEach(t -> g.addEdge(t.source(), t.target(), t));
      graph = new AsUnmodifiableGraph<>(g);
    }
    return graph;
  }

  /** The organisations whose province is one of {@code codes}, and their ties among themselves. */
  public Network withProvinces(Set<String> codes) {
    return keepNodes(o -> codes.contains(o.provinceCode()));
  }

  /** The organisations of the tiers given, and their ties among themselves. */
  public Network withTiers(Set<Tier> tiers) {
    return keepNodes(o -> tiers.contains(o.tier()));
  }

  /** The organisations of the sectors given, and their ties among themselves. */
  public Network withSectors(Set<Sector> sectors) {
    return keepNodes(o -> sectors.contains(o.sector()));
  }

  /**
   * Every organisation, and only the nominations with at least one of the kinds given (a nomination
   * without kinds is dropped); weights and reciprocity are counted again.
   */
  public Network withTieKinds(Set<String> kinds) {
    List<Nomination> kept =
        nominations.stream().filter(n -> n.kinds().stream().anyMatch(kinds::contains)).toList();
    return Assembler.assemble(nodes, kept, unmatched);
  }

  /** What viewers may see at a disclosure threshold: see {@link ViewerNetwork#of(Network, int)}. */
  public ViewerNetwork forViewers(int threshold) {
    return ViewerNetwork.of(this, threshold);
  }

  private Network keepNodes(Predicate<Organisation> keep) {
    List<Organisation> kept = nodes.stream().filter(keep).toList();
    Set<String> ids = new java.util.HashSet<>();
    kept.forEach(o -> ids.add(o.id()));
    List<Nomination> noms =
        nominations.stream().filter(n -> ids.contains(n.ego()) && ids.contains(n.alter())).toList();
    List<UnmatchedPartner> free = unmatched.stream().filter(u -> ids.contains(u.ego())).toList();
    return Assembler.assemble(kept, noms, free);
  }

  int indexOf(String id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  Adjacency undirected() {
    return undirected;
  }

  Adjacency out() {
    return out;
  }

  Adjacency in() {
    return in;
  }

  /** The position of {@code w} among the sorted neighbours of {@code v}, or -1. */
  static int find(Adjacency a, int v, int w) {
    int k = java.util.Arrays.binarySearch(a.nbr, a.off[v], a.off[v + 1], w);
    return k < 0 ? -1 : k;
  }
}
