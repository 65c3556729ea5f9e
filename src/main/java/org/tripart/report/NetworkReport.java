package org.tripart.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Sector;
import org.tripart.network.Brokerage;
import org.tripart.network.Distribution;
import org.tripart.network.Flows;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.NodeMetrics;
import org.tripart.network.ResponseNetwork;
import org.tripart.network.SectorMixing;
import org.tripart.network.Tie;
import org.tripart.network.Triads;

/**
 * The collaboration network's statistics as a {@link Document}: what went in, ties by sector, the
 * sector mixing matrix with densities and E-I, degree and strength by sector, components and
 * k-cores, the most central organisations, brokerage roles, tripartite triads, and the province and
 * tier flows. Definitions in {@code network.md} of package {@code org.tripart.network}. Stateless.
 */
public final class NetworkReport {
  /** How many organisations the centrality and brokerage tables list. */
  public static final int TOP = 10;

  private NetworkReport() {}

  /**
   * The report of {@code metrics}.
   *
   * @param source what the responses are, for the title and notes (starts with {@code SYNTHETIC}
   *     for made-up data, which adds a banner)
   * @param inputs what went into the network, or null when not known
   */
  public static Document document(
      NetworkMetrics metrics, ResponseNetwork.Inputs inputs, String source) {
    Document.Builder d = Document.builder("Collaboration network: " + source);
    if (source.startsWith("SYNTHETIC")) {
      d.banner("SYNTHETIC demonstration data: these are not real organisations or collaborations.");
    }
    d.heading(1, "Collaboration network: " + source);
    d.paragraph(summary(metrics, inputs));
    d.table(sectors(metrics));
    d.table(mixing(metrics.mixing()));
    d.table(distributions(metrics));
    d.table(components(metrics));
    d.table(central(metrics));
    d.table(brokerage(metrics));
    d.table(triads(metrics.triads()));
    d.table(provinces(metrics.provinceFlows()));
    d.table(tiers(metrics.tierFlows()));
    return d.build();
  }

  static String summary(NetworkMetrics m, ResponseNetwork.Inputs inputs) {
    long reciprocated = m.network().ties().stream().filter(Tie::reciprocated).count();
    StringBuilder s = new StringBuilder();
    s.append(m.network().size())
        .append(" organisations and ")
        .append(m.network().ties().size())
        .append(" ties (")
        .append(reciprocated)
        .append(" reciprocated, named from both ends); ")
        .append(m.componentCount())
        .append(" components, the largest of ")
        .append(m.componentSizes().isEmpty() ? 0 : m.componentSizes().get(0))
        .append(" organisations.");
    if (inputs != null) {
      s.append(' ')
          .append(inputs.naming())
          .append(" of ")
          .append(inputs.asked())
          .append(" respondents asked named at least one partner: ")
          .append(inputs.listedPartners())
          .append(" from the registers and ")
          .append(inputs.typedPartners())
          .append(" typed in (kept for matching, not in the network).");
      if (inputs.unplacedPartners() > 0) {
        s.append(' ')
            .append(inputs.unplacedPartners())
            .append(" partners of respondents whose own organisation is unknown are left out.");
      }
    }
    return s.toString();
  }

  static Table sectors(NetworkMetrics m) {
    SectorMixing mix = m.mixing();
    Table.Builder t =
        Table.builder("Organisations and ties by sector")
            .column("Sector", Align.LEFT)
            .column("Organisations", Align.RIGHT)
            .column("Ties within", Align.RIGHT)
            .column("Ties to other sectors", Align.RIGHT)
            .column("E-I index", Align.RIGHT);
    for (Sector s : Sector.values()) {
      long within = mix.ties(s, s);
      long across = 0;
      for (Sector o : Sector.values()) {
        if (o != s) {
          across += mix.ties(s, o);
        }
      }
      t.row(
          name(s),
          Long.toString(mix.nodes(s)),
          Long.toString(within),
          Long.toString(across),
          fixed(mix.eiIndex(s), 3));
    }
    t.row(
        "All",
        Integer.toString(m.network().size()),
        Long.toString(mix.internal()),
        Long.toString(mix.external()),
        fixed(mix.eiIndex(), 3));
    return t.note(
            "E-I index: (ties to other sectors - ties within) / all ties of the sector's"
                + " organisations; -1 all within, +1 all across.")
        .build();
  }

