package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.report.publish.RegressionNumbers;

/**
 * {@code tripart model --format docx|xlsx} and {@code --style table}: the gtsummary-style table as
 * the publication export writes tables, read back with POI; its numbers against R's survey 4.1.1
 * (src/test/r/model-reference.R's case strat/logit: {@code svyglm(sw ~ ell + stype, dstrat, family
 * = quasibinomial())}).
 */
class ModelOutputTest {
  private static final String DIR = "src/test/resources/org/tripart/stats/model/";
  @TempDir Path dir;

  private static final String[] LOGIT = {
    "model",
    "--responses",
    DIR + "apistrat.csv",
    "--outcome",
    "sch.wide=Yes",
    "--covariates",
    "ell,stype",
    "--family",
    "binomial",
    "--weights",
    "pw",
    "--strata",
    "stype",
    "--fpc",
    "fpc"
  };

  private static String[] with(String... more) {
    List<String> all = new ArrayList<>(List.of(LOGIT));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static Map<String, Double> r() throws IOException {
    Map<String, Double> out = new HashMap<>();
    try (var in =
        Files.newBufferedReader(Path.of(DIR + "model-reference.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
        if (r.get("case").equals("strat/logit")) {
          out.put(r.get("term") + " " + r.get("quantity"), Double.parseDouble(r.get("value")));
        }
      }
    }
    return out;
  }

  private static String ratio(double v) {
    return RegressionNumbers.ratio(v, 2).text();
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText()).toList();
  }

  @Test
  void docxHoldsTheTableAsAWordTableWithRsOddsRatios() throws IOException {
    Path out = dir.resolve("model.docx");
    CommandLineRun run = CommandLineRun.of(with("--output", out.toString()));
    Map<String, Double> r = r();

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (InputStream in = Files.newInputStream(out);
        XWPFDocument doc = new XWPFDocument(in)) {
      XWPFTable t = doc.getTables().get(0);
      assertThat(cells(t.getRow(0))).containsExactly("Characteristic", "OR", "95% CI", "p");
      assertThat(cells(t.getRow(1)))
          .containsExactly(
              "ell",
              ratio(r.get("ell exp_estimate")),
              ratio(r.get("ell exp_lower")) + ", " + ratio(r.get("ell exp_upper")),
              RegressionNumbers.pValue(r.get("ell p")).text());
      assertThat(cells(t.getRow(2))).containsExactly("stype", "", "", "");
      assertThat(cells(t.getRow(3))).containsExactly("E", "—", "—", "");
      assertThat(cells(t.getRow(4)).get(1)).isEqualTo(ratio(r.get("stypeH exp_estimate")));
      assertThat(t.getRows()).hasSize(6);
      String text = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
      assertThat(text)
          .contains("Table 1. Logistic regression of sch.wide = Yes")
          .contains("OR = Odds Ratio, CI = Confidence Interval")
          .contains("200 respondents in the model, 0 left out for a missing outcome or covariate")
          .contains("Survey design: 200 respondents; weights pw; strata stype (3)");
    }
  }

  @Test
  void xlsxHoldsTheFullPrecisionNumbersShownAsTheTablePrintsThem() throws IOException {
    Path out = dir.resolve("model.xlsx");
    CommandLineRun run = CommandLineRun.of(with("--format", "xlsx", "--output", out.toString()));
    Map<String, Double> r = r();

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (InputStream in = Files.newInputStream(out);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet s = book.getSheetAt(0);
      assertThat(s.getSheetName()).isEqualTo("Table 1");
      Row header = s.getRow(1);
      List<String> heads = new ArrayList<>();
      header.forEach(c -> heads.add(c.getStringCellValue()));
      assertThat(heads).containsExactly("Characteristic", "OR", "95% CI low", "95% CI high", "p");
      Row h = s.getRow(5);
      assertThat(h.getCell(0).getStringCellValue()).isEqualTo("H");
      double or = r.get("stypeH exp_estimate");
      assertThat(h.getCell(1).getNumericCellValue()).isCloseTo(or, within(1e-9 * or));
      double lo = r.get("stypeH exp_lower");
      assertThat(h.getCell(2).getNumericCellValue()).isCloseTo(lo, within(1e-6 * lo));
      double p = r.get("stypeH p");
      assertThat(h.getCell(4).getNumericCellValue()).isCloseTo(p, within(1e-6 * p));
      assertThat(h.getCell(1).getCellStyle().getDataFormatString())
          .isEqualTo("0." + "0".repeat(RegressionNumbers.ratio(or, 2).decimals()));
      assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo("—");
      assertThat(book.getSheet("Notes")).isNotNull();
    }
  }

  @Test
  void markdownTakesTheTableLayoutWhenAskedAndCsvStaysFullPrecision() throws IOException {
    CommandLineRun md = CommandLineRun.of(with("--format", "md", "--style", "table"));
    CommandLineRun full = CommandLineRun.of(with("--format", "md"));
    CommandLineRun csv = CommandLineRun.of(with("--format", "csv"));
    Map<String, Double> r = r();

    assertThat(md.exitCode()).as(md.err()).isZero();
    assertThat(md.out())
        .contains("| Characteristic | OR | 95% CI | p |")
        .contains("| \u2003E | — | — |  |")
        .contains("| \u2003H | " + ratio(r.get("stypeH exp_estimate")) + " | ");
    assertThat(full.out()).contains("| Term | Estimate | SE | t | p |");
    assertThat(csv.out()).startsWith("term,estimate,se,statistic,p_value,ci_low,ci_high");
  }

  @Test
  void chineseTablesCarryChineseWordsAndTheSameNumbers() throws IOException {
    Path out = dir.resolve("model-zh.docx");
    CommandLineRun run =
        CommandLineRun.of(with("--format", "docx", "--output", out.toString(), "--lang", "zh"));
    CommandLineRun md =
        CommandLineRun.of(with("--format", "md", "--style", "table", "--lang", "zh"));
    Map<String, Double> r = r();

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (InputStream in = Files.newInputStream(out);
        XWPFDocument doc = new XWPFDocument(in)) {
      XWPFTable t = doc.getTables().get(0);
      assertThat(cells(t.getRow(0))).containsExactly("特征", "OR", "95% CI", "p");
      assertThat(cells(t.getRow(4)).get(1)).isEqualTo(ratio(r.get("stypeH exp_estimate")));
      String text = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
      assertThat(text)
          .contains("表 1. 「sch.wide = Yes」的Logistic 回归")
          .contains("OR = 比值比，CI = 置信区间")
          .contains("模型纳入 200 名受访者，0 名因结局或协变量缺失未纳入")
          .contains("抽样设计：200 名受访者");
    }
    assertThat(md.exitCode()).as(md.err()).isZero();
    assertThat(md.out())
        .contains("基于抽样设计的回归模型：apistrat.csv")
        .contains("| 特征 | OR | 95% CI | p |")
        .contains("| \u2003H | " + ratio(r.get("stypeH exp_estimate")) + " | ");
  }

  @Test
  void aLanguageOtherThanEnglishOrChineseAndChineseCsvAreRefused() {
    CommandLineRun fr =
        CommandLineRun.of(with("--format", "md", "--style", "table", "--lang", "fr"));
    CommandLineRun csv = CommandLineRun.of(with("--format", "csv", "--lang", "zh"));

    assertThat(fr.exitCode()).isNotZero();
    assertThat(fr.err()).contains("--lang fr: expected en or zh");
    assertThat(csv.exitCode()).isNotZero();
    assertThat(csv.err()).contains("--lang zh is for the table layout");
    assertThat(csv.out()).isEmpty();
  }

  @Test
  void aBinaryFormatWithoutAFileAndAStyleForCsvAreRefused() {
    CommandLineRun docx = CommandLineRun.of(with("--format", "docx"));
    CommandLineRun style = CommandLineRun.of(with("--format", "csv", "--style", "table"));
    CommandLineRun unknown = CommandLineRun.of(with("--format", "pdf"));

    assertThat(docx.exitCode()).isNotZero();
    assertThat(docx.err()).contains("--format docx writes a file: give --output FILE.docx");
    assertThat(style.err()).contains("--style is for text, md and html");
    assertThat(unknown.err()).contains("--format pdf").contains("docx, xlsx");
  }
}
