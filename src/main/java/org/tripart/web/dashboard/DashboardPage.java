package org.tripart.web.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.tripart.fieldwork.FieldworkSummary;
import org.tripart.fieldwork.Rate;
import org.tripart.instrument.Province;
import org.tripart.instrument.Provinces;
import org.tripart.stats.NumericSummary;

/**
 * The dashboard's HTML: the overview and the items page. Charts are empty {@code div}s whose data
 * sits in an escaped {@code data-chart} attribute for {@code dashboard.js}; the page carries no
 * inline script or style (CSP), and every value from outside passes through {@link #esc}. Stateless
 * and thread-safe.
 */
final class DashboardPage {
  private DashboardPage() {}

  /** The filters of the items page; null fields are not set. */
  record Filters(
      String group, String by, String wave, List<String> groups, Map<String, String> byChoices) {}

  /**
   * What the items page says of disclosure control.
   *
   * @param withheld whether the reader sees small counts withheld (a viewer)
   * @param threshold the study's threshold: counts below it are withheld from viewers
   */
  record DisclosureNote(boolean withheld, int threshold) {}

  static String overview(
      String lang,
      String study,
      String title,
      List<ObjectNode> charts,
      FieldworkSummary byProvince,
      boolean[] provinceHidden,
      long syntheticInvitations) {
    StringBuilder out = new StringBuilder(32_768);
    head(out, lang, DashboardTexts.get("overview", lang) + " – " + title);
    nav(out, lang, study, "overview", "/dashboard/" + enc(study));
    out.append("<main class=\"dash\">\n<h1>").append(esc(DashboardTexts.get("overview", lang)));
    out.append("</h1>\n<p class=\"study\">").append(esc(title)).append("</p>\n");
    if (syntheticInvitations > 0) {
      out.append("<p class=\"banner synthetic\" role=\"note\">");
      out.append(
          esc(
              DashboardTexts.get("syntheticOverview", lang)
                  .replace("{n}", String.format(Locale.ROOT, "%,d", syntheticInvitations))));
      out.append("</p>\n");
    }
    out.append("<div class=\"dash-grid\">\n");
    for (ObjectNode c : charts) {
      chart(out, c);
    }
    provinces(out, lang, byProvince, provinceHidden);
    out.append("</div>\n</main>\n");
    return tail(out);
  }

  static String items(
      String lang,
      String study,
      String title,
      Filters f,
      long respondents,
      String provenance,
      List<ObjectNode> charts,
      DisclosureNote note) {
    return items(lang, study, title, f, respondents, provenance, charts, List.of(), note);
  }

  /**
   * The items page with, below the charts, the calculated items summarised as numbers ({@link
   * ScoreTable}).
   */
  static String items(
      String lang,
      String study,
      String title,
      Filters f,
      long respondents,
      String provenance,
      List<ObjectNode> charts,
      List<NumericSummary> scores,
      DisclosureNote note) {
    StringBuilder out = new StringBuilder(65_536);
    head(out, lang, DashboardTexts.get("items", lang) + " – " + title);
    String here = "/dashboard/" + enc(study) + "/items" + query(f, null);
    nav(out, lang, study, "items", here);
    out.append("<main class=\"dash\">\n<h1>").append(esc(DashboardTexts.get("items", lang)));
    out.append("</h1>\n<p class=\"study\">").append(esc(title)).append("</p>\n");
    filters(out, lang, study, f);
    out.append("<p class=\"note\">").append(respondents < 0 ? "–" : respondents).append(' ');
    out.append(esc(DashboardTexts.get("respondents", lang))).append(". ").append(esc(provenance));
    out.append("</p>\n<p class=\"downloads\">").append(esc(DashboardTexts.get("download", lang)));
    String base = "/dashboard/" + enc(study) + "/export.";
    out.append(": <a id=\"download-docx\" href=\"").append(esc(base + "docx" + query(f, lang)));
    out.append("\">DOCX</a> <a id=\"download-xlsx\" href=\"");
    out.append(esc(base + "xlsx" + query(f, lang))).append("\">XLSX</a> <small>");
    String text = DashboardTexts.get(note.withheld() ? "suppressed" : "exactCounts", lang);
    out.append(esc(text.replace("{n}", Integer.toString(note.threshold()))));
    out.append("</small></p>\n");
    DownloadForm.append(out, lang, base, f, charts);
    out.append("<p class=\"downloads\"><a id=\"paper-report\" href=\"");
    out.append(esc("/dashboard/" + enc(study) + "/paper.docx" + query(f, lang)));
    out.append("\">").append(esc(DashboardTexts.get("paperReport", lang))).append("</a></p>\n");
    out.append("<div class=\"dash-grid\">\n");
    for (ObjectNode c : charts) {
      chart(out, c);
    }
    out.append("</div>\n");
    ScoreTable.append(out, lang, scores, note.withheld() ? note.threshold() : 0);
    out.append("</main>\n");
    return tail(out);
  }