  static Table mixing(SectorMixing mix) {
    Table.Builder t = Table.builder("Sector mixing: ties (density)").column("", Align.LEFT);
    for (Sector s : Sector.values()) {
      t.column(name(s), Align.RIGHT);
    }
    for (Sector a : Sector.values()) {
      List<String> row = new ArrayList<>();
      row.add(name(a));
      for (Sector b : Sector.values()) {
        row.add(mix.ties(a, b) + " (" + fixed(mix.density(a, b), 4) + ")");
      }
      t.row(row);
    }
    return t.note(
            "Density: ties / possible pairs (n(n-1)/2 within a sector, n_a x n_b between two);"
                + " blank density when no pair is possible.")
        .build();
  }

  static Table distributions(NetworkMetrics m) {
    Table.Builder t =
        Table.builder("Degree and strength by sector")
            .column("Sector", Align.LEFT)
            .column("n", Align.RIGHT)
            .column("Degree mean", Align.RIGHT)
            .column("Degree median", Align.RIGHT)
            .column("Degree max", Align.RIGHT)
            .column("Strength mean", Align.RIGHT)
            .column("Strength max", Align.RIGHT);
    for (Sector s : Sector.values()) {
      Distribution deg = m.degreeBySector().get(s);
      Distribution str = m.strengthBySector().get(s);
      t.row(
          name(s),
          Integer.toString(deg.n()),
          fixed(deg.mean(), 2),
          fixed(deg.median(), 1),
          Long.toString(deg.max()),
          fixed(str.mean(), 2),
          Long.toString(str.max()));
    }
    return t.note(
            "Degree: organisations tied to; strength: the respondents behind those ties, summed.")
        .build();
  }

  static Table components(NetworkMetrics m) {
    Map<Integer, Integer> byCore = new TreeMap<>(Comparator.reverseOrder());
    for (NodeMetrics n : m.nodes()) {
      byCore.merge(n.coreness(), 1, Integer::sum);
    }
    Table.Builder t =
        Table.builder("k-cores")
            .column("k", Align.RIGHT)
            .column("Organisations with coreness k", Align.RIGHT);
    byCore.forEach((k, n) -> t.row(Integer.toString(k), Integer.toString(n)));
    List<Integer> sizes = m.componentSizes();
    long isolates = sizes.stream().filter(s -> s == 1).count();
    return t.note(
            m.componentCount()
                + " connected components; sizes of the largest: "
                + sizes.stream().limit(5).map(String::valueOf).toList()
                + "; "
                + isolates
                + " isolates (organisations whose respondents named no partner from the registers).")
        .build();
  }

  static Table central(NetworkMetrics m) {
    Table.Builder t =
        Table.builder("Most central organisations (by betweenness)")
            .column("Organisation", Align.LEFT)
            .column("Sector", Align.LEFT)
            .column("Province", Align.LEFT)
            .column("Degree", Align.RIGHT)
            .column("Strength", Align.RIGHT)
            .column("Betweenness", Align.RIGHT)
            .column("Closeness", Align.RIGHT)
            .column("Coreness", Align.RIGHT);
    m.nodes().stream()
        .sorted(
            Comparator.comparingDouble(NodeMetrics::betweenness)
                .reversed()
                .thenComparing(n -> n.organisation().id()))
        .limit(TOP)
        .forEach(
            n ->
                t.row(
                    label(n),
                    name(n.organisation().sector()),
                    province(n.organisation().provinceCode()),
                    Integer.toString(n.degree()),
                    Long.toString(n.strength()),
                    fixed(n.betweenness(), 1),
                    Double.isNaN(n.closeness())
                        ? ""
                        : String.format(Locale.ROOT, "%.3g", n.closeness()),
                    Integer.toString(n.coreness())));
    return t.note(
            "Betweenness: shortest paths through the organisation, undirected and unweighted,"
                + " unnormalised (igraph betweenness(g, directed = FALSE)); closeness: 1 / the sum"
                + " of distances to the organisations it reaches.")
        .build();
  }

  static Table brokerage(NetworkMetrics m) {
    Table.Builder t =
        Table.builder("Brokerage roles across sectors (Gould-Fernandez)")
            .column("Broker's sector", Align.LEFT)
            .column("Coordinator", Align.RIGHT)
            .column("Gatekeeper", Align.RIGHT)
            .column("Representative", Align.RIGHT)
            .column("Consultant", Align.RIGHT)
            .column("Liaison", Align.RIGHT)
            .column("Total", Align.RIGHT);
    for (Sector s : Sector.values()) {
      Brokerage b = Brokerage.NONE;
      for (NodeMetrics n : m.nodes()) {
        if (n.organisation().sector() == s) {
          b = b.plus(n.brokerage());
        }
      }
      t.row(brokerageRow(name(s), b));
    }
    t.row(brokerageRow("All", m.brokerage()));
    NodeMetrics top =
        m.nodes().stream()
            .max(
                Comparator.comparingLong((NodeMetrics n) -> n.brokerage().liaison())
                    .thenComparing(n -> n.organisation().id(), Comparator.reverseOrder()))
            .orElse(null);
    if (top != null && top.brokerage().liaison() > 0) {
      t.note(
          "The leading liaison, brokering between two other sectors most often: "
              + label(top)
              + " ("
              + top.brokerage().liaison()
              + " paths).");
    }
    return t.note(
            "Two-paths i -> broker -> k on the nominations (who named whom) with no i -> k:"
                + " coordinator all in one sector; gatekeeper i outside, broker and k inside;"
                + " representative i and broker inside, k outside; consultant i and k in one"
                + " sector, broker in another; liaison three sectors.")
        .build();
  }

