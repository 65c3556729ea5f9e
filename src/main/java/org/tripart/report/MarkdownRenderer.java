package org.tripart.report;

import java.util.List;

/** GitHub-flavoured Markdown: pipe tables, with pipes and line breaks in cells escaped. */
final class MarkdownRenderer implements Renderer {
  @Override
  public String render(Document document) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(inline(document.title())).append("\n\n");
    for (Block b : document.blocks()) {
      if (b instanceof Block.Heading h) {
        out.append("#".repeat(Math.min(6, h.level() + 1))).append(' ');
        out.append(inline(h.text())).append("\n\n");
      } else if (b instanceof Block.Paragraph p) {
        out.append(inline(p.text())).append("\n\n");
      } else if (b instanceof Block.Banner banner) {
        out.append("> **").append(inline(banner.text())).append("**\n\n");
      } else if (b instanceof Block.TableBlock tb) {
        table(out, tb.table());
      }
    }
    return out.toString();
  }

  private static void table(StringBuilder out, Table t) {
    if (!t.title().isEmpty()) {
      out.append("**").append(inline(t.title())).append("**\n\n");
    }
    row(out, t.headers());
    StringBuilder sep = new StringBuilder("|");
    for (Align a : t.aligns()) {
      sep.append(a == Align.RIGHT ? " ---: |" : " --- |");
    }
    out.append(sep).append('\n');
    for (List<String> r : t.rows()) {
      row(out, r);
    }
    out.append('\n');
    for (String n : t.notes()) {
      out.append("- ").append(inline(n)).append('\n');
    }
    if (!t.notes().isEmpty()) {
      out.append('\n');
    }
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String c : cells) {
      out.append(' ').append(cell(c)).append(" |");
    }
    out.append('\n');
  }

  private static String cell(String s) {
    return inline(s).replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
  }

  private static String inline(String s) {
    return s.replace("\\", "\\\\")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
