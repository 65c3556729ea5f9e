package org.tripart.report;

import java.util.List;

/**
 * Plain text for a terminal: columns padded to line up (counting East Asian wide characters as two
 * columns), banners framed so they cannot be missed.
 */
final class TextRenderer implements Renderer {
  @Override
  public String render(Document document) {
    StringBuilder out = new StringBuilder();
    out.append(document.title()).append('\n');
    out.append("=".repeat(Math.min(100, width(document.title())))).append("\n\n");
    for (Block b : document.blocks()) {
      if (b instanceof Block.Heading h) {
        out.append(h.text()).append('\n');
        out.append((h.level() <= 1 ? "=" : "-").repeat(Math.min(100, width(h.text()))));
        out.append("\n\n");
      } else if (b instanceof Block.Paragraph p) {
        out.append(p.text()).append("\n\n");
      } else if (b instanceof Block.Banner banner) {
        List<String> lines = wrap(banner.text(), 96);
        int inner = lines.stream().mapToInt(TextRenderer::width).max().orElse(0);
        String frame = "*".repeat(inner + 4);
        out.append(frame).append('\n');
        for (String l : lines) {
          out.append("* ").append(l).append(" ".repeat(inner - width(l))).append(" *\n");
        }
        out.append(frame).append("\n\n");
      } else if (b instanceof Block.TableBlock tb) {
        table(out, tb.table());
      }
    }
    return out.toString();
  }

  private static void table(StringBuilder out, Table t) {
    if (!t.title().isEmpty()) {
      out.append(t.title()).append('\n');
    }
    int cols = t.headers().size();
    int[] w = new int[cols];
    for (int c = 0; c < cols; c++) {
      w[c] = width(t.headers().get(c));
      for (List<String> r : t.rows()) {
        w[c] = Math.max(w[c], width(r.get(c)));
      }
    }
    row(out, t.headers(), w, t.aligns());
    for (int c = 0; c < cols; c++) {
      out.append(c == 0 ? "" : "  ").append("-".repeat(w[c]));
    }
    out.append('\n');
    for (List<String> r : t.rows()) {
      row(out, r, w, t.aligns());
    }
    for (String n : t.notes()) {
      out.append("  ").append(n).append('\n');
    }
    out.append('\n');
  }

  private static void row(StringBuilder out, List<String> cells, int[] w, List<Align> aligns) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String s = cells.get(c);
      String pad = " ".repeat(w[c] - width(s));
      line.append(c == 0 ? "" : "  ");
      if (aligns.get(c) == Align.RIGHT) {
        line.append(pad).append(s);
      } else {
        line.append(s).append(pad);
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** Splits text at spaces into lines of at most {@code max} columns (longer words stay whole). */
  static List<String> wrap(String text, int max) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && width(line.toString()) + 1 + width(word) > max) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
