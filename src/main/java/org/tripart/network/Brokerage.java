package org.tripart.network;

/**
 * Gould-Fernandez brokerage counts of a node on the directed nomination graph, with sector as the
 * group: the two-paths {@code i -> j -> k} (i, k distinct, no arc {@code i -> k}) through broker
 * {@code j}, by the sectors of the three. Matches R {@code sna::brokerage(net, cl)$raw.nli}.
 * Immutable.
 *
 * @param coordinator all three in one sector (sna {@code w_I})
 * @param gatekeeper i in another sector, j and k in one (sna {@code b_OI})
 * @param representative i and j in one sector, k in another (sna {@code b_IO})
 * @param consultant i and k in one sector, j in another (sna {@code w_O})
 * @param liaison all three in different sectors (sna {@code b_O})
 */
public record Brokerage(
    long coordinator, long gatekeeper, long representative, long consultant, long liaison) {
  public static final Brokerage NONE = new Brokerage(0, 0, 0, 0, 0);

  /** All five counts added (sna {@code t}). */
  public long total() {
    return coordinator + gatekeeper + representative + consultant + liaison;
  }

  public Brokerage plus(Brokerage o) {
    return new Brokerage(
        coordinator + o.coordinator,
        gatekeeper + o.gatekeeper,
        representative + o.representative,
        consultant + o.consultant,
        liaison + o.liaison);
  }

  /**
   * The counts of every node, in node order. The two-paths are taken by their first node {@code i},
   * whose arcs are marked once, so that "no arc {@code i -> k}" is one look-up.
   */
  static Brokerage[] count(Network network) {
    Network.Adjacency out = network.out();
    int n = network.size();
    int[] sector = new int[n];
    for (int v = 0; v < n; v++) {
      sector[v] = network.organisations().get(v).sector().ordinal();
    }
    long[] c = new long[5 * n];
    int[] markedBy = new int[n];
    java.util.Arrays.fill(markedBy, -1);
    int[] off = out.off();
    int[] nbr = out.nbr();
    for (int i = 0; i < n; i++) {
      for (int p = off[i]; p < off[i + 1]; p++) {
        markedBy[nbr[p]] = i;
      }
      for (int p = off[i]; p < off[i + 1]; p++) {
        int j = nbr[p];
        for (int q = off[j]; q < off[j + 1]; q++) {
          int k = nbr[q];
          if (k != i && markedBy[k] != i) {
            c[5 * j + role(sector[i], sector[j], sector[k])]++;
          }
        }
      }
    }
    Brokerage[] result = new Brokerage[n];
    for (int j = 0; j < n; j++) {
      int b = 5 * j;
      result[j] = new Brokerage(c[b], c[b + 1], c[b + 2], c[b + 3], c[b + 4]);
    }
    return result;
  }

  private static int role(int i, int j, int k) {
    if (i == j) {
      return j == k ? 0 : 2;
    }
    if (j == k) {
      return 1;
    }
    return i == k ? 3 : 4;
  }
}
