package org.tripart.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.text.StringEscapeUtils;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.interop.ConversionNote;
import org.tripart.store.StoredInstrument;

/**
 * The HTML of the dashboard's instrument import: the upload form with each group's versions, and
 * the preview with the import report and a confirm form. Every text that reaches the page is
 * escaped; no inline script or style (the CSP allows neither). English and Chinese. Stateless.
 */
final class ImportPage {
  private static final Map<String, String[]> TEXT =
      Map.ofEntries(
          Map.entry("title", new String[] {"Instruments", "问卷版本"}),
          Map.entry("overview", new String[] {"Overview", "概览"}),
          Map.entry("items", new String[] {"Items", "题目"}),
          Map.entry("versions", new String[] {"Stored versions", "已保存的版本"}),
          Map.entry("group", new String[] {"Group", "调查对象组"}),
          Map.entry("version", new String[] {"Version", "版本"}),
          Map.entry("instrument", new String[] {"Instrument id", "问卷编号"}),
          Map.entry("created", new String[] {"Added", "添加时间"}),
          Map.entry("import", new String[] {"Import a questionnaire", "导入问卷"}),
          Map.entry(
              "importHelp",
              new String[] {
                "A REDCap data dictionary (CSV), an XLSForm (XLSX, XLS), a FHIR Questionnaire (JSON)"
                    + " or Tripart YAML becomes the group's next version. You see what was carried"
                    + " over before anything is stored.",
                "REDCap 数据字典（CSV）、XLSForm（XLSX、XLS）、FHIR Questionnaire（JSON）或 Tripart YAML"
                    + " 将成为该组的下一个版本。保存前会先显示导入结果。"
              }),
          Map.entry("format", new String[] {"Format", "格式"}),
          Map.entry("file", new String[] {"File", "文件"}),
          Map.entry("previewButton", new String[] {"Preview the import", "预览导入结果"}),
          Map.entry("preview", new String[] {"Import preview", "导入预览"}),
          Map.entry("becomes", new String[] {"Becomes", "将保存为"}),
          Map.entry("byType", new String[] {"Items by type", "各类型题目数"}),
          Map.entry("report", new String[] {"Import report", "导入报告"}),
          Map.entry(
              "noNotes",
              new String[] {"Everything in the file was carried over unchanged.", "文件内容已全部原样导入。"}),
          Map.entry("yaml", new String[] {"The instrument as Tripart stores it", "Tripart 保存的问卷"}),
          Map.entry("confirm", new String[] {"Store this version", "保存此版本"}),
          Map.entry("cancel", new String[] {"Cancel", "取消"}),
          Map.entry("added", new String[] {"Stored: ", "已保存："}),
          Map.entry("problem", new String[] {"Nothing was stored: ", "未保存："}),
          Map.entry("languages", new String[] {"Languages", "语言"}),
          Map.entry("sections", new String[] {"Sections", "部分"}));

  private static final Map<String, String> FORMAT_NAMES =
      Map.of(
          "redcap", "REDCap data dictionary (.csv)",
          "xlsform", "XLSForm (.xlsx, .xls)",
          "fhir", "FHIR R4 Questionnaire (.json)",
          "yaml", "Tripart instrument (.yaml)");

  private ImportPage() {}

  static String language(Context ctx) {
    String asked = ctx.queryParam("lang");
    if ("en".equals(asked) || "zh".equals(asked)) {
      return asked;
    }
    String accept = ctx.header("Accept-Language");
    return accept != null && accept.startsWith("zh") ? "zh" : "en";
  }

