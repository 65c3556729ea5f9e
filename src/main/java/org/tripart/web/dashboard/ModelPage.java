package org.tripart.web.dashboard;

import static org.tripart.web.dashboard.DashboardPage.enc;
import static org.tripart.web.dashboard.DashboardPage.esc;

import java.util.List;
import org.tripart.dataset.CodedColumn;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.MultiColumn;
import org.tripart.dataset.NumericColumn;
import org.tripart.instrument.Item;
import org.tripart.instrument.Option;
import org.tripart.report.publish.ModelTable;

/**
 * The model panel's HTML: the fitted table in gtsummary's layout (a covariate's label row, its
 * levels indented, the reference level's dash) with its footnotes, or the message of a model that
 * does not fit, then the form that asks for it ({@code GET}, so that a model is a link). No inline
 * script or style (CSP); every value from outside passes through {@link DashboardPage#esc}.
 * Stateless and thread-safe.
 */
final class ModelPage {
  private ModelPage() {}

  static String forbidden(String lang, String study, String title) {
    StringBuilder out = new StringBuilder(4096);
    start(out, lang, study, title);
    out.append("<p class=\"banner\" role=\"alert\">");
    out.append(esc(ModelTexts.get("analystsOnly", lang))).append("</p>\n</main>\n");
    return DashboardPage.tail(out);
  }

  static String render(
      String lang,
      String study,
      String title,
      ModelPanel.Form form,
      DashboardData.Selection s,
      List<String> groups,
      ModelPanel.Outcome outcome,
      String downloads) {
    StringBuilder out = new StringBuilder(32_768);
    start(out, lang, study, title);
    out.append("<p class=\"note\">").append(esc(ModelTexts.get("explain", lang))).append("</p>\n");
    if (outcome.error() != null) {
      String text =
          outcome.error().equals("noResponses")
              ? ModelTexts.get("noResponses", lang)
              : outcome.error();
      out.append("<p class=\"banner\" id=\"model-error\" role=\"alert\">");
      out.append(esc(text)).append("</p>\n");
    }
    if (outcome.table() != null) {
      table(out, outcome.table());
      downloads(out, lang, study, downloads);
    }
    form(out, lang, study, form, s, groups);
    out.append("</main>\n");
    return DashboardPage.tail(out);
  }

  /** Links to the shown model as Word, Excel and full-precision CSV ({@code query}: the form's). */
  private static void downloads(StringBuilder out, String lang, String study, String query) {
    out.append("<p class=\"downloads\" id=\"model-downloads\">");
    out.append(esc(ModelTexts.get("download", lang)));
    String[][] links = {
      {"docx", ModelTexts.get("word", lang)},
      {"xlsx", ModelTexts.get("excel", lang)},
      {"csv", ModelTexts.get("csv", lang)}
    };
    for (String[] link : links) {
      out.append(" <a id=\"model-").append(link[0]).append("\" href=\"/dashboard/");
      out.append(enc(study)).append("/model.").append(link[0]).append('?').append(esc(query));
      out.append("\">").append(esc(link[1])).append("</a>");
    }
    out.append("</p>\n");
  }

  private static void start(StringBuilder out, String lang, String study, String title) {
    DashboardPage.head(
        out,
        lang,
        ModelTexts.get("model", lang) + " – " + title,
        "/assets/dashboard/dashboard.js",
        null);
    DashboardPage.nav(out, lang, study, "model", "/dashboard/" + enc(study) + "/model");
    out.append("<main class=\"dash\">\n<h1>").append(esc(ModelTexts.get("model", lang)));
    out.append("</h1>\n<p class=\"study\">").append(esc(title)).append("</p>\n");
  }

