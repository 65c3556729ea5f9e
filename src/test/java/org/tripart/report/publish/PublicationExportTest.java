package org.tripart.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.report.Format;
import org.tripart.stats.CrossTabs;
import org.tripart.stats.Frequencies;
import org.tripart.stats.ItemFrequencies;

class PublicationExportTest {
  // secondary: 30 not involved, 30 participated; tertiary: 18 and 22.
  private static final Dataset DATA = TestData.tierByResearch(new int[][] {{30, 30}, {18, 22}}, 0);

  private static PublicationTable stratified() {
    return PublicationTables.byStratum(
        "Table 1. Research by tier",
        List.of(CrossTabs.of(DATA, "research", "tier", 0.95)),
        PublicationSettings.defaults());
  }

  @Test
  void docxIsAThreeLineWordTableWithRepeatedHeaderAndTheNumbersAsPrinted() throws Exception {
    byte[] bytes = DocxExport.write("Report", List.of(), List.of(stratified()));

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      XWPFTable table = doc.getTables().get(0);
      XWPFTableRow header = table.getRow(0);
      assertThat(header.isRepeatHeader()).isTrue();
      assertThat(table.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
      assertThat(table.getLeftBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
      assertThat(table.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
      assertThat(header.getCell(0).getText()).isEqualTo("Characteristic");
      assertThat(header.getCell(1).getText()).isEqualTo("All (N = 100), n (%)");
      assertThat(header.getCell(3).getText()).isEqualTo("Secondary (N = 60), n (%)");
      // heading row carries the p-value: chisq.test(matrix(c(30,30,18,22),2)) p = 0.6239
      assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Involvement in AI research");
      assertThat(table.getRow(1).getCell(7).getText()).isEqualTo("0.62");
      // not involved: all 48/100 (R prop.test 38.46-57.68), secondary 30/60 (37.74-62.26),
      // tertiary 18/40 = 45% (30.71-60.17)
      XWPFTableRow notInvolved = table.getRow(2);
      assertThat(notInvolved.getTableCells().stream().map(c -> c.getText()).toList())
          .containsExactly(
              "Not involved", "48 (48)", "38–58", "30 (50)", "38–62", "18 (45)", "31–60", "");
      assertThat(notInvolved.getCell(1).getParagraphs().get(0).getRuns().get(0).getFontFamily())
          .isEqualTo("Times New Roman");
      assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList())
          .contains("Table 1. Research by tier")
          .anyMatch(p -> p.startsWith("p: Pearson chi-square test"));
    }
  }

  @Test
  void xlsxHoldsNumbersAsNumericCellsEqualToTheEngines() throws Exception {
    ItemFrequencies engine = Frequencies.of(DATA, "research");
    byte[] bytes = XlsxExport.write(List.of(stratified()));

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(book.getSheetName(0)).isEqualTo("Table 1");
      assertThat(book.getSheetName(1)).isEqualTo("Notes");
      XSSFSheet sheet = book.getSheetAt(0);
      var row = sheet.getRow(3);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Not involved");
      assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(48);
      assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(0.48);
      assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0%");
      assertThat(row.getCell(3).getNumericCellValue())
          .isEqualTo(engine.option("not_involved").ci().low());
      assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(30);
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(0.5);
      assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(18);
      assertThat(sheet.getRow(2).getCell(13).getNumericCellValue()).isCloseTo(0.6239, within());
    }
  }

  @Test
  void smallCountsAreWithheldInEveryFormatWithAFootnote() throws Exception {
    Dataset tools = TestData.tools();
    PublicationTable t =
        PublicationTables.overall(
            "Table 2. Tools",
            List.of(Frequencies.of(tools, "tools")),
            new PublicationSettings("en", 5, tools.provenance(), "respondents"));

    assertThat(t.textRows().get(3)).containsExactly("\u2003Ultrasound", "<5", "");
    assertThat(t.footnotes()).anyMatch(n -> n.startsWith("<5: fewer than 5 respondents"));
    assertThat(t.footnotes().get(0)).isEqualTo("SYNTHETIC test data");
    assertThat(Format.CSV.render(doc(t))).contains("Ultrasound,<5,").doesNotContain("3 (3.0)");
    assertThat(Format.HTML.render(doc(t))).contains("&lt;5").contains("CT &amp; MRI");
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(XlsxExport.write(List.of(t))))) {
      var row = book.getSheetAt(0).getRow(5);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("<5");
      assertThat(row.getCell(2)).isNull();
    }
  }

  @Test
  void anOptionCountBelowTheThresholdOverAllStrataIsWithheldInTheAllColumnToo() {
    // participated: 3 in secondary, 1 in tertiary, so 4 over all, below 5 as the overall table
    // shows it; not involved: 30 and 18.
    Dataset d = TestData.tierByResearch(new int[][] {{30, 3}, {18, 1}}, 0);
    PublicationTable byTier =
        PublicationTables.byStratum(
            "Table 1. Research by tier",
            List.of(CrossTabs.of(d, "research", "tier", 0.95)),
            PublicationSettings.defaults());
    PublicationTable overall =
        PublicationTables.overall(
            "Table 2. Research",
            List.of(Frequencies.of(d, "research")),
            PublicationSettings.defaults());

    assertThat(overall.textRows().get(2).get(1)).isEqualTo("<5");
    List<String> participated = byTier.textRows().get(2);
    assertThat(participated.get(1)).isEqualTo("<5");
    assertThat(participated.get(3)).isEqualTo("<5");
    assertThat(participated.get(5)).isEqualTo("<5");
    assertThat(String.join(" ", byTier.textRows().stream().flatMap(List::stream).toList()))
        .doesNotContain("4 (")
        .doesNotContain("3 (")
        .doesNotContain("1 (");
  }

  @Test
  void aChineseTableHasChineseHeadersAndFootnotesAndTheSameCells() {
    PublicationTable zh =
        PublicationTables.byStratum(
            "表 1. Research by tier",
            List.of(CrossTabs.of(DATA, "research", "tier", 0.95)),
            new PublicationSettings("zh", 5, "", "respondents"));
    PublicationTable en = stratified();

    assertThat(zh.headers().get(0)).isEqualTo("特征");
    assertThat(zh.groups().get(0)).isEqualTo("合计 (N = 100)");
    assertThat(zh.footnotes())
        .contains("n (%)：选择该选项的受访者人数及其占作答者的百分比；95% CI：Wilson 得分区间。")
        .anyMatch(n -> n.contains("：百分比以作答的 100 名受访者为分母，即全部被问及者"))
        .anyMatch(n -> n.startsWith("p：按「"));
    for (int r = 0; r < en.textRows().size(); r++) {
      assertThat(zh.textRows().get(r).subList(1, 7)).isEqualTo(en.textRows().get(r).subList(1, 7));
    }
  }

  private static org.tripart.report.Document doc(PublicationTable t) {
    return org.tripart.report.Document.builder("x").table(t.toReportTable()).build();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-4);
  }
}
