package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.dataset.Dataset;
import org.tripart.stats.CrossTab;
import org.tripart.stats.CrossTabs;
import org.tripart.stats.Frequencies;
import org.tripart.stats.ItemFrequencies;
import org.tripart.stats.OptionFrequency;
import org.tripart.study.Study;
import org.tripart.study.StudyData;

class ExportCommandTest {
  private static StudyData data;

  @TempDir Path dir;

  @BeforeAll
  static void synthesize() {
    data = StudyData.synthesize(Study.nationalAi());
  }

  @Test
  void anExportedTableIsWholeAndReadableByOthersAsAnyNewFileWithNoTemporaryFileLeft()
      throws Exception {
    Path out = dir.resolve("tables").resolve("t.xlsx");
    CommandLineRun run =
        CommandLineRun.of("export", "--items", "ai_department", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r--r--");
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
      assertThat(book.getNumberOfSheets()).isPositive();
    }
    try (java.util.stream.Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("t.xlsx");
    }
  }

  @Test
  void docxByTierHoldsTheEnginesCountsAndPercentages() throws Exception {
    Path out = dir.resolve("t.docx");
    CommandLineRun run =
        CommandLineRun.of(
            "export",
            "--items",
            "structured_report_system,ai_department",
            "--by",
            "hospital_tier",
            "--format",
            "docx",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Dataset d = data.dataset("clinician");
    CrossTab x = CrossTabs.of(d, "structured_report_system", "hospital_tier", 0.95);
    try (InputStream in = Files.newInputStream(out);
        XWPFDocument doc = new XWPFDocument(in)) {
      XWPFTable table = doc.getTables().get(0);
      assertThat(table.getRow(1).getCell(0).getText()).isEqualTo(x.item().label().en());
      for (int o = 0; o < x.overall().options().size(); o++) {
        var row = table.getRow(2 + o);
        assertThat(row.getCell(1).getText()).isEqualTo(printed(x.overall().options().get(o)));
        assertThat(row.getCell(3).getText())
            .isEqualTo(printed(x.perStratum().get(0).options().get(o)));
        assertThat(row.getCell(5).getText())
            .isEqualTo(printed(x.perStratum().get(1).options().get(o)));
      }
      assertThat(doc.getParagraphs().get(1).getText()).startsWith("SYNTHETIC");
    }
  }

  @Test
  void aChineseExportHasChineseLabelsHeadersAndFootnotesWithTheSameCounts() throws Exception {
    Path out = dir.resolve("zh.xlsx");
    CommandLineRun run =
        CommandLineRun.of(
            "export",
            "--items",
            "ai_department",
            "--by",
            "hospital_tier",
            "--lang",
            "zh",
            "--out",
            out.toString(),
            "--results",
            dir.resolve("results.md").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Dataset d = data.dataset("clinician");
    CrossTab x = CrossTabs.of(d, "ai_department", "hospital_tier", 0.95);
    assertThat(Files.readString(dir.resolve("results.md")))
        .as("the drafted text is English, its heading too")
        .contains("## " + x.item().label().en() + ", by " + x.by().label().en())
        .doesNotContain(x.item().label().in("zh"));
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("表 1. " + x.item().label().in("zh") + "，按「" + x.by().label().in("zh") + "」分列");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("特征");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("合计 (N = 5,142)：n");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo(x.item().label().in("zh"));
      OptionFrequency first = x.overall().options().get(0);
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
          .isEqualTo(first.option().label().in("zh"));
      assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(first.count());
      XSSFSheet notes = book.getSheet("Notes");
      List<String> lines = new java.util.ArrayList<>();
      notes.forEach(r -> lines.add(r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue()));
      assertThat(lines).anyMatch(l -> l.startsWith("n (%)：")).anyMatch(l -> l.startsWith("p：按「"));
    }
  }

  @Test
  void aLanguageOtherThanEnglishOrChineseIsRefusedWithoutWritingAFile() {
    Path out = dir.resolve("fr.md");
    CommandLineRun run =
        CommandLineRun.of(
            "export", "--items", "ai_department", "--lang", "fr", "--out", out.toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("--lang fr: expected en or zh");
    assertThat(out).doesNotExist();
  }

  @Test
  void xlsxCellsEqualFrequenciesOnTheSameData() throws Exception {
    Path out = dir.resolve("t.xlsx");
    CommandLineRun run =
        CommandLineRun.of(
            "export",
            "--items",
            "ai_research_involvement,perceived_problems",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Dataset d = data.dataset("clinician");
    try (InputStream in = Files.newInputStream(out);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      XSSFSheet sheet = book.getSheetAt(0);
      int r = 2;
      for (String item : List.of("ai_research_involvement", "perceived_problems")) {
        ItemFrequencies f = Frequencies.of(d, item);
        assertThat(sheet.getRow(r++).getCell(0).getStringCellValue())
            .isEqualTo(f.item().label().en());
        for (OptionFrequency o : f.options()) {
          var row = sheet.getRow(r++);
          assertThat(row.getCell(0).getStringCellValue()).isEqualTo(o.option().label().en());
          if (o.count() >= 5) {
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(o.count());
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(o.proportion());
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(o.ci().low());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(o.ci().high());
          } else {
            assertThat(row.getCell(1).getStringCellValue()).isIn("<5", "—");
          }
        }
      }
    }
  }

  @Test
  void markdownCsvAndHtmlCarryTheSameCells() throws Exception {
    ItemFrequencies f = Frequencies.of(data.dataset("clinician"), "ai_department");
    for (String format : List.of("md", "csv", "html")) {
      Path out = dir.resolve("t." + format);
      CommandLineRun run =
          CommandLineRun.of("export", "--items", "ai_department", "--out", out.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      String text = Files.readString(out);
      for (OptionFrequency o : f.options()) {
        assertThat(text).as(format).contains(printed(o));
      }
    }
  }

  @Test
  void paperReportWritesTablesChartsAndDraftedTextAndAScreenshotWhenLibreOfficeIsThere()
      throws Exception {
    Path out = dir.resolve("paper");
    CommandLineRun run = CommandLineRun.of("export", "--paper", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (InputStream in = Files.newInputStream(out.resolve("tables.docx"));
        XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getTables()).hasSize(11);
    }
    try (InputStream in = Files.newInputStream(out.resolve("tables.xlsx"));
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(book.getNumberOfSheets()).isEqualTo(12);
      assertThat(book.getSheetName(9)).isEqualTo("Table 10");
      assertThat(book.getSheetName(10)).isEqualTo("Table 11");
    }
    assertThat(out.resolve("charts/table1-clinician-structured_report_system.svg")).exists();
    assertThat(out.resolve("charts/table1-clinician-structured_report_system.png")).exists();
    ItemFrequencies f = Frequencies.of(data.dataset("clinician"), "ai_research_involvement");
    OptionFrequency notInvolved = f.options().get(0);
    assertThat(Files.readString(out.resolve("results.md")))
        .contains("SYNTHETIC")
        .contains(
            "“"
                + notInvolved.option().label().en()
                + "” ("
                + org.tripart.report.publish.Numbers.percent(notInvolved.count(), f.answered())
                + "%, 95% CI");
    assertThat(Files.readString(out.resolve("tables.html")))
        .contains("Table 10.", "Table 11. Collaboration network (SYNTHETIC)");
    assertThat(Files.readString(out.resolve("results.md")))
        .contains("## Table 11. Collaboration network (SYNTHETIC)")
        .containsPattern("[0-9,]+ of [0-9,]+ respondents asked \\([0-9.]+%\\) named at least one");
    screenshot(out.resolve("tables.docx"));
  }

  @Test
  void badItemsAndFormatsAreRefusedWithoutWritingAFile() {
    Path out = dir.resolve("x.docx");
    CommandLineRun text =
        CommandLineRun.of("export", "--items", "suggestions", "--out", out.toString());
    assertThat(text.exitCode()).isEqualTo(1);
    assertThat(text.err()).contains("TRP-0901").contains("suggestions");
    CommandLineRun format =
        CommandLineRun.of(
            "export", "--items", "ai_department", "--format", "pdf", "--out", out.toString());
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("--format pdf");
    assertThat(out).doesNotExist();
  }

  /** {@code 2,417 (47)} as the table prints it, worked from the engine's count and denominator. */
  private static String printed(OptionFrequency o) {
    java.math.BigDecimal pct =
        java.math.BigDecimal.valueOf(100L * o.count())
            .divide(
                java.math.BigDecimal.valueOf(o.denominator()), 10, java.math.RoundingMode.HALF_UP);
    int decimals = pct.setScale(1, java.math.RoundingMode.HALF_UP).doubleValue() < 10 ? 1 : 0;
    return String.format(java.util.Locale.ROOT, "%,d", o.count())
        + " ("
        + pct.setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString()
        + ")";
  }

  /**
   * A page of the DOCX as a person sees it, saved in target/screenshots: LibreOffice converts it to
   * PDF and pdftoppm the first page to PNG. Skipped where soffice is not installed.
   */
  private static void screenshot(Path docx) throws Exception {
    if (!onPath("soffice") || !onPath("pdftoppm")) {
      System.out.println("screenshot skipped: soffice or pdftoppm not installed");
      return;
    }
    Path shots = Files.createDirectories(Path.of("target", "screenshots").toAbsolutePath());
    Path work = Files.createTempDirectory("tripart-soffice");
    Process p =
        new ProcessBuilder(
                "soffice",
                "-env:UserInstallation=file://" + work.resolve("profile"),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                work.toString(),
                docx.toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("soffice.log").toFile())
            .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    Path pdf = work.resolve("tables.pdf");
    assertThat(pdf).exists();
    Process png =
        new ProcessBuilder(
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "2",
                pdf.toString(),
                shots.resolve("paper-tables-page").toString())
            .redirectErrorStream(true)
            .start();
    assertThat(png.waitFor(60, TimeUnit.SECONDS)).isTrue();
    try (var files = Files.list(shots)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .anyMatch(n -> n.startsWith("paper-tables-page") && n.endsWith(".png"));
    }
  }

  private static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
