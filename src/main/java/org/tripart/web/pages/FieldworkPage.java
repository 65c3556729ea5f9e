package org.tripart.web.pages;

import static org.tripart.web.pages.Html.esc;

import java.util.List;
import java.util.Locale;
import org.tripart.fieldwork.FieldworkSummary;
import org.tripart.fieldwork.FieldworkSummary.Dimension;
import org.tripart.fieldwork.FieldworkSummary.Row;
import org.tripart.fieldwork.Rate;
import org.tripart.instrument.Province;
import org.tripart.instrument.Provinces;

/**
 * The survey lead's fieldwork page: one table per summary (by group, province, tier) with invited,
 * started, completed, partial, RR1 and RR2, each rate with its numerator and denominator, and the
 * AAPOR definitions. Rows a viewer may not see show a dash in every cell, and a note above the
 * tables says which counts are withheld. The page reloads itself every 30 seconds through {@code
 * <meta http-equiv="refresh">}, so it needs no script. Stateless and thread-safe.
 */
public final class FieldworkPage {
  private static final String DASH = "–";

  private FieldworkPage() {}

  /**
   * One table of the page and what of it the reader may not see.
   *
   * @param withheldRows per row of the summary, whether it is withheld; not copied, not changed
   * @param totalWithheld whether the total row is withheld
   */
  public record Table(FieldworkSummary summary, boolean[] withheldRows, boolean totalWithheld) {
    /** A table shown whole. */
    public static Table exact(FieldworkSummary summary) {
      return new Table(summary, new boolean[summary.rows().size()], false);
    }
  }

  /**
   * What the page says about disclosure control.
   *
   * @param withheld whether the reader sees small counts withheld (a viewer)
   * @param threshold the study's threshold: counts from 1 to {@code threshold - 1} are withheld
   *     from viewers
   */
  public record Disclosure(boolean withheld, int threshold) {}

  /**
   * The full HTML document.
   *
   * @param language {@code en} or {@code zh}; province and tier names follow it
   * @param summaries the tables to show, in order
   * @param definitionsMarkdownAsHtml the definitions of dispositions and rates as trusted,
   *     already-escaped HTML, inserted as is; empty or null to show only the short definitions of
   *     RR1 and RR2
   */
  public static String render(
      String language,
      String studyTitle,
      List<FieldworkSummary> summaries,
      String definitionsMarkdownAsHtml) {
    return render(
        language,
        studyTitle,
        summaries.stream().map(Table::exact).toList(),
        null,
        0,
        definitionsMarkdownAsHtml);
  }

  /**
   * The full HTML document with rows withheld.
   *
   * @param tables the tables to show, in order
   * @param disclosure what to say about withheld counts, or null to say nothing
   * @param syntheticInvitations how many of the invitations are SYNTHETIC demonstration data; above
   *     0 the page says so in a banner
   * @param definitionsMarkdownAsHtml as in {@link #render(String, String, List, String)}
   */
  public static String render(
      String language,
      String studyTitle,
      List<Table> tables,
      Disclosure disclosure,
      long syntheticInvitations,
      String definitionsMarkdownAsHtml) {
    String lang = language == null ? "en" : language;
    String heading = Texts.get("fieldwork", lang);
    StringBuilder out = new StringBuilder(16_384);
    Html.head(
        out,
        lang,
        heading + " – " + studyTitle,
        false,
        "<meta http-equiv=\"refresh\" content=\"30\">\n");
    out.append("<header class=\"top\">\n<p class=\"study\">").append(esc(studyTitle));
    out.append("</p>\n</header>\n");
    if (syntheticInvitations > 0) {
      out.append("<p class=\"banner synthetic\" role=\"note\">");
      out.append(
          esc(
              Texts.get("syntheticFieldwork", lang)
                  .replace("{n}", String.format(Locale.ROOT, "%,d", syntheticInvitations))));
      out.append("</p>\n");
    }
    out.append("<main class=\"fieldwork\">\n<h1>").append(esc(heading));
    out.append("</h1>\n<p class=\"note\">").append(esc(Texts.get("refresh", lang)));
    out.append("</p>\n");
    if (disclosure != null && disclosure.threshold() > 1) {
      String text = Texts.get(disclosure.withheld() ? "withheld" : "exactCounts", lang);
      out.append("<p class=\"note disclosure\">");
      out.append(esc(text.replace("{n}", Integer.toString(disclosure.threshold()))));
      out.append("</p>\n");
    }
    for (Table t : tables) {
      table(out, t, lang);
    }
    out.append("<section class=\"definitions\">\n<h2>").append(esc(Texts.get("definitions", lang)));
    out.append("</h2>\n<dl>\n<dt>RR1</dt><dd>I / ((I+P) + (R+NC+O) + (UH+UO))</dd>\n");
    out.append("<dt>RR2</dt><dd>(I+P) / ((I+P) + (R+NC+O) + (UH+UO))</dd>\n</dl>\n");
    if (definitionsMarkdownAsHtml != null && !definitionsMarkdownAsHtml.isBlank()) {
      out.append("<div class=\"definitions-text\">\n").append(definitionsMarkdownAsHtml);
      out.append("\n</div>\n");
    }
    out.append("</section>\n</main>\n");
    Html.tail(out);
    return out.toString();
  }

