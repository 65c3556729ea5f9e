package org.tripart.network;

import org.tripart.instrument.Sector;

/**
 * The 3x3 sector mixing of a network: nodes per sector, ties between and within sectors, block
 * densities and Krackhardt and Stern's E-I index. Immutable.
 */
public final class SectorMixing {
  private final long[] nodes = new long[3];
  private final long[][] ties = new long[3][3];

  private SectorMixing() {}

  static SectorMixing of(Network network) {
    SectorMixing m = new SectorMixing();
    network.organisations().forEach(o -> m.nodes[o.sector().ordinal()]++);
    for (Tie t : network.ties()) {
      int a = network.organisation(t.source()).orElseThrow().sector().ordinal();
      int b = network.organisation(t.target()).orElseThrow().sector().ordinal();
      m.ties[a][b]++;
      if (a != b) {
        m.ties[b][a]++;
      }
    }
    return m;
  }

  public long nodes(Sector s) {
    return nodes[s.ordinal()];
  }

  /** The ties between {@code a} and {@code b} (within, when equal); symmetric. */
  public long ties(Sector a, Sector b) {
    return ties[a.ordinal()][b.ordinal()];
  }

  /** The pairs that could be tied: n_a * n_b between sectors, n (n - 1) / 2 within one. */
  public long possible(Sector a, Sector b) {
    long na = nodes(a);
    return a == b ? na * (na - 1) / 2 : na * nodes(b);
  }

  /** Ties / possible pairs; NaN when no pair is possible. */
  public double density(Sector a, Sector b) {
    long p = possible(a, b);
    return p == 0 ? Double.NaN : (double) ties(a, b) / p;
  }

  /** The ties between organisations of different sectors. */
  public long external() {
    long e = 0;
    for (Sector a : Sector.values()) {
      for (Sector b : Sector.values()) {
        if (a.ordinal() < b.ordinal()) {
          e += ties(a, b);
        }
      }
    }
    return e;
  }

  /** The ties within one sector. */
  public long internal() {
    long i = 0;
    for (Sector a : Sector.values()) {
      i += ties(a, a);
    }
    return i;
  }

  /** (E - I) / (E + I) over all ties, from -1 (all within sectors) to 1; NaN without ties. */
  public double eiIndex() {
    return ei(external(), internal());
  }

  /**
   * The E-I index of one sector: E the ties with exactly one end in {@code s}, I the ties with both
   * ends in it; NaN when it has no tie.
   */
  public double eiIndex(Sector s) {
    long e = 0;
    for (Sector b : Sector.values()) {
      if (b != s) {
        e += ties(s, b);
      }
    }
    return ei(e, ties(s, s));
  }

  private static double ei(long e, long i) {
    return e + i == 0 ? Double.NaN : (double) (e - i) / (e + i);
  }
}
