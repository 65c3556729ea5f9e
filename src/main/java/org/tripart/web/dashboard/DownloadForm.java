package org.tripart.web.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The items page's download form: the items to put in the table and the groups to compare. Plain
 * HTML, no script (CSP); every value passes through {@link DashboardPage#esc}. Stateless and
 * thread-safe.
 */
final class DownloadForm {
  private DownloadForm() {}

  /**
   * A plain GET form to the DOCX download (its XLSX button posts nowhere else: it changes the
   * action with {@code formaction}) with one checkbox per item chart, all ticked, and the groups to
   * compare.
   */
  static void append(
      StringBuilder out,
      String lang,
      String base,
      DashboardPage.Filters f,
      List<ObjectNode> charts) {
    out.append("<form class=\"choose-items\" method=\"get\" action=\"");
    out.append(DashboardPage.esc(base + "docx")).append("\">\n<fieldset><legend>");
    out.append(DashboardPage.esc(DashboardTexts.get("chooseItems", lang))).append("</legend>\n");
    hidden(out, "group", f.group());
    hidden(out, "by", f.by());
    hidden(out, "wave", f.wave());
    hidden(out, "lang", lang);
    for (ObjectNode c : charts) {
      String id = c.path("item").asText("");
      if (id.isEmpty()) {
        continue;
      }
      out.append("<label><input type=\"checkbox\" name=\"item\" value=\"")
          .append(DashboardPage.esc(id));
      out.append("\" checked> ")
          .append(DashboardPage.esc(c.path("title").asText()))
          .append("</label>\n");
    }
    out.append("</fieldset>\n");
    compare(out, lang, f);
    out.append("<button type=\"submit\" id=\"download-chosen-docx\">DOCX</button>\n");
    out.append("<button type=\"submit\" id=\"download-chosen-xlsx\" formaction=\"");
    out.append(DashboardPage.esc(base + "xlsx")).append("\">XLSX</button>\n</form>\n");
  }

  /**
   * The study's groups to compare, none ticked (the download is then of the chosen group alone);
   * not offered when the page is split by an item, which a comparison across groups cannot be.
   */
  private static void compare(StringBuilder out, String lang, DashboardPage.Filters f) {
    if (f.by() != null || f.groups().size() < 2) {
      return;
    }
    out.append("<fieldset class=\"compare-groups\"><legend>");
    out.append(DashboardPage.esc(DashboardTexts.get("compareGroups", lang))).append("</legend>\n");
    for (String g : f.groups()) {
      out.append("<label><input type=\"checkbox\" name=\"groups\" value=\"")
          .append(DashboardPage.esc(g));
      out.append("\"> ").append(DashboardPage.esc(g)).append("</label>\n");
    }
    out.append("</fieldset>\n");
  }

  private static void hidden(StringBuilder out, String name, String value) {
    if (value != null && !value.isBlank()) {
      out.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"");
      out.append(DashboardPage.esc(value)).append("\">\n");
    }
  }
}
