package org.tripart.report.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes publication tables as a Word document a journal accepts: each table a real Word table in
 * the three-line style (a rule above, one under the header, one below; no vertical rules), its
 * header row repeated on every page, its title above and footnotes below, in Times New Roman with
 * SimSun for Chinese. Landscape when a table has more than seven columns. Stateless and
 * thread-safe.
 */
public final class DocxExport {
  static final String LATIN_FONT = "Times New Roman";
  static final String CHINESE_FONT = "SimSun";
  private static final int BODY_POINTS = 10;
  private static final int NOTE_POINTS = 8;
  private static final int HEAVY_RULE = 12;
  private static final int LIGHT_RULE = 6;

  private DocxExport() {}

  /**
   * The document's bytes.
   *
   * @param title printed first, in bold; empty for none
   * @param paragraphs printed after the title (for example the synthetic-data label), may be empty
   */
  public static byte[] write(String title, List<String> paragraphs, List<PublicationTable> tables) {
    return write(title, paragraphs, tables, List.of());
  }

  /**
   * The document's bytes, with {@code others} (tables of already formatted cells, such as the
   * network statistics) after the publication tables, in the same style.
   */
  public static byte[] write(
      String title,
      List<String> paragraphs,
      List<PublicationTable> tables,
      List<org.tripart.report.Table> others) {
    return write(title, paragraphs, tables, others, List.of());
  }

  /**
   * The document's bytes, with {@code models} (regression tables in gtsummary's layout: a
   * covariate's label in bold, its levels indented under it) after the other tables.
   */
  public static byte[] write(
      String title,
      List<String> paragraphs,
      List<PublicationTable> tables,
      List<org.tripart.report.Table> others,
      List<ModelTable> models) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      boolean landscape = tables.stream().anyMatch(t -> t.headers().size() > 7);
      if (landscape) {
        landscape(doc);
      }
      if (!title.isEmpty()) {
        run(doc.createParagraph(), title, 14, true);
      }
      for (String p : paragraphs) {
        run(doc.createParagraph(), p, BODY_POINTS, p.startsWith("SYNTHETIC"));
      }
      for (PublicationTable t : tables) {
        table(doc, t, landscape);
      }
      for (org.tripart.report.Table t : others) {
        table(doc, asPublication(t), landscape);
      }
      for (ModelTable m : models) {
        table(doc, m, landscape);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A formatted table in the publication table's frame: its rows as printed, never withheld. */
  private static Formatted asPublication(org.tripart.report.Table t) {
    return new Formatted(t.title(), t.headers(), t.rows(), t.notes());
  }

  private record Formatted(
      String title, List<String> headers, List<List<String>> rows, List<String> footnotes) {}

  private static void table(XWPFDocument doc, PublicationTable t, boolean landscape) {
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> printed = t.textRows();
    List<Boolean> headings = new ArrayList<>();
    for (int r = 0; r < printed.size(); r++) {
      Row source = t.rows().get(r);
      List<String> cells = new ArrayList<>(printed.get(r));
      cells.set(0, source.label());
      rows.add(cells);
      headings.add(source.isHeading());
    }
    table(doc, new Formatted(t.title(), t.headers(), rows, t.footnotes()), headings, landscape);
  }

  private static void table(XWPFDocument doc, ModelTable m, boolean landscape) {
    List<List<String>> rows = new ArrayList<>();
    List<Boolean> headings = new ArrayList<>();
    for (ModelTable.Line l : m.lines()) {
      List<String> cells = new ArrayList<>();
      cells.add(l.label());
      cells.addAll(m.cells(l));
      rows.add(cells);
      headings.add(l.kind() == ModelTable.Kind.VARIABLE);
    }
    table(doc, new Formatted(m.title(), m.headers(), rows, m.footnotes()), headings, landscape);
  }

  private static void table(XWPFDocument doc, Formatted t, boolean landscape) {
    table(doc, t, java.util.Collections.nCopies(t.rows().size(), null), landscape);
  }

  /**
   * @param headings per row: true for a heading, false for an indented option row, null for a row
   *     of a formatted table (neither bold nor indented)
   */
  private static void table(
      XWPFDocument doc, Formatted t, List<Boolean> headings, boolean landscape) {
    XWPFParagraph caption = doc.createParagraph();
    caption.setAlignment(ParagraphAlignment.LEFT);
    caption.setKeepNext(true);
    caption.setSpacingBefore(240);
    run(caption, t.title(), BODY_POINTS + 1, true);
    List<String> headers = t.headers();
    List<List<String>> rows = t.rows();
    XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
    table.setWidth("100%");
    table.setTableAlignment(TableRowAlign.CENTER);
    table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, HEAVY_RULE, 0, "000000");
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, HEAVY_RULE, 0, "000000");
    table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < headers.size(); c++) {
      XWPFTableCell cell = header.getCell(c);
      write(
          cell,
          headers.get(c),
          true,
          c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER,
          false);
      CTTcPr pr =
          cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
      CTBorder bottom = pr.addNewTcBorders().addNewBottom();
      bottom.setVal(STBorder.SINGLE);
      bottom.setSz(BigInteger.valueOf(LIGHT_RULE));
      bottom.setColor("000000");
    }
    int usable = landscape ? 14000 : 9000;
    int first = usable * 2 / 5;
    int other = (usable - first) / (headers.size() - 1);
    var grid =
        table.getCTTbl().getTblGrid() == null
            ? table.getCTTbl().addNewTblGrid()
            : table.getCTTbl().getTblGrid();
    for (int c = 0; c < headers.size(); c++) {
      BigInteger w = BigInteger.valueOf(c == 0 ? first : other);
      if (c < grid.sizeOfGridColArray()) {
        grid.getGridColArray(c).setW(w);
      } else {
        grid.addNewGridCol().setW(w);
      }
      for (XWPFTableRow row : table.getRows()) {
        row.getCell(c).setWidth(String.valueOf(c == 0 ? first : other));
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      Boolean heading = headings.get(r);
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      List<String> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        write(
            row.getCell(c),
            cells.get(c),
            Boolean.TRUE.equals(heading) && c == 0,
            c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER,
            c == 0 && Boolean.FALSE.equals(heading));
      }
    }
    for (String note : t.footnotes()) {
      XWPFParagraph p = doc.createParagraph();
      p.setSpacingAfter(0);
      run(p, note, NOTE_POINTS, note.startsWith("SYNTHETIC"));
    }
  }

  private static void write(
      XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align, boolean indent) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(align);
    p.setSpacingAfter(0);
    p.setSpacingBefore(0);
    if (indent) {
      p.setIndentationLeft(240);
    }
    run(p, text, BODY_POINTS, bold);
  }

  private static void run(XWPFParagraph p, String text, int points, boolean bold) {
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setBold(bold);
    r.setFontSize(points);
    r.setFontFamily(LATIN_FONT);
    r.setFontFamily(CHINESE_FONT, XWPFRun.FontCharRange.eastAsia);
  }

  private static void landscape(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setOrient(STPageOrientation.LANDSCAPE);
    size.setW(BigInteger.valueOf(16838));
    size.setH(BigInteger.valueOf(11906));
  }
}
