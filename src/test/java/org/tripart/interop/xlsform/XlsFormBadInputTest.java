package org.tripart.interop.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

class XlsFormBadInputTest {
  private static byte[] workbook(String sheetName, List<List<String>> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = wb.createSheet(sheetName);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static TripartException failure(byte[] content, String name) {
    try {
      new XlsForm().read(content, name);
    } catch (TripartException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }

  @Test
  void workbookWithoutSurveySheetIsRefusedNamingTheFile() throws IOException {
    byte[] xlsx = workbook("choices", List.of(List.of("list_name", "name", "label")));
    TripartException e = failure(xlsx, "form.xlsx");
    assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_UNREADABLE);
    assertThat(e.getMessage())
        .contains("TRP-1000")
        .contains("form.xlsx")
        .contains("no survey sheet");
  }

  @Test
  void surveyWithoutTypeColumnIsRefusedNamingTheCell() throws IOException {
    byte[] xlsx =
        workbook("survey", List.of(List.of("name", "label"), List.of("age", "How old are you?")));
    TripartException e = failure(xlsx, "form.xlsx");
    assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_UNREADABLE);
    assertThat(e.getMessage()).contains("form.xlsx survey!A1").contains("no type column");
  }

  @Test
  void fileThatIsNotASpreadsheetIsRefused() {
    byte[] text = "this is not a workbook".getBytes(StandardCharsets.UTF_8);
    TripartException e = failure(text, "form.xlsx");
    assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_UNREADABLE);
    assertThat(e.getMessage())
        .contains("form.xlsx")
        .contains("not a readable .xlsx or .xls workbook");
    assertThatThrownBy(() -> new XlsForm().read(text, "notes.txt"))
        .isInstanceOf(TripartException.class)
        .hasMessageContaining("notes.txt")
        .hasMessageContaining("not an XLSForm");
  }

  @Test
  void realFileWithJsonContentIsNotASpreadsheet() {
    byte[] json = "{\"resourceType\": \"Questionnaire\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(failure(json, "q.json").getMessage()).contains("q.json").contains("not an XLSForm");
  }
}
