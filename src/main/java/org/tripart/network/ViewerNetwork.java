package org.tripart.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Sector;

/**
 * What viewers of a study may see of a network at a disclosure threshold: the ties that at least
 * {@code threshold} respondents named, between the organisations they join, and every other tie
 * merged into a count of ties between (province, sector) cells. Free-text partners are never
 * included, and respondent ids are replaced by {@code viewer-N}. Immutable and thread-safe.
 *
 * @param threshold the least number of respondents behind a tie shown
 * @param network the ties shown, the organisations at their ends and the nominations behind them
 * @param suppressed the ties not shown, counted by the province and sector of their ends
 */
public record ViewerNetwork(int threshold, Network network, List<SuppressedFlow> suppressed) {
  public ViewerNetwork {
    Objects.requireNonNull(network, "network");
    suppressed = List.copyOf(suppressed);
  }

  /**
   * Ties too thin to show, between organisations of province {@code provinceA} and sector {@code
   * sectorA} and of {@code provinceB} and {@code sectorB}; the A cell is the smaller one (province
   * code, then sector order). An empty province is unknown.
   */
  public record SuppressedFlow(
      String provinceA, Sector sectorA, String provinceB, Sector sectorB, int ties) {}

  private static final Comparator<Organisation> CELL =
      Comparator.comparing(Organisation::provinceCode).thenComparing(Organisation::sector);

  /**
   * The viewers' part of {@code network}.
   *
   * @throws TripartException TRP-1103 when {@code threshold} is below 1
   */
  public static ViewerNetwork of(Network network, int threshold) {
    if (threshold < 1) {
      throw new TripartException(
          ErrorCode.NETWORK_SETTINGS,
          "disclosure threshold",
          "must be at least 1 respondent, was " + threshold);
    }
    Set<String> shownPairs = new HashSet<>();
    Set<String> shownNodes = new HashSet<>();
    Map<String, SuppressedFlow> cells = new HashMap<>();
    for (Tie t : network.ties()) {
      if (t.weight() >= threshold) {
        shownPairs.add(pairKey(t.source(), t.target()));
        shownNodes.add(t.source());
        shownNodes.add(t.target());
        continue;
      }
      Organisation a = network.organisation(t.source()).orElseThrow();
      Organisation b = network.organisation(t.target()).orElseThrow();
      if (CELL.compare(a, b) > 0) {
        Organisation swap = a;
        a = b;
        b = swap;
      }
      String key = a.provinceCode() + "|" + a.sector() + "|" + b.provinceCode() + "|" + b.sector();
      cells.merge(
          key,
          new SuppressedFlow(a.provinceCode(), a.sector(), b.provinceCode(), b.sector(), 1),
          (x, y) ->
              new SuppressedFlow(
                  x.provinceA(), x.sectorA(), x.provinceB(), x.sectorB(), x.ties() + 1));
    }
    List<SuppressedFlow> merged = new ArrayList<>(cells.values());
    merged.sort(
        Comparator.comparing(SuppressedFlow::provinceA)
            .thenComparing(SuppressedFlow::sectorA)
            .thenComparing(SuppressedFlow::provinceB)
            .thenComparing(SuppressedFlow::sectorB));
    List<Organisation> nodes =
        network.organisations().stream().filter(o -> shownNodes.contains(o.id())).toList();
    Map<String, String> pseudonyms = new HashMap<>();
    List<Nomination> nominations = new ArrayList<>();
    for (Nomination n : network.nominations()) {
      if (shownPairs.contains(pairKey(n.ego(), n.alter()))) {
        String id =
            pseudonyms.computeIfAbsent(n.respondentId(), k -> "viewer-" + (pseudonyms.size() + 1));
        nominations.add(new Nomination(id, n.ego(), n.alter(), n.kinds()));
      }
    }
    return new ViewerNetwork(threshold, Network.assemble(nodes, nominations, List.of()), merged);
  }

  private static String pairKey(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }
}