  private static void form(
      StringBuilder out,
      String lang,
      String study,
      ModelPanel.Form f,
      DashboardData.Selection s,
      List<String> groups) {
    Dataset data = s.data();
    out.append("<form class=\"filters model-form\" id=\"model-form\" method=\"get\" action=\"");
    out.append(esc("/dashboard/" + enc(study) + "/model")).append("\">\n");
    out.append("<label>").append(esc(DashboardTexts.get("group", lang)));
    out.append(" <select name=\"group\" id=\"model-group\">\n");
    for (String g : groups) {
      option(out, g, g, g.equals(s.group()));
    }
    out.append("</select></label>\n<label>").append(esc(ModelTexts.get("outcome", lang)));
    out.append(" <select name=\"outcome\" id=\"model-outcome\">\n");
    option(out, "", ModelTexts.get("choose", lang), f.outcome() == null);
    for (Column c : data.columns().values()) {
      Item item = c.item();
      String label = item.label().in(lang);
      if (c instanceof NumericColumn) {
        option(
            out,
            item.id(),
            label + " (" + ModelTexts.get("number", lang) + ")",
            item.id().equals(f.outcome()));
      } else if (c instanceof CodedColumn && item.type().isSingleChoice()) {
        option(
            out,
            item.id(),
            label + " (" + ModelTexts.get("ordered", lang) + ")",
            item.id().equals(f.outcome()));
        for (Option o : item.options()) {
          String v = item.id() + "=" + o.code();
          option(out, v, label + " = " + o.label().in(lang), v.equals(f.outcome()));
        }
      }
    }
    out.append("</select></label>\n<label>").append(esc(ModelTexts.get("family", lang)));
    out.append(" <select name=\"family\" id=\"model-family\">\n");
    for (String fam : List.of("gaussian", "binomial", "poisson", "ordinal")) {
      option(
          out,
          fam,
          ModelTexts.get(fam, lang),
          fam.equals(f.family() == null ? "gaussian" : f.family()));
    }
    out.append("</select></label>\n");
    out.append("<fieldset class=\"model-covariates\"><legend>");
    out.append(esc(ModelTexts.get("covariates", lang))).append("</legend>\n");
    for (Column c : data.columns().values()) {
      if (!(c instanceof NumericColumn || c instanceof CodedColumn || c instanceof MultiColumn)) {
        continue;
      }
      Item item = c.item();
      out.append("<label class=\"check\"><input type=\"checkbox\" name=\"covariates\" value=\"");
      out.append(esc(item.id())).append('"');
      out.append(f.covariates().contains(item.id()) ? " checked>" : ">");
      out.append(' ').append(esc(item.label().in(lang))).append("</label>\n");
    }
    out.append("</fieldset>\n");
    text(out, "terms", ModelTexts.get("terms", lang), f.terms());
    text(out, "reference", ModelTexts.get("reference", lang), f.reference());
    design(out, lang, data, "weights", f.weights(), true);
    design(out, lang, data, "strata", f.strata(), false);
    design(out, lang, data, "cluster", f.cluster(), false);
    out.append("<button type=\"submit\" id=\"model-fit\">")
        .append(esc(ModelTexts.get("fit", lang)));
    out.append("</button>\n</form>\n");
  }

  /** A design column's choice: numeric items for weights, coded ones for strata and clusters. */
  private static void design(
      StringBuilder out, String lang, Dataset data, String name, String chosen, boolean numeric) {
    out.append("<label>").append(esc(ModelTexts.get(name, lang)));
    out.append(" <select name=\"").append(name).append("\" id=\"model-").append(name);
    out.append("\">\n");
    option(out, "", DashboardTexts.get("none", lang), chosen == null);
    for (Column c : data.columns().values()) {
      boolean fits = numeric ? c instanceof NumericColumn : c instanceof CodedColumn;
      if (fits) {
        Item item = c.item();
        option(out, item.id(), item.label().in(lang), item.id().equals(chosen));
      }
    }
    out.append("</select></label>\n");
  }

  private static void text(StringBuilder out, String name, String label, String value) {
    out.append("<label>").append(esc(label)).append(" <input name=\"").append(name);
    out.append("\" id=\"model-").append(name).append("\" size=\"28\" value=\"");
    out.append(esc(value == null ? "" : value)).append("\"></label>\n");
  }

  private static void option(StringBuilder out, String value, String label, boolean selected) {
    out.append("<option value=\"").append(esc(value)).append('"');
    out.append(selected ? " selected>" : ">").append(esc(label)).append("</option>\n");
  }

  /** The table as gtsummary shows it, then its footnotes. */
  static void table(StringBuilder out, ModelTable t) {
    out.append("<section class=\"model\">\n<table class=\"model-table\" id=\"model-table\">\n");
    out.append("<caption>").append(esc(t.title())).append("</caption>\n<thead><tr>");
    for (String h : t.headers()) {
      out.append("<th scope=\"col\">").append(esc(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (ModelTable.Line l : t.lines()) {
      boolean level = l.kind() == ModelTable.Kind.LEVEL;
      out.append("<tr class=\"").append(level ? "level" : "variable").append("\">");
      out.append("<th scope=\"row\">").append(esc(l.label())).append("</th>");
      for (String cell : t.cells(l)) {
        out.append("<td>").append(esc(cell)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n<ul class=\"model-notes\">\n");
    for (String n : t.footnotes()) {
      out.append("<li>").append(esc(n)).append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }
}
