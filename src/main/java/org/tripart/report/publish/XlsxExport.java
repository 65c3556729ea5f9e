package org.tripart.report.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes publication tables as an Excel workbook: one sheet per table, one row per option, and per
 * group the count, the share and the interval bounds as numeric cells (shares as fractions with a
 * percent number format, so that they can be computed with), then the p-value; a last sheet "Notes"
 * with every table's footnotes. A withheld count reads {@code <5} or {@code —} and its share and
 * bounds are left empty. Stateless and thread-safe.
 */
public final class XlsxExport {
  /** The columns written per group, after the label. */
  public static final List<String> GROUP_COLUMNS = List.of("n", "%", "95% CI low", "95% CI high");

  private XlsxExport() {}

  /** The workbook's bytes. */
  public static byte[] write(List<PublicationTable> tables) {
    return write(tables, List.of());
  }

  /**
   * The workbook's bytes, with a sheet per formatted table of {@code others} (the network
   * statistics) after the publication tables: its cells as printed, its notes under it.
   */
  public static byte[] write(List<PublicationTable> tables, List<org.tripart.report.Table> others) {
    return write(tables, others, List.of());
  }

  /**
   * The workbook's bytes, with a sheet per regression table of {@code models} after the others
   * ({@link ModelSheets}: the estimate, interval bounds and p as numbers), its footnotes under it
   * and on the notes sheet.
   */
  public static byte[] write(
      List<PublicationTable> tables,
      List<org.tripart.report.Table> others,
      List<ModelTable> models) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      Set<String> names = new HashSet<>();
      for (PublicationTable t : tables) {
        sheet(book.createSheet(sheetName(t.title(), names)), t, styles);
      }
      for (org.tripart.report.Table t : others) {
        formatted(book.createSheet(sheetName(t.title(), names)), t, styles);
      }
      ModelSheets modelSheets = new ModelSheets(book, styles.bold, styles.indented);
      for (ModelTable m : models) {
        modelSheets.write(book.createSheet(sheetName(m.title(), names)), m);
      }
      Sheet notes = book.createSheet(sheetName("Notes", names));
      notes.setColumnWidth(0, 120 * 256);
      int r = 0;
      for (PublicationTable t : tables) {
        text(notes.createRow(r++).createCell(0), t.title(), styles.bold);
        for (String n : t.footnotes()) {
          notes.createRow(r++).createCell(0).setCellValue(n);
        }
        r++;
      }
      for (ModelTable m : models) {
        text(notes.createRow(r++).createCell(0), m.title(), styles.bold);
        for (String n : m.footnotes()) {
          notes.createRow(r++).createCell(0).setCellValue(n);
        }
        r++;
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(Sheet sheet, PublicationTable t, Styles styles) {
    text(sheet.createRow(0).createCell(0), t.title(), styles.bold);
    org.apache.poi.ss.usermodel.Row header = sheet.createRow(1);
    PublicationWords words = PublicationWords.of(t.language());
    text(header.createCell(0), words.characteristic(), styles.bold);
    int col = 1;
    for (String g : t.groups()) {
      for (String what : words.groupColumns()) {
        text(
            header.createCell(col++),
            t.groups().size() == 1 ? what : words.groupColumn(g, what),
            styles.bold);
      }
    }
    if (t.hasPValue()) {
      text(header.createCell(col), "p", styles.bold);
    }
    sheet.createFreezePane(1, 2);
    sheet.setColumnWidth(0, 60 * 256);
    for (int c = 1; c <= t.groups().size() * GROUP_COLUMNS.size() + 1; c++) {
      sheet.setColumnWidth(c, 14 * 256);
    }
    int r = 2;
    for (Row source : t.rows()) {
      org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
      text(row.createCell(0), source.label(), source.isHeading() ? styles.bold : styles.indented);
      col = 1;
      for (Cell c : source.cells()) {
        if (c.isShown()) {
          number(row.createCell(col), c.count(), styles.count);
          CellStyle pct =
              Numbers.decimals(c.count(), c.denominator()) == 0 ? styles.pct0 : styles.pct1;
          number(row.createCell(col + 1), c.proportion(), pct);
          if (c.ci().isDefined()) {
            number(row.createCell(col + 2), c.ci().low(), pct);
            number(row.createCell(col + 3), c.ci().high(), pct);
          }
        } else if (c.status().isHidden()) {
          text(row.createCell(col), c.mark(t.threshold()), styles.right);
        }
        col += GROUP_COLUMNS.size();
      }
      if (t.hasPValue() && !Double.isNaN(source.pValue())) {
        number(
            row.createCell(1 + t.groups().size() * GROUP_COLUMNS.size()),
            source.pValue(),
            styles.p);
      }
    }
    r++;
    for (String n : t.footnotes()) {
      sheet.createRow(r++).createCell(0).setCellValue(n);
    }
  }

  private static void formatted(Sheet sheet, org.tripart.report.Table t, Styles styles) {
    text(sheet.createRow(0).createCell(0), t.title(), styles.bold);
    org.apache.poi.ss.usermodel.Row header = sheet.createRow(1);
    for (int c = 0; c < t.headers().size(); c++) {
      text(header.createCell(c), t.headers().get(c), styles.bold);
      sheet.setColumnWidth(c, (c == 0 ? 60 : 40) * 256);
    }
    int r = 2;
    for (List<String> cells : t.rows()) {
      org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
      for (int c = 0; c < cells.size(); c++) {
        text(row.createCell(c), cells.get(c), c == 0 ? styles.indented : styles.right);
      }
    }
    r++;
    for (String n : t.notes()) {
      sheet.createRow(r++).createCell(0).setCellValue(n);
    }
  }

  private static void text(org.apache.poi.ss.usermodel.Cell cell, String value, CellStyle style) {
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void number(org.apache.poi.ss.usermodel.Cell cell, double value, CellStyle style) {
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /**
   * A sheet name Excel accepts: up to the first full stop of the title ({@code Table 1}), without
   * {@code []:*?/\}, at most 31 characters, unique in the workbook.
   */
  static String sheetName(String title, Set<String> taken) {
    String base = title.contains(".") ? title.substring(0, title.indexOf('.')) : title;
    base = base.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    if (base.isEmpty()) {
      base = "Table";
    }
    base = base.length() > 28 ? base.substring(0, 28) : base;
    String name = base;
    for (int i = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
      name = base + " " + i;
    }
    taken.add(name.toLowerCase(java.util.Locale.ROOT));
    return name;
  }

  /** The cell styles of one workbook. */
  private static final class Styles {
    final CellStyle bold;
    final CellStyle indented;
    final CellStyle right;
    final CellStyle count;
    final CellStyle pct0;
    final CellStyle pct1;
    final CellStyle p;

    Styles(XSSFWorkbook book) {
      Font font = book.createFont();
      font.setBold(true);
      bold = book.createCellStyle();
      bold.setFont(font);
      indented = book.createCellStyle();
      indented.setIndention((short) 1);
      right = book.createCellStyle();
      right.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
      count = numeric(book, "#,##0");
      pct0 = numeric(book, "0%");
      pct1 = numeric(book, "0.0%");
      p = numeric(book, "0.000");
    }

    private static CellStyle numeric(XSSFWorkbook book, String format) {
      CellStyle s = book.createCellStyle();
      s.setDataFormat(book.createDataFormat().getFormat(format));
      return s;
    }
  }
}
