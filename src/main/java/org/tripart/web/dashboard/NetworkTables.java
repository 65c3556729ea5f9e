package org.tripart.web.dashboard;

import static org.tripart.web.dashboard.DashboardPage.esc;

import java.util.Comparator;
import java.util.Locale;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Sector;
import org.tripart.network.NodeMetrics;
import org.tripart.network.SectorMixing;
import org.tripart.network.UnmatchedPartner;
import org.tripart.network.ViewerNetwork;

/**
 * The network page's tables, readable without JavaScript: organisations and ties by sector with the
 * E-I index, the sector mixing (ties and density), the {@value #CENTRAL} most central organisations
 * by betweenness and, for a viewer, the ties merged into province-by-sector flows or, for a caller
 * who sees all, the partners typed in. Every value from outside is escaped. Stateless.
 */
final class NetworkTables {
  static final int CENTRAL = 10;

  private NetworkTables() {}

  /** Appends the tables of what the caller sees. */
  static void append(StringBuilder out, String lang, NetworkData.View v) {
    SectorMixing mix = v.metrics().mixing();
    tableStart(out, lang, "sectors", "sector", "organisations", "tiesWithin", "tiesAcross", "ei");
    for (Sector s : Sector.values()) {
      long across = 0;
      for (Sector o : Sector.values()) {
        across += o == s ? 0 : mix.ties(s, o);
      }
      row(
          out,
          NetworkTexts.sector(s, lang),
          mix.nodes(s),
          mix.ties(s, s),
          across,
          fixed(mix.eiIndex(s), 3));
    }
    row(
        out,
        NetworkTexts.get("all", lang),
        v.network().size(),
        mix.internal(),
        mix.external(),
        fixed(mix.eiIndex(), 3));
    out.append("</tbody></table>\n");
    out.append("<table class=\"network-table\" id=\"mixing-table\"><caption>");
    out.append(esc(NetworkTexts.get("mixing", lang))).append("</caption><thead><tr><th></th>");
    for (Sector s : Sector.values()) {
      out.append("<th>").append(esc(NetworkTexts.sector(s, lang))).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
    for (Sector a : Sector.values()) {
      out.append("<tr><th>").append(esc(NetworkTexts.sector(a, lang))).append("</th>");
      for (Sector b : Sector.values()) {
        String d = fixed(mix.density(a, b), 4);
        out.append("<td>").append(mix.ties(a, b)).append(d.isEmpty() ? "" : " (" + d + ")");
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
    tableStart(out, lang, "central", "organisation", "sector", "province", "degree", "betweenness");
    v.metrics().nodes().stream()
        .sorted(
            Comparator.comparingDouble(NodeMetrics::betweenness)
                .reversed()
                .thenComparing(n -> n.organisation().id()))
        .limit(CENTRAL)
        .forEach(
            n ->
                row(
                    out,
                    v.name(n.organisation().id(), lang),
                    NetworkTexts.sector(n.organisation().sector(), lang),
                    province(n.organisation().provinceCode(), lang),
                    n.degree(),
                    fixed(n.betweenness(), 1)));
    out.append("</tbody></table>\n");
    if (!v.all() && !v.suppressed().isEmpty()) {
      tableStart(out, lang, "suppressedTable", "province", "sector", "province", "sector", "ties");
      for (ViewerNetwork.SuppressedFlow f : v.suppressed()) {
        row(
            out,
            province(f.provinceA(), lang),
            NetworkTexts.sector(f.sectorA(), lang),
            province(f.provinceB(), lang),
            NetworkTexts.sector(f.sectorB(), lang),
            f.ties());
      }
      out.append("</tbody></table>\n");
    }
    if (v.all() && !v.unmatched().isEmpty()) {
      tableStart(out, lang, "typedTable", "typedBy", "typedText");
      for (UnmatchedPartner u : v.unmatched()) {
        row(out, v.name(u.ego(), lang), u.text());
      }
      out.append("</tbody></table>\n");
    }
  }

  private static void tableStart(StringBuilder out, String lang, String caption, String... heads) {
    out.append("<table class=\"network-table\" id=\"").append(caption).append("-table\"><caption>");
    out.append(esc(NetworkTexts.get(caption, lang))).append("</caption><thead><tr>");
    for (String h : heads) {
      out.append("<th>").append(esc(NetworkTexts.get(h, lang))).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
  }

  private static void row(StringBuilder out, Object... cells) {
    out.append("<tr>");
    for (Object c : cells) {
      out.append("<td>").append(esc(String.valueOf(c))).append("</td>");
    }
    out.append("</tr>\n");
  }

  private static String province(String code, String lang) {
    return Provinces.byCode(code)
        .map(p -> "zh".equals(lang) ? p.nameZh() : p.nameEn())
        .orElse(NetworkTexts.get("unknown", lang));
  }

  private static String fixed(double v, int decimals) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
