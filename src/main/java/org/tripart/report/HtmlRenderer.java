package org.tripart.report;

import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * One self-contained HTML5 page: styles inline in the head, no scripts, nothing loaded from
 * elsewhere, every text escaped.
 */
final class HtmlRenderer implements Renderer {
  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC",sans-serif;\
      margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24;line-height:1.45}
      h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}
      table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}
      caption{text-align:left;font-weight:600;padding:.3rem 0}
      th,td{border-bottom:1px solid #d0d7de;padding:.25rem .6rem;vertical-align:top}
      th{background:#f6f8fa;text-align:left}td.r,th.r{text-align:right;font-variant-numeric:tabular-nums}
      .banner{background:#fff8c5;border:1px solid #d4a72c;padding:.6rem 1rem;font-weight:600}
      .notes{font-size:.85rem;color:#57606a;margin:-1rem 0 1.5rem}
      """;

  @Override
  public String render(Document document) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>").append(esc(document.title())).append("</title>\n");
    out.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    out.append("<h1>").append(esc(document.title())).append("</h1>\n");
    for (Block b : document.blocks()) {
      if (b instanceof Block.Heading h) {
        int level = Math.min(6, h.level() + 1);
        out.append("<h").append(level).append('>').append(esc(h.text()));
        out.append("</h").append(level).append(">\n");
      } else if (b instanceof Block.Paragraph p) {
        out.append("<p>").append(esc(p.text())).append("</p>\n");
      } else if (b instanceof Block.Banner banner) {
        out.append("<p class=\"banner\">").append(esc(banner.text())).append("</p>\n");
      } else if (b instanceof Block.TableBlock tb) {
        table(out, tb.table());
      }
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void table(StringBuilder out, Table t) {
    out.append("<table>\n");
    if (!t.title().isEmpty()) {
      out.append("<caption>").append(esc(t.title())).append("</caption>\n");
    }
    out.append("<thead><tr>");
    for (int c = 0; c < t.headers().size(); c++) {
      out.append("<th scope=\"col\"").append(cls(t.aligns().get(c))).append('>');
      out.append(esc(t.headers().get(c))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> r : t.rows()) {
      out.append("<tr>");
      for (int c = 0; c < r.size(); c++) {
        out.append("<td").append(cls(t.aligns().get(c))).append('>');
        out.append(esc(r.get(c))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    if (!t.notes().isEmpty()) {
      out.append("<div class=\"notes\">");
      for (String n : t.notes()) {
        out.append("<p>").append(esc(n)).append("</p>");
      }
      out.append("</div>\n");
    }
  }

  private static String cls(Align a) {
    return a == Align.RIGHT ? " class=\"r\"" : "";
  }

  private static String esc(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }
}
