package org.tripart.web.dashboard;

import static org.tripart.web.dashboard.DashboardPage.enc;
import static org.tripart.web.dashboard.DashboardPage.esc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Province;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Sector;

/**
 * The dashboard's network page: the summary, the disclosure note, the downloads, the filters, the
 * network figure with a panel for the organisation selected, the province flows and the sector
 * mixing figures (each drawn by {@code network.js} from the page data in the JSON data block {@code
 * #network-data}, which no browser runs, each with PNG and SVG buttons) and, readable without
 * JavaScript, the tables by sector, of sector mixing, of the most central organisations and, for a
 * viewer, of the ties merged into flows or, for a caller who sees all, of the partners typed in. No
 * inline script or style (CSP); every value from outside is escaped. Stateless and thread-safe.
 */
final class NetworkPage {
  /** The most organisations the figure draws; beyond, those of highest degree. */
  static final int DRAWN = 300;

  private NetworkPage() {}

  static String render(String lang, String study, String title, NetworkData.View v) {
    ObjectNode data = NetworkJson.of(v, study, lang, DRAWN);
    StringBuilder out = new StringBuilder(65_536);
    String name = NetworkTexts.get("network", lang);
    DashboardPage.head(
        out,
        lang,
        name + " – " + title,
        "/assets/dashboard/network.js",
        "/assets/dashboard/network.css");
    DashboardPage.nav(out, lang, study, "network", "/dashboard/" + enc(study) + "/network");
    out.append("<main class=\"dash network\">\n<h1>").append(esc(name));
    out.append("</h1>\n<p class=\"study\">").append(esc(title)).append("</p>\n");
    if (v.synthetic()) {
      out.append("<p class=\"banner synthetic\" role=\"note\">");
      out.append(esc(NetworkTexts.get("syntheticNetwork", lang))).append("</p>\n");
    }
    String note = NetworkTexts.get(v.all() ? "allNote" : "viewerNote", lang);
    out.append("<p class=\"note\" id=\"disclosure-note\">");
    out.append(esc(note.replace("{n}", Integer.toString(v.threshold())))).append("</p>\n");
    out.append("<p class=\"note\" id=\"network-summary\">").append(esc(summary(data, lang)));
    out.append("</p>\n");
    downloads(out, lang, study);
    out.append("<p class=\"note\" id=\"figure-status\" role=\"status\"></p>\n");
    filters(out, lang, data);
    figures(out, lang, data);
    NetworkTables.append(out, lang, v);
    out.append("</main>\n");
    return DashboardPage.tail(out);
  }

  static String summary(JsonNode data, String lang) {
    JsonNode s = data.get("summary");
    StringBuilder text =
        new StringBuilder(
            fill(
                NetworkTexts.get("summary", lang),
                s,
                "orgs=organisations",
                "ties=ties",
                "recip=reciprocated",
                "components=components",
                "largest=largestComponent"));
    if (s.has("asked")) {
      text.append(' ')
          .append(
              fill(
                  NetworkTexts.get("inputs", lang),
                  s,
                  "naming=naming",
                  "asked=asked",
                  "listed=listedPartners",
                  "typed=typedPartners"));
    }
    if (s.path("suppressedTies").asLong() > 0) {
      text.append(' ')
          .append(
              NetworkTexts.get("suppressedSummary", lang)
                  .replace("{n}", s.get("suppressedTies").asText())
                  .replace("{t}", data.get("suppressionThreshold").asText()));
    }
    text.append(' ')
        .append(
            fill(NetworkTexts.get("triads", lang), s, "closed=closedTriads", "open=openTriads"));
    return text.toString();
  }

  private static String fill(String template, JsonNode s, String... names) {
    String out = template;
    for (String n : names) {
      String[] kv = n.split("=");
      out = out.replace("{" + kv[0] + "}", s.get(kv[1]).asText());
    }
    return out;
  }

  private static void downloads(StringBuilder out, String lang, String study) {
    String base = "/dashboard/" + enc(study) + "/network";
    out.append("<p class=\"downloads\">").append(esc(NetworkTexts.get("downloads", lang)));
    out.append(": <a id=\"download-graphml\" href=\"").append(esc(base + ".graphml"));
    out.append("\">GraphML</a> <a id=\"download-gexf\" href=\"").append(esc(base + ".gexf"));
    out.append("\">GEXF</a> <a id=\"download-nodes\" href=\"");
    out.append(esc(base + "-nodes.csv"))
        .append("\">")
        .append(esc(NetworkTexts.get("nodesCsv", lang)));
    out.append("</a> <a id=\"download-edges\" href=\"").append(esc(base + "-edges.csv"));
    out.append("\">").append(esc(NetworkTexts.get("edgesCsv", lang))).append("</a></p>\n");
  }

