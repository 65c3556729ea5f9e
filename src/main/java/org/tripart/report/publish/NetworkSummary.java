package org.tripart.report.publish;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Sector;
import org.tripart.network.Distribution;
import org.tripart.network.Flows;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.NodeMetrics;
import org.tripart.network.ResponseNetwork;
import org.tripart.network.SectorMixing;
import org.tripart.network.Tie;
import org.tripart.report.Align;
import org.tripart.report.Table;

/**
 * The collaboration network as a publication prints it: one table of network statistics and the
 * sentences of the drafted results, both from the same {@link NetworkMetrics}. Percentages are
 * printed as {@link Numbers#percent} prints them elsewhere; they describe the ties named, a census
 * of what respondents reported, so no interval is given. Stateless.
 */
public final class NetworkSummary {
  private NetworkSummary() {}

  /** The network statistics table. */
  public static Table table(
      String caption, NetworkMetrics m, ResponseNetwork.Inputs inputs, String provenance) {
    SectorMixing mix = m.mixing();
    long n = m.network().size();
    long ties = m.network().ties().size();
    long reciprocated = m.network().ties().stream().filter(Tie::reciprocated).count();
    Table.Builder t =
        Table.builder(caption).column("Statistic", Align.LEFT).column("Value", Align.RIGHT);
    t.row(
        "Organisations",
        Numbers.count(n)
            + " (hospitals "
            + Numbers.count(mix.nodes(Sector.HOSPITAL))
            + ", research institutions "
            + Numbers.count(mix.nodes(Sector.INSTITUTION))
            + ", companies "
            + Numbers.count(mix.nodes(Sector.COMPANY))
            + ")");
    t.row("Ties", Numbers.count(ties));
    t.row("Reciprocated ties, n (%)", cell(reciprocated, ties));
    t.row(
        "Hospital-institution ties, n (%)",
        cell(mix.ties(Sector.HOSPITAL, Sector.INSTITUTION), ties));
    t.row("Hospital-company ties, n (%)", cell(mix.ties(Sector.HOSPITAL, Sector.COMPANY), ties));
    t.row(
        "Institution-company ties, n (%)",
        cell(mix.ties(Sector.INSTITUTION, Sector.COMPANY), ties));
    t.row("Ties within one sector, n (%)", cell(mix.internal(), ties));
    t.row("Density", fixed(n < 2 ? Double.NaN : 2.0 * ties / (n * (n - 1)), 4));
    t.row("E-I index (sectors)", fixed(mix.eiIndex(), 2));
    for (Sector s : Sector.values()) {
      Distribution d = m.degreeBySector().get(s);
      t.row("Mean degree, " + plural(s), fixed(d.mean(), 2) + " (max " + d.max() + ")");
    }
    int largest = m.componentSizes().isEmpty() ? 0 : m.componentSizes().get(0);
    t.row("Components", Numbers.count(m.componentCount()));
    t.row("Largest component, organisations (%)", cell(largest, n));
    long triads = m.triads().closed() + m.triads().open();
    t.row("Closed tripartite triads, n (%)", cell(m.triads().closed(), triads));
    t.row("Open tripartite triads, n (%)", cell(m.triads().open(), triads));
    long[] placed = withinProvince(m.provinceFlows());
    t.row("Ties within one province, n (%)", cell(placed[0], placed[1]));
    if (inputs != null) {
      t.row("Respondents naming a partner, n (%)", cell(inputs.naming(), inputs.asked()));
      t.row("Partners typed in, not in the registers", Numbers.count(inputs.typedPartners()));
    }
    if (provenance.startsWith("SYNTHETIC")) {
      t.note("SYNTHETIC DATA: " + provenance + "; not real organisations or collaborations.");
    }
    t.note(
        "Organisations are the respondents' own and the partners they named; a tie joins two"
            + " organisations when a respondent of either named the other, reciprocated when both"
            + " did. Percentages of ties, organisations, tripartite triads (a hospital, a research"
            + " institution and a company joined by two or three ties) or respondents asked.");
    return t.build();
  }