  private static List<String> brokerageRow(String label, Brokerage b) {
    return List.of(
        label,
        Long.toString(b.coordinator()),
        Long.toString(b.gatekeeper()),
        Long.toString(b.representative()),
        Long.toString(b.consultant()),
        Long.toString(b.liaison()),
        Long.toString(b.total()));
  }

  static Table triads(Triads tr) {
    Table.Builder t =
        Table.builder("Tripartite triads (hospital, institution, company)")
            .column("", Align.LEFT)
            .column("Triads", Align.RIGHT);
    t.row("Closed (all three tied)", Long.toString(tr.closed()));
    t.row("Open (two ties, ends not tied)", Long.toString(tr.open()));
    for (Sector s : Sector.values()) {
      t.row(
          "  open, centred on " + (s == Sector.INSTITUTION ? "an " : "a ") + s.fileName(),
          Long.toString(tr.openByCentre().get(s)));
    }
    long all = tr.closed() + tr.open();
    return t.note(
            all == 0
                ? "No two-path joins the three sectors."
                : "Share closed: "
                    + fixed(100.0 * tr.closed() / all, 1)
                    + "% of tripartite triads.")
        .build();
  }

  static Table provinces(Flows f) {
    List<long[]> pairs = new ArrayList<>();
    List<String> labels = f.labels();
    List<List<Long>> matrix = f.matrix();
    long within = 0;
    long total = 0;
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i; j < labels.size(); j++) {
        long n = matrix.get(i).get(j);
        if (n > 0) {
          pairs.add(new long[] {i, j, n});
          total += n;
          within += i == j ? n : 0;
        }
      }
    }
    pairs.sort(Comparator.comparingLong((long[] p) -> -p[2]).thenComparingLong(p -> p[0]));
    Table.Builder t =
        Table.builder("Province flows: the largest")
            .column("Province", Align.LEFT)
            .column("Province", Align.LEFT)
            .column("Ties", Align.RIGHT);
    for (long[] p : pairs.subList(0, Math.min(15, pairs.size()))) {
      t.row(
          province(labels.get((int) p[0])),
          p[0] == p[1] ? "(within)" : province(labels.get((int) p[1])),
          Long.toString(p[2]));
    }
    if (total > 0) {
      t.note(
          within
              + " of "
              + total
              + " placed ties ("
              + fixed(100.0 * within / total, 1)
              + "%) stay within one province.");
    }
    if (f.unplaced() > 0) {
      t.note(f.unplaced() + " ties have an end of unknown province.");
    }
    return t.build();
  }

  static Table tiers(Flows f) {
    Table.Builder t = Table.builder("Ties by hospital tier of the ends").column("", Align.LEFT);
    for (String l : f.labels()) {
      t.column(tier(l), Align.RIGHT);
    }
    List<List<Long>> m = f.matrix();
    for (int i = 0; i < f.labels().size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(tier(f.labels().get(i)));
      m.get(i).forEach(n -> row.add(Long.toString(n)));
      t.row(row);
    }
    return t.note("Research institutions and companies count as 'other'.").build();
  }

  private static String tier(String fileName) {
    for (Tier t : Tier.values()) {
      if (t.fileName().equals(fileName)) {
        return fileName.substring(0, 1).toUpperCase(Locale.ROOT) + fileName.substring(1);
      }
    }
    return fileName;
  }

  static String name(Sector s) {
    return switch (s) {
      case HOSPITAL -> "Hospitals";
      case INSTITUTION -> "Research institutions";
      case COMPANY -> "Companies";
    };
  }

  private static String label(NodeMetrics n) {
    String name = n.organisation().name();
    return name.isEmpty() ? n.organisation().id() : name + " (" + n.organisation().id() + ")";
  }

  static String province(String code) {
    return Provinces.byCode(code).map(p -> p.nameEn()).orElse(code.isEmpty() ? "unknown" : code);
  }

  static String fixed(double v, int decimals) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