  private static void filters(StringBuilder out, String lang, JsonNode data) {
    Set<String> present = new LinkedHashSet<>();
    data.get("nodes").forEach(n -> present.add(n.get("province").asText()));
    out.append("<form class=\"filters\" id=\"network-filters\" hidden>\n");
    select(out, lang, "province", "filter-province");
    for (Province p : Provinces.all()) {
      if (present.contains(p.code())) {
        option(out, p.code(), "zh".equals(lang) ? p.nameZh() : p.nameEn());
      }
    }
    out.append("</select></label>\n");
    select(out, lang, "tier", "filter-tier");
    for (Tier t : Tier.values()) {
      option(out, t.fileName(), NetworkTexts.tier(t, lang));
    }
    out.append("</select></label>\n");
    select(out, lang, "sector", "filter-sector");
    for (Sector s : Sector.values()) {
      option(out, s.fileName(), NetworkTexts.sector(s, lang));
    }
    out.append("</select></label>\n");
    select(out, lang, "kind", "filter-kind");
    data.get("kindNames")
        .fields()
        .forEachRemaining(k -> option(out, k.getKey(), k.getValue().asText()));
    out.append("</select></label>\n<label>").append(esc(NetworkTexts.get("organisation", lang)));
    out.append(" <select id=\"node-select\">\n");
    option(out, "", NetworkTexts.get("choose", lang));
    List<JsonNode> nodes = new java.util.ArrayList<>();
    data.get("nodes").forEach(nodes::add);
    nodes.sort(Comparator.comparing((JsonNode n) -> n.get("name").asText()));
    nodes.forEach(n -> option(out, n.get("id").asText(), n.get("name").asText()));
    out.append("</select></label>\n</form>\n");
  }

  private static void select(StringBuilder out, String lang, String label, String id) {
    out.append("<label>").append(esc(NetworkTexts.get(label, lang)));
    out.append(" <select id=\"").append(id).append("\">\n");
    option(out, "", NetworkTexts.get("any", lang));
  }

  private static void option(StringBuilder out, String value, String label) {
    out.append("<option value=\"").append(esc(value)).append("\">").append(esc(label));
    out.append("</option>\n");
  }

  private static void figures(StringBuilder out, String lang, ObjectNode data) {
    out.append("<div class=\"network-layout\">\n");
    figureStart(out, lang, "graph", "network");
    out.append(
        "<div id=\"network-chart\" class=\"chart network-chart\" role=\"img\" aria-label=\"");
    out.append(esc(NetworkTexts.get("graph", lang))).append("\" data-texts=\"");
    out.append(esc(texts(lang))).append("\"></div>\n");
    out.append("<script type=\"application/json\" id=\"network-data\">");
    out.append(dataBlock(data)).append("</script>\n");
    JsonNode drawn = data.get("drawn");
    if (drawn.get("nodes").asInt() < drawn.get("of").asInt()) {
      out.append("<p class=\"note\" id=\"network-sampled\">");
      out.append(
          esc(
              NetworkTexts.get("sampled", lang)
                  .replace("{drawn}", drawn.get("nodes").asText())
                  .replace("{all}", drawn.get("of").asText())));
      out.append("</p>\n");
    }
    if (data.get("edges").isEmpty()) {
      out.append("<p class=\"note\">")
          .append(esc(NetworkTexts.get("empty", lang)))
          .append("</p>\n");
    }
    out.append("</figure>\n<aside id=\"network-panel\" class=\"chart-box\" aria-live=\"polite\">");
    out.append("<p class=\"note\">").append(esc(NetworkTexts.get("panelHint", lang)));
    out.append("</p></aside>\n</div>\n<div class=\"dash-grid\">\n");
    figureStart(out, lang, "flows", "flows");
    out.append(
        "<div id=\"flows-chart\" class=\"chart\" data-size=\"xl\" role=\"img\" aria-label=\"");
    out.append(esc(NetworkTexts.get("flows", lang))).append("\"></div>\n");
    long unplaced = data.get("provinceFlows").get("unplaced").asLong();
    if (unplaced > 0) {
      out.append("<p class=\"note\">");
      out.append(
          esc(NetworkTexts.get("flowsUnplaced", lang).replace("{n}", Long.toString(unplaced))));
      out.append("</p>\n");
    }
    out.append("</figure>\n");
    figureStart(out, lang, "mixingFigure", "mixing");
    out.append(
        "<div id=\"mixing-chart\" class=\"chart\" data-size=\"m\" role=\"img\" aria-label=\"");
    out.append(esc(NetworkTexts.get("mixingFigure", lang)))
        .append("\"></div>\n</figure>\n</div>\n");
  }

  private static void figureStart(StringBuilder out, String lang, String title, String figure) {
    out.append("<figure class=\"chart-box\">\n<figcaption><h2>");
    out.append(esc(NetworkTexts.get(title, lang))).append("</h2>");
    for (String format : List.of("png", "svg")) {
      out.append(" <button type=\"button\" class=\"figure-download\" id=\"").append(figure);
      out.append('-').append(format).append("\" data-figure=\"").append(figure);
      out.append("\" data-format=\"").append(format).append("\" hidden>");
      out.append(esc(NetworkTexts.get(format, lang))).append("</button>");
    }
    out.append("</figcaption>\n");
  }

  /**
   * JSON that can sit in a {@code script} data block: {@code <}, {@code >} and {@code &} only occur
   * inside JSON strings, where their escapes mean the same.
   */
  static String dataBlock(JsonNode data) {
    return data.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** The words {@code network.js} shows, as a JSON object. */
  private static String texts(String lang) {
    ObjectNode t = ChartModels.JSON.createObjectNode();
    for (String key :
        List.of(
            "degree",
            "strength",
            "betweenness",
            "closeness",
            "partner",
            "respondentsBehind",
            "reciprocated",
            "kind",
            "yes",
            "no",
            "noTies",
            "province",
            "tier",
            "sector",
            "ties",
            "unknown",
            "graph",
            "flows",
            "mixingFigure",
            "notAudited")) {
      t.put(key, NetworkTexts.get(key, lang));
    }
    return t.toString();
  }
}
