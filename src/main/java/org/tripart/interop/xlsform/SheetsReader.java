package org.tripart.interop.xlsform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * Reads the sheets of an XLSForm in any of its flavours: an .xlsx or legacy .xls workbook, the
 * single-file CSV flavour (sheet names in column A, the sheet's rows shifted one column right) and
 * the Markdown-table flavour of pyxform's tests ({@code | survey | | type | name |}). Blank rows
 * are left out. Stateless and thread-safe.
 */
final class SheetsReader {
  private SheetsReader() {}

  /**
   * The sheets in file order.
   *
   * @throws TripartException ({@link ErrorCode#IMPORT_UNREADABLE}) when the content is not a
   *     workbook, CSV or Markdown XLSForm
   */
  static List<Sheet> read(byte[] content, String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K';
    boolean ole = content.length >= 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF;
    if (zip || ole || lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
      return workbook(content, fileName);
    }
    String text = new String(content, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (lower.endsWith(".md") || text.stripLeading().startsWith("|")) {
      return grid(markdownRows(text), fileName, false);
    }
    if (lower.endsWith(".csv")) {
      return grid(csvRows(text, fileName), fileName, true);
    }
    throw new TripartException(
        ErrorCode.IMPORT_UNREADABLE,
        fileName,
        "not an XLSForm: expected an .xlsx or .xls workbook, a CSV or a Markdown-table form");
  }

  private static List<Sheet> workbook(byte[] content, String fileName) {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    List<Sheet> sheets = new ArrayList<>();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      for (org.apache.poi.ss.usermodel.Sheet s : wb) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row r : s) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
            cells.add(text(r.getCell(c), formatter));
          }
          rows.add(cells);
          numbers.add(r.getRowNum() + 1);
        }
        sheets.add(sheet(s.getSheetName(), fileName, true, 0, rows, numbers));
      }
    } catch (IOException | RuntimeException e) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE,
          fileName,
          "not a readable .xlsx or .xls workbook (" + e.getClass().getSimpleName() + ")");
    }
    return sheets;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.FORMULA) {
      return switch (cell.getCachedFormulaResultType()) {
        case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
        case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
        case STRING -> cell.getStringCellValue().trim();
        default -> "";
      };
    }
    return formatter.formatCellValue(cell).trim();
  }

  /** Rows of a flavour whose first column names the sheet; each row's cells from column A. */
  private record GridRow(int line, List<String> cells) {}

  private static List<GridRow> csvRows(String text, String fileName) {
    List<GridRow> rows = new ArrayList<>();
    try {
      for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(text))) {
        List<String> cells = new ArrayList<>();
        r.forEach(v -> cells.add(v.trim()));
        rows.add(new GridRow((int) r.getRecordNumber(), cells));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new TripartException(
          ErrorCode.IMPORT_UNREADABLE, fileName, "malformed CSV: " + e.getMessage());
    }
    return rows;
  }

  private static List<GridRow> markdownRows(String text) {
    List<GridRow> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.startsWith("|")) {
        continue;
      }
      String body = line.substring(1);
      if (body.endsWith("|")) {
        body = body.substring(0, body.length() - 1);
      }
      List<String> cells = new ArrayList<>();
      for (String c : body.split("\\|", -1)) {
        cells.add(c.trim());
      }
      rows.add(new GridRow(i + 1, cells));
    }
    return rows;
  }

  private static List<Sheet> grid(List<GridRow> all, String fileName, boolean csv) {
    List<Sheet> sheets = new ArrayList<>();
    String name = null;
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (GridRow r : all) {
      String first = r.cells().isEmpty() ? "" : r.cells().get(0);
      if (!first.isEmpty()) {
        if (name != null) {
          sheets.add(sheet(name, fileName, false, 1, rows, numbers));
        }
        name = first;
        rows = new ArrayList<>();
        numbers = new ArrayList<>();
      } else if (name != null) {
        rows.add(r.cells().subList(1, r.cells().size()));
        numbers.add(r.line());
      } else if (r.cells().stream().anyMatch(c -> !c.isEmpty())) {
        throw new TripartException(
            ErrorCode.IMPORT_UNREADABLE,
            fileName + ":" + r.line(),
            "row before any sheet name; the "
                + (csv ? "CSV" : "Markdown")
                + " flavour names each sheet in the first column (\"survey\", \"choices\")");
      }
    }
    if (name != null) {
      sheets.add(sheet(name, fileName, false, 1, rows, numbers));
    }
    return sheets;
  }

  private static Sheet sheet(
      String name,
      String fileName,
      boolean cells,
      int offset,
      List<List<String>> rows,
      List<Integer> numbers) {
    int header = -1;
    for (int i = 0; i < rows.size() && header < 0; i++) {
      if (rows.get(i).stream().anyMatch(c -> !c.isEmpty())) {
        header = i;
      }
    }
    if (header < 0) {
      return new Sheet(name, fileName, cells, offset, 1, List.of(), List.of());
    }
    List<String> head = rows.get(header);
    List<Sheet.Row> data = new ArrayList<>();
    for (int i = header + 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.stream().anyMatch(c -> !c.isEmpty())) {
        List<String> cellsUnderHeader = new ArrayList<>();
        for (int c = 0; c < head.size(); c++) {
          cellsUnderHeader.add(c < r.size() ? r.get(c) : "");
        }
        data.add(new Sheet.Row(numbers.get(i), cellsUnderHeader));
      }
    }
    return new Sheet(name, fileName, cells, offset, numbers.get(header), head, data);
  }
}