  static String esc(String text) {
    return text == null ? "" : StringEscapeUtils.escapeHtml4(text);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String query(Filters f, String lang) {
    StringBuilder q = new StringBuilder();
    param(q, "group", f.group());
    param(q, "by", f.by());
    param(q, "wave", f.wave());
    param(q, "lang", lang);
    return q.toString();
  }

  private static void param(StringBuilder q, String name, String value) {
    if (value != null && !value.isBlank()) {
      q.append(q.length() == 0 ? '?' : '&').append(name).append('=').append(enc(value));
    }
  }

  private static void head(StringBuilder out, String lang, String title) {
    head(out, lang, title, "/assets/dashboard/dashboard.js", null);
  }

  /**
   * The page's head and the body's start, loading ECharts and then {@code script}, and {@code
   * stylesheet} after the dashboard's own unless it is null.
   */
  static void head(StringBuilder out, String lang, String title, String script, String stylesheet) {
    out.append("<!DOCTYPE html>\n<html lang=\"").append("zh".equals(lang) ? "zh-CN" : "en");
    out.append("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>").append(esc(title)).append("</title>\n");
    out.append("<link rel=\"stylesheet\" href=\"/assets/survey.css\">\n");
    out.append("<link rel=\"stylesheet\" href=\"/assets/dashboard/dashboard.css\">\n");
    if (stylesheet != null) {
      out.append("<link rel=\"stylesheet\" href=\"").append(esc(stylesheet)).append("\">\n");
    }
    out.append("<script src=\"/assets/vendor/echarts.min.js\" defer></script>\n");
    out.append("<script src=\"").append(esc(script)).append("\" defer></script>\n");
    out.append("</head>\n<body class=\"dashboard\">\n");
  }

  static String tail(StringBuilder out) {
    return out.append("</body>\n</html>\n").toString();
  }

  static void nav(StringBuilder out, String lang, String study, String active, String here) {
    String other = "zh".equals(lang) ? "en" : "zh";
    String sep = here.contains("?") ? "&" : "?";
    out.append("<nav class=\"dash-nav\">\n");
    link(
        out,
        "/dashboard/" + enc(study),
        DashboardTexts.get("overview", lang),
        "overview".equals(active));
    link(
        out,
        "/dashboard/" + enc(study) + "/items",
        DashboardTexts.get("items", lang),
        "items".equals(active));
    link(
        out,
        "/dashboard/" + enc(study) + "/network",
        NetworkTexts.get("network", lang),
        "network".equals(active));
    link(
        out,
        "/dashboard/" + enc(study) + "/model",
        ModelTexts.get("model", lang),
        "model".equals(active));
    out.append("<a id=\"switch-language\" lang=\"").append("zh".equals(other) ? "zh-CN" : "en");
    out.append("\" href=\"").append(esc(here + sep + "lang=" + other)).append("\">");
    out.append(esc(DashboardTexts.get("language", lang))).append("</a>\n");
    out.append("<form method=\"post\" action=\"/logout\"><button type=\"submit\">");
    out.append(esc(DashboardTexts.get("signOut", lang))).append("</button></form>\n</nav>\n");
  }

  private static void link(StringBuilder out, String href, String text, boolean current) {
    out.append("<a href=\"").append(esc(href)).append('"');
    out.append(current ? " aria-current=\"page\">" : ">").append(esc(text)).append("</a>\n");
  }

  private static void chart(StringBuilder out, ObjectNode c) {
    String title = c.path("title").asText();
    out.append("<figure class=\"chart-box\">\n<figcaption><h2>").append(esc(title));
    out.append("</h2></figcaption>\n<div class=\"chart\" role=\"img\" aria-label=\"");
    out.append(esc(title)).append("\" data-chart=\"").append(esc(c.toString())).append("\"");
    int bars = c.path("categories").size() * Math.max(1, c.path("series").size());
    String size =
        "v".equals(c.path("orient").asText())
            ? "m"
            : bars <= 4 ? "s" : bars <= 10 ? "m" : bars <= 24 ? "l" : "xl";
    out.append(" data-size=\"").append(size).append("\"></div>\n");
    if (c.hasNonNull("test")) {
      out.append("<p class=\"test\">").append(esc(c.get("test").asText())).append("</p>\n");
    }
    if (c.hasNonNull("note")) {
      out.append("<p class=\"note\">").append(esc(c.get("note").asText())).append("</p>\n");
    }
    out.append("</figure>\n");
  }

  private static void provinces(
      StringBuilder out, String lang, FieldworkSummary s, boolean[] hidden) {
    Map<String, FieldworkSummary.Row> rows = new java.util.HashMap<>();
    java.util.Set<String> withheld = new java.util.HashSet<>();
    for (int i = 0; i < hidden.length; i++) {
      if (hidden[i]) {
        withheld.add(s.rows().get(i).key());
      } else {
        rows.put(s.rows().get(i).key(), s.rows().get(i));
      }
    }
    out.append("<figure class=\"chart-box\">\n<figcaption><h2>");
    out.append(esc(DashboardTexts.get("byProvince", lang))).append("</h2></figcaption>\n");
    out.append("<ol class=\"tiles\">\n");
    for (Province p : Provinces.all()) {
      int[] at = ProvinceGrid.TILES.get(p.code());
      FieldworkSummary.Row r = rows.get(p.code());
      Rate rate = r == null ? null : r.rr1();
      boolean known = rate != null && rate.denominator() > 0;
      String bin = known ? "b" + Math.min(9, (int) Math.floor(rate.value() * 10)) : "b-none";
      String name = "zh".equals(lang) ? p.nameZh() : p.nameEn();
      String value =
          known
              ? String.format(Locale.ROOT, "%.0f%%", rate.value() * 100)
              : DashboardTexts.get(withheld.contains(p.code()) ? "smallWithheld" : "noData", lang);
      String detail = known ? r.completed() + "/" + r.invited() : "";
      out.append("<li class=\"tile r").append(at[0]).append(" c").append(at[1]).append(' ');
      out.append(bin).append("\" data-province=\"").append(p.code()).append('"');
      if (known) {
        out.append(" data-rr1=\"").append(rate.value()).append('"');
      }
      out.append(" title=\"").append(esc(name + ": " + value + (known ? " (" + detail + ")" : "")));
      out.append("\"><span class=\"name\">")
          .append(esc(name))
          .append("</span> <span class=\"rate\">");
      out.append(esc(value)).append("</span></li>\n");
    }
    out.append("</ol>\n<p class=\"legend\">").append(esc(DashboardTexts.get("legend", lang)));
    out.append(": <span class=\"swatch b0\">0%</span><span class=\"swatch b5\">50%</span>");
    out.append("<span class=\"swatch b9\">90–100%</span></p>\n</figure>\n");
  }

  private static void filters(StringBuilder out, String lang, String study, Filters f) {
    out.append("<form class=\"filters\" method=\"get\" action=\"/dashboard/")
        .append(esc(enc(study)));
    out.append("/items\">\n<label>").append(esc(DashboardTexts.get("group", lang)));
    out.append(" <select name=\"group\">\n");
    for (String g : f.groups()) {
      option(out, g, g, g.equals(f.group()));
    }
    out.append("</select></label>\n<label>").append(esc(DashboardTexts.get("by", lang)));
    out.append(" <select name=\"by\">\n");
    option(out, "", DashboardTexts.get("none", lang), f.by() == null);
    f.byChoices().forEach((id, label) -> option(out, id, label, id.equals(f.by())));
    out.append("</select></label>\n<label>").append(esc(DashboardTexts.get("wave", lang)));
    out.append(" <input name=\"wave\" size=\"18\" placeholder=\"");
    out.append(esc(DashboardTexts.get("allWaves", lang))).append("\" value=\"");
    out.append(esc(f.wave() == null ? "" : f.wave())).append("\"></label>\n");
    out.append("<button type=\"submit\">").append(esc(DashboardTexts.get("show", lang)));
    out.append("</button>\n</form>\n");
  }

  private static void option(StringBuilder out, String value, String label, boolean selected) {
    out.append("<option value=\"").append(esc(value)).append('"');
    out.append(selected ? " selected>" : ">").append(esc(label)).append("</option>\n");
  }
}