  static String form(
      String lang,
      String study,
      List<StoredInstrument> stored,
      Collection<String> formats,
      String csrf,
      String problem,
      String added) {
    StringBuilder out = head(lang, study, t("title", lang));
    if (added != null && !added.isBlank()) {
      out.append("<p class=\"test\" id=\"import-added\">").append(esc(t("added", lang)));
      out.append(esc(added)).append("</p>\n");
    }
    if (problem != null) {
      out.append("<p class=\"test\" id=\"import-problem\" role=\"alert\">");
      out.append(esc(t("problem", lang))).append(esc(problem)).append("</p>\n");
    }
    out.append("<h2>").append(esc(t("versions", lang))).append("</h2>\n<table id=\"versions\">");
    out.append("<thead><tr><th>").append(esc(t("group", lang))).append("</th><th>");
    out.append(esc(t("instrument", lang))).append("</th><th>").append(esc(t("version", lang)));
    out.append("</th><th>").append(esc(t("created", lang))).append("</th></tr></thead><tbody>\n");
    TreeSet<String> groups = new TreeSet<>();
    for (StoredInstrument i : stored) {
      groups.add(i.group());
      out.append("<tr><td>").append(esc(i.group())).append("</td><td>");
      out.append(esc(i.instrumentId())).append("</td><td>").append(i.version()).append("</td><td>");
      out.append(esc(i.created().toString())).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
    out.append("<h2>").append(esc(t("import", lang))).append("</h2>\n<p class=\"note\">");
    out.append(esc(t("importHelp", lang))).append("</p>\n");
    out.append("<form class=\"filters\" id=\"import-form\" method=\"post\"");
    out.append(" enctype=\"multipart/form-data\" action=\"/dashboard/").append(esc(enc(study)));
    out.append("/instruments/preview?lang=").append(lang).append("\">\n");
    hidden(out, "csrf", csrf);
    out.append("<label>").append(esc(t("group", lang)));
    out.append(" <input name=\"group\" list=\"groups\" required pattern=\"[a-z][a-z0-9_]*\">");
    out.append("</label>\n<datalist id=\"groups\">");
    for (String g : groups) {
      out.append("<option value=\"").append(esc(g)).append("\">");
    }
    out.append("</datalist>\n<label>")
        .append(esc(t("format", lang)))
        .append(" <select name=\"format\">");
    for (String f : formats) {
      out.append("<option value=\"").append(esc(f)).append("\">");
      out.append(esc(FORMAT_NAMES.getOrDefault(f, f))).append("</option>");
    }
    out.append("</select></label>\n<label>").append(esc(t("file", lang)));
    out.append(" <input type=\"file\" name=\"file\" required></label>\n");
    out.append("<button type=\"submit\">").append(esc(t("previewButton", lang)));
    out.append("</button>\n</form>\n");
    return tail(out);
  }

  static String preview(
      String lang,
      String study,
      Instrument instrument,
      List<ConversionNote> notes,
      String yaml,
      String format,
      String file,
      int latest,
      String csrf) {
    StringBuilder out = head(lang, study, t("preview", lang));
    out.append("<p class=\"study\" id=\"import-target\">").append(esc(t("becomes", lang)));
    out.append(": ").append(esc(instrument.group())).append(" / ").append(esc(instrument.id()));
    out.append(" v").append(instrument.version());
    if (latest > 0) {
      out.append(" (v").append(latest).append(" → v").append(instrument.version()).append(')');
    }
    out.append(" · ").append(esc(file)).append("</p>\n");
    out.append("<p class=\"note\">").append(esc(t("languages", lang))).append(": ");
    out.append(esc(String.join(", ", instrument.languages()))).append(" · ");
    out.append(esc(t("sections", lang))).append(": ").append(instrument.sections().size());
    out.append("</p>\n<h2>").append(esc(t("byType", lang))).append("</h2>\n<table id=\"by-type\">");
    Map<String, Integer> byType = new TreeMap<>();
    for (Item i : instrument.items()) {
      byType.merge(i.type().fileName(), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> e : byType.entrySet()) {
      out.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(e.getValue());
      out.append("</td></tr>");
    }
    out.append("<tr><th>").append(instrument.items().size()).append("</th><th></th></tr>");
    out.append("</table>\n<h2>").append(esc(t("report", lang))).append(" (");
    out.append(notes.size()).append(")</h2>\n");
    if (notes.isEmpty()) {
      out.append("<p class=\"note\" id=\"import-notes\">").append(esc(t("noNotes", lang)));
      out.append("</p>\n");
    } else {
      out.append("<ol id=\"import-notes\">\n");
      for (ConversionNote n : notes) {
        out.append("<li>").append(esc(n.line())).append("</li>\n");
      }
      out.append("</ol>\n");
    }
    out.append("<form method=\"post\" id=\"import-confirm\" action=\"/dashboard/");
    out.append(esc(enc(study))).append("/instruments/confirm\">\n");
    hidden(out, "csrf", csrf);
    hidden(out, "yaml", yaml);
    hidden(out, "format", format);
    hidden(out, "file", file);
    out.append("<button type=\"submit\">").append(esc(t("confirm", lang))).append("</button> ");
    out.append("<a href=\"/dashboard/").append(esc(enc(study))).append("/instruments\">");
    out.append(esc(t("cancel", lang))).append("</a>\n</form>\n");
    out.append("<h2>").append(esc(t("yaml", lang))).append("</h2>\n<pre id=\"import-yaml\">");
    out.append(esc(yaml)).append("</pre>\n");
    return tail(out);
  }

  private static StringBuilder head(String lang, String study, String title) {
    StringBuilder out = new StringBuilder(8192);
    out.append("<!DOCTYPE html>\n<html lang=\"").append("zh".equals(lang) ? "zh-CN" : "en");
    out.append("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>").append(esc(title)).append("</title>\n");
    out.append("<link rel=\"stylesheet\" href=\"/assets/survey.css\">\n");
    out.append("<link rel=\"stylesheet\" href=\"/assets/dashboard/dashboard.css\">\n");
    out.append("</head>\n<body class=\"dashboard\">\n<nav class=\"dash-nav\">\n");
    String base = "/dashboard/" + enc(study);
    out.append("<a href=\"").append(esc(base)).append("\">").append(esc(t("overview", lang)));
    out.append("</a>\n<a href=\"").append(esc(base + "/items")).append("\">");
    out.append(esc(t("items", lang))).append("</a>\n<a aria-current=\"page\" href=\"");
    out.append(esc(base + "/instruments")).append("\">").append(esc(t("title", lang)));
    out.append("</a>\n</nav>\n<main class=\"dash\">\n<h1>").append(esc(title)).append("</h1>\n");
    out.append("<p class=\"study\">").append(esc(study)).append("</p>\n");
    return out;
  }

  private static String tail(StringBuilder out) {
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void hidden(StringBuilder out, String name, String value) {
    out.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"");
    out.append(esc(value == null ? "" : value)).append("\">\n");
  }

  private static String t(String key, String lang) {
    return TEXT.get(key)["zh".equals(lang) ? 1 : 0];
  }

  static String esc(String text) {
    return StringEscapeUtils.escapeHtml4(text);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