  private static void table(StringBuilder out, Table t, String lang) {
    FieldworkSummary s = t.summary();
    Dimension d = s.dimension();
    out.append("<div class=\"table-wrap\">\n<table>\n<caption>")
        .append(esc(Texts.get(d.name(), lang)));
    out.append("</caption>\n<thead><tr><th scope=\"col\">")
        .append(esc(Texts.get("col" + d.name(), lang)));
    for (String c : List.of("invited", "started", "completed", "partial")) {
      out.append("</th><th scope=\"col\" class=\"num\">").append(esc(Texts.get(c, lang)));
    }
    out.append("</th><th scope=\"col\" class=\"num\">RR1</th><th scope=\"col\" class=\"num\">RR2");
    out.append("</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < s.rows().size(); i++) {
      Row r = s.rows().get(i);
      row(out, keyName(d, r.key(), lang), r, lang, "", t.withheldRows()[i]);
    }
    out.append("</tbody>\n<tfoot>\n");
    row(out, Texts.get("total", lang), s.total(), lang, " class=\"total\"", t.totalWithheld());
    out.append("</tfoot>\n</table>\n</div>\n");
  }

  private static void row(
      StringBuilder out, String name, Row r, String lang, String cls, boolean withheld) {
    out.append("<tr").append(cls).append("><th scope=\"row\">").append(esc(name)).append("</th>");
    if (withheld) {
      String title = esc(Texts.get("withheldCell", lang));
      for (int i = 0; i < 6; i++) {
        out.append("<td class=\"num withheld\" title=\"").append(title).append("\">");
        out.append(DASH).append("</td>");
      }
      out.append("</tr>\n");
      return;
    }
    for (long n : new long[] {r.invited(), r.started(), r.completed(), r.partial()}) {
      out.append("<td class=\"num\">").append(String.format(Locale.ROOT, "%,d", n)).append("</td>");
    }
    out.append(rate(r.rr1(), lang)).append(rate(r.rr2(), lang)).append("</tr>\n");
  }

  /** A rate as {@code 99.88% (5,142/5,148)}, or "n/a" when its denominator is 0. */
  static String rate(Rate rate, String lang) {
    String counts = String.format(Locale.ROOT, "%,d/%,d", rate.numerator(), rate.denominator());
    if (rate.denominator() == 0) {
      return "<td class=\"num na\">" + esc(Texts.get("notAvailable", lang)) + "</td>";
    }
    return "<td class=\"num\">"
        + String.format(Locale.ROOT, "%.2f%%", rate.percent())
        + " <span class=\"counts\">("
        + counts
        + ")</span></td>";
  }

  private static String keyName(Dimension d, String key, String lang) {
    if (FieldworkSummary.NOT_RECORDED.equals(key)) {
      return Texts.get("notRecorded", lang);
    }
    if (d == Dimension.PROVINCE) {
      return Provinces.byCode(key)
          .map((Province p) -> "zh".equals(lang) ? p.nameZh() : p.nameEn())
          .orElse(key);
    }
    if (d == Dimension.TIER) {
      String name = Texts.get(key, lang);
      return name.isEmpty() ? key : name;
    }
    return key;
  }
}
