package org.tripart.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.tripart.report.Align;
import org.tripart.report.Document;
import org.tripart.report.Format;
import org.tripart.report.Table;

/**
 * Text that a spreadsheet would run as a formula (a respondent's free text, a label, an institution
 * name) reaches the CSV, XLSX and DOCX exports as text: a quoted cell in CSV, a string cell in
 * XLSX, a plain run in DOCX; a number such as -0.5 stays a number.
 */
class FormulaInjectionTest {
  private static final List<String> HOSTILE =
      List.of(
          "=HYPERLINK(\"http://evil.example\",\"x\")",
          "+1+cmd|' /C calc'!A0",
          "-2+3",
          "@SUM(A1:A9)",
          "\t=1",
          "\r=1");

  private static Table table() {
    List<List<String>> rows = new ArrayList<>();
    for (String h : HOSTILE) {
      rows.add(List.of(h, "-0.5"));
    }
    return new Table(
        "hostile", List.of("label", "estimate"), List.of(Align.LEFT, Align.RIGHT), rows, List.of());
  }

  @Test
  void aCsvCellThatWouldRunAsAFormulaStartsWithAQuoteAndNumbersStayNumbers() {
    String csv = Format.CSV.render(Document.builder("t").table(table()).build());

    List<String> lines = csv.lines().toList();
    assertThat(lines.get(1))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",-0.5");
    assertThat(lines.get(2)).isEqualTo("'+1+cmd|' /C calc'!A0,-0.5");
    assertThat(lines.get(3)).isEqualTo("'-2+3,-0.5");
    assertThat(lines.get(4)).isEqualTo("'@SUM(A1:A9),-0.5");
    assertThat(lines.get(5)).isEqualTo("'\t=1,-0.5");
    assertThat(csv).contains("\"'\r=1\",-0.5");
  }

  @Test
  void anXlsxHoldsTheTextAsStringCellsAndNoFormula() throws Exception {
    byte[] bytes = XlsxExport.write(List.of(), List.of(table()));

    List<String> texts = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() == CellType.STRING) {
              texts.add(cell.getStringCellValue());
            }
          }
        }
      }
    }
    assertThat(texts).containsAll(HOSTILE.subList(0, 4));
  }

  @Test
  void aDocxHoldsTheTextAsPlainRunsWithoutFields() throws Exception {
    byte[] bytes = DocxExport.write("t", List.of(), List.of(), List.of(table()));

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      String xml = doc.getDocument().xmlText();
      assertThat(xml).doesNotContain("instrText").doesNotContain("fldSimple");
      assertThat(doc.getTables().get(doc.getTables().size() - 1).getText())
          .contains("=HYPERLINK", "+1+cmd", "@SUM(A1:A9)");
    }
  }
}
