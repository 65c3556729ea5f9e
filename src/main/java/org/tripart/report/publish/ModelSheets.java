package org.tripart.report.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link ModelTable} as a sheet of one workbook: the caption, the header Characteristic |
 * OR | 95% CI low | 95% CI high | p, one row per table row with the estimate, the bounds and p as
 * numeric cells at full precision, each shown with the decimals the printed table gives it ({@code
 * <0.001} and {@code >0.9} as number formats, so the cell keeps the p-value), a reference level's
 * estimate as {@code —}, then the footnotes. Not thread-safe: one per workbook.
 */
final class ModelSheets {
  private final XSSFWorkbook book;
  private final CellStyle bold;
  private final CellStyle indented;
  private final CellStyle right;
  private final Map<String, CellStyle> formats = new HashMap<>();

  ModelSheets(XSSFWorkbook book, CellStyle bold, CellStyle indented) {
    this.book = book;
    this.bold = bold;
    this.indented = indented;
    this.right = book.createCellStyle();
    right.setAlignment(HorizontalAlignment.RIGHT);
  }

  void write(Sheet sheet, ModelTable m) {
    text(sheet.createRow(0).createCell(0), m.title(), bold);
    Row header = sheet.createRow(1);
    List<String> bounds = m.boundHeaders();
    List<String> heads =
        List.of(m.characteristicHeader(), m.estimateHeader(), bounds.get(0), bounds.get(1), "p");
    for (int c = 0; c < heads.size(); c++) {
      text(header.createCell(c), heads.get(c), bold);
      sheet.setColumnWidth(c, (c == 0 ? 60 : 14) * 256);
    }
    sheet.createFreezePane(1, 2);
    int r = 2;
    for (ModelTable.Line l : m.lines()) {
      Row row = sheet.createRow(r++);
      text(row.createCell(0), l.label(), l.kind() == ModelTable.Kind.LEVEL ? indented : bold);
      if (l.reference()) {
        text(row.createCell(1), ModelTable.REFERENCE, right);
        text(row.createCell(2), ModelTable.REFERENCE, right);
        continue;
      }
      if (!l.hasEstimate()) {
        continue;
      }
      estimate(row.createCell(1), l.estimate(), m);
      if (!Double.isNaN(l.low())) {
        estimate(row.createCell(2), l.low(), m);
        estimate(row.createCell(3), l.high(), m);
      }
      if (!Double.isNaN(l.p())) {
        RegressionNumbers.Styled p = RegressionNumbers.pValue(l.p());
        String format =
            p.text().startsWith("<") || p.text().startsWith(">")
                ? "\"" + p.text() + "\""
                : decimals(p.decimals());
        number(row.createCell(4), l.p(), format);
      }
    }
    r++;
    for (String n : m.footnotes()) {
      sheet.createRow(r++).createCell(0).setCellValue(n);
    }
  }

  private void estimate(org.apache.poi.ss.usermodel.Cell cell, double v, ModelTable m) {
    number(cell, v, decimals(m.styled(v).decimals()));
  }

  private static String decimals(int d) {
    return d == 0 ? "0" : "0." + "0".repeat(d);
  }

  private void number(org.apache.poi.ss.usermodel.Cell cell, double v, String format) {
    cell.setCellValue(v);
    cell.setCellStyle(
        formats.computeIfAbsent(
            format,
            f -> {
              CellStyle s = book.createCellStyle();
              s.setDataFormat(book.createDataFormat().getFormat(f));
              return s;
            }));
  }

  private static void text(org.apache.poi.ss.usermodel.Cell cell, String value, CellStyle style) {
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }
}