  /** The drafted results' paragraph on the network. */
  public static String sentences(NetworkMetrics m, ResponseNetwork.Inputs inputs) {
    SectorMixing mix = m.mixing();
    long ties = m.network().ties().size();
    StringBuilder s = new StringBuilder();
    if (inputs != null) {
      s.append(Numbers.count(inputs.naming()))
          .append(" of ")
          .append(Numbers.count(inputs.asked()))
          .append(" respondents asked (")
          .append(Numbers.percent(inputs.naming(), inputs.asked()))
          .append("%) named at least one partner organisation. ");
    }
    if (ties == 0) {
      return s.append("No tie between organisations was named.").toString().strip();
    }
    long reciprocated = m.network().ties().stream().filter(Tie::reciprocated).count();
    s.append("They named ")
        .append(Numbers.count(ties))
        .append(" ties between ")
        .append(Numbers.count(m.network().size()))
        .append(" organisations; ")
        .append(Numbers.count(reciprocated))
        .append(" (")
        .append(Numbers.percent(reciprocated, ties))
        .append("%) were named from both ends. ");
    Sector[][] pairs = {
      {Sector.HOSPITAL, Sector.INSTITUTION},
      {Sector.HOSPITAL, Sector.COMPANY},
      {Sector.INSTITUTION, Sector.COMPANY}
    };
    Sector[] most = pairs[0];
    for (Sector[] p : pairs) {
      if (mix.ties(p[0], p[1]) > mix.ties(most[0], most[1])) {
        most = p;
      }
    }
    s.append("Most ties joined ")
        .append(plural(most[0]))
        .append(" and ")
        .append(plural(most[1]))
        .append(" (")
        .append(share(mix.ties(most[0], most[1]), ties))
        .append("); ")
        .append(Numbers.percent(mix.internal(), ties))
        .append("% stayed within one sector (E-I index ")
        .append(fixed(mix.eiIndex(), 2))
        .append("). ");
    long closed = m.triads().closed();
    long open = m.triads().open();
    if (closed + open > 0) {
      Sector centre =
          m.triads().openByCentre().entrySet().stream()
              .max(java.util.Map.Entry.comparingByValue())
              .map(java.util.Map.Entry::getKey)
              .orElse(Sector.HOSPITAL);
      s.append(
              "The tripartite triangle of a hospital, a research institution and a company closed ")
          .append(Numbers.count(closed))
          .append(closed == 1 ? " time" : " times")
          .append(" and stayed open ")
          .append(Numbers.count(open))
          .append(open == 1 ? " time" : " times");
      if (open > 0) {
        s.append(", most often around a ")
            .append(singular(centre))
            .append(" (")
            .append(Numbers.count(m.triads().openByCentre().get(centre)))
            .append(')');
      }
      s.append(". ");
    }
    NodeMetrics broker =
        m.nodes().stream()
            .max(
                Comparator.comparingDouble(NodeMetrics::betweenness)
                    .thenComparing(x -> x.organisation().id(), Comparator.reverseOrder()))
            .orElseThrow();
    if (broker.betweenness() > 0) {
      s.append("The most central organisation by betweenness was ")
          .append(
              broker.organisation().name().isEmpty()
                  ? broker.organisation().id()
                  : broker.organisation().name())
          .append(" (a ")
          .append(singular(broker.organisation().sector()))
          .append(
              Provinces.byCode(broker.organisation().provinceCode())
                  .map(p -> " in " + p.nameEn())
                  .orElse(""))
          .append(", ")
          .append(broker.degree())
          .append(" partners). ");
    }
    long[] placed = withinProvince(m.provinceFlows());
    if (placed[1] > 0) {
      s.append(Numbers.percent(placed[0], placed[1]))
          .append("% of ties stayed within one province (n = ")
          .append(Numbers.count(placed[0]))
          .append(").");
    }
    return s.toString().strip();
  }

  /** Ties within one province and all ties with both provinces known. */
  static long[] withinProvince(Flows f) {
    List<List<Long>> matrix = f.matrix();
    long within = 0;
    long all = 0;
    for (int i = 0; i < matrix.size(); i++) {
      for (int j = i; j < matrix.size(); j++) {
        all += matrix.get(i).get(j);
        within += i == j ? matrix.get(i).get(j) : 0;
      }
    }
    return new long[] {within, all};
  }

  private static String cell(long count, long denominator) {
    return denominator <= 0
        ? Numbers.count(count)
        : Numbers.count(count) + " (" + Numbers.percent(count, denominator) + ")";
  }

  /** {@code 67%, n = 2} in a sentence. */
  private static String share(long count, long denominator) {
    return Numbers.percent(count, denominator) + "%, n = " + Numbers.count(count);
  }

  private static String plural(Sector s) {
    return switch (s) {
      case HOSPITAL -> "hospitals";
      case INSTITUTION -> "research institutions";
      case COMPANY -> "companies";
    };
  }

  private static String singular(Sector s) {
    return switch (s) {
      case HOSPITAL -> "hospital";
      case INSTITUTION -> "research institution";
      case COMPANY -> "company";
    };
  }

  private static String fixed(double v, int decimals) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
