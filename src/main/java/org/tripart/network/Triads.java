package org.tripart.network;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.tripart.instrument.Sector;

/**
 * Tripartite triads of the undirected tie graph. A closed triad is a triangle of one hospital, one
 * institution and one company. An open triad is a two-path {@code a - c - b} whose three nodes are
 * of the three sectors and whose ends {@code a} and {@code b} are not tied; it is counted once per
 * centre {@code c} and unordered pair of ends. Immutable.
 *
 * @param closed the closed triads
 * @param open the open triads
 * @param openByCentre the open triads by the sector of their centre; every sector present
 */
public record Triads(long closed, long open, Map<Sector, Long> openByCentre) {
  public Triads {
    openByCentre = Collections.unmodifiableMap(new EnumMap<>(openByCentre));
  }

  static Triads count(Network network) {
    Network.Adjacency a = network.undirected();
    int n = network.size();
    Sector[] sector = new Sector[n];
    for (int v = 0; v < n; v++) {
      sector[v] = network.organisations().get(v).sector();
    }
    long[] through = new long[n];
    long closed = 0;
    for (int u = 0; u < n; u++) {
      if (sector[u] != Sector.HOSPITAL) {
        continue;
      }
      for (int p = a.off()[u]; p < a.off()[u + 1]; p++) {
        int v = a.nbr()[p];
        if (sector[v] != Sector.INSTITUTION) {
          continue;
        }
        int i = a.off()[u];
        int j = a.off()[v];
        while (i < a.off()[u + 1] && j < a.off()[v + 1]) {
          int x = a.nbr()[i];
          int y = a.nbr()[j];
          if (x < y) {
            i++;
          } else if (x > y) {
            j++;
          } else {
            if (sector[x] == Sector.COMPANY) {
              closed++;
              through[u]++;
              through[v]++;
              through[x]++;
            }
            i++;
            j++;
          }
        }
      }
    }
    Map<Sector, Long> byCentre = new EnumMap<>(Sector.class);
    for (Sector s : Sector.values()) {
      byCentre.put(s, 0L);
    }
    long open = 0;
    for (int c = 0; c < n; c++) {
      long[] perSector = new long[3];
      for (int p = a.off()[c]; p < a.off()[c + 1]; p++) {
        perSector[sector[a.nbr()[p]].ordinal()]++;
      }
      long pairs = 1;
      for (Sector s : Sector.values()) {
        if (s != sector[c]) {
          pairs *= perSector[s.ordinal()];
        }
      }
      long o = pairs - through[c];
      open += o;
      byCentre.merge(sector[c], o, Long::sum);
    }
    return new Triads(closed, open, byCentre);
  }
}
