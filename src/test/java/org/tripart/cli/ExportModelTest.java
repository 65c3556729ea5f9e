package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.analysis.AnalysisPlanReader;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.ModelRun;
import org.tripart.dataset.Dataset;
import org.tripart.report.publish.ModelTable;
import org.tripart.report.publish.ModelTables;
import org.tripart.report.publish.RegressionNumbers;
import org.tripart.study.Study;
import org.tripart.study.StudyData;

/**
 * {@code export --plan}: the plan's model as one more publication table, after the frequencies, in
 * DOCX and XLSX; its numbers against R's survey 4.1.1 (src/test/r/model-reference.R, case
 * strat/logit); in the paper-style report, the table of the bundled study's SYNTHETIC clinicians as
 * {@link ModelTables} lays out the engine's fit of them.
 */
class ExportModelTest {
  private static final String DIR = "src/test/resources/org/tripart/stats/model/";
  @TempDir Path dir;

  private Path plan(String yaml) throws IOException {
    Path p = dir.resolve("plan.yaml");
    Files.writeString(p, yaml, StandardCharsets.UTF_8);
    return p;
  }

  private static final String LOGIT =
      "design: {weights: pw, strata: stype, fpc: [fpc]}\n"
          + "model: {outcome: sch.wide=Yes, covariates: [ell, stype], family: binomial}\n";

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText()).toList();
  }

  private static Map<String, Double> r() throws IOException {
    Map<String, Double> out = new HashMap<>();
    try (var in = Files.newBufferedReader(Path.of(DIR + "model-reference.csv"))) {
      for (CSVRecord x : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
        if (x.get("case").equals("strat/logit")) {
          out.put(x.get("term") + " " + x.get("quantity"), Double.parseDouble(x.get("value")));
        }
      }
    }
    return out;
  }

  @Test
  void aPlansModelFollowsTheFrequencyTableInDocxAndXlsxWithRsOddsRatios() throws IOException {
    Path plan = plan(LOGIT);
    Path docx = dir.resolve("export.docx");
    Path xlsx = dir.resolve("export.xlsx");
    String[] args = {
      "export", "--responses", DIR + "apistrat.csv", "--items", "stype", "--plan", plan.toString()
    };
    CommandLineRun word = CommandLineRun.of(concat(args, "--out", docx.toString()));
    CommandLineRun excel = CommandLineRun.of(concat(args, "--out", xlsx.toString()));
    Map<String, Double> r = r();

    assertThat(word.exitCode()).as(word.err()).isZero();
    assertThat(excel.exitCode()).as(excel.err()).isZero();
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getTables()).hasSize(2);
      XWPFTable t = doc.getTables().get(1);
      assertThat(cells(t.getRow(0))).containsExactly("Characteristic", "OR", "95% CI", "p");
      assertThat(cells(t.getRow(4)))
          .containsExactly(
              "H",
              RegressionNumbers.ratio(r.get("stypeH exp_estimate"), 2).text(),
              RegressionNumbers.ratio(r.get("stypeH exp_lower"), 2).text()
                  + ", "
                  + RegressionNumbers.ratio(r.get("stypeH exp_upper"), 2).text(),
              RegressionNumbers.pValue(r.get("stypeH p")).text());
      assertThat(String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList()))
          .contains("Table 2. Logistic regression of sch.wide = Yes");
    }
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      var sheet = book.getSheet("Table 2");
      assertThat(sheet).isNotNull();
      double or = r.get("ell exp_estimate");
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isCloseTo(or, within(1e-9 * or));
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void thePaperStyleReportEndsWithThePlansModelOfTheChosenGroup() throws IOException {
    Path plan =
        plan(
            "model:\n"
                + "  outcome: ai_department=yes\n"
                + "  covariates: [hospital_tier, years_in_radiology]\n"
                + "  family: binomial\n");
    Path out = dir.resolve("paper");

    CommandLineRun run =
        CommandLineRun.of("export", "--paper", "--plan", plan.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    DesignPlan p = AnalysisPlanReader.read(plan);
    Dataset clinicians = StudyData.synthesize(Study.nationalAi()).dataset("clinician");
    ModelTable expected =
        ModelTables.of(ModelRun.run(clinicians, p, p.model(), k -> k), clinicians, p);
    try (InputStream in = Files.newInputStream(out.resolve("tables.docx"));
        XWPFDocument doc = new XWPFDocument(in)) {
      List<XWPFTable> tables = doc.getTables();
      XWPFTable last = tables.get(tables.size() - 1);
      assertThat(cells(last.getRow(0))).containsExactly("Characteristic", "OR", "95% CI", "p");
      for (int i = 0; i < expected.lines().size(); i++) {
        ModelTable.Line l = expected.lines().get(i);
        assertThat(cells(last.getRow(i + 1)).subList(1, 4)).isEqualTo(expected.cells(l));
        assertThat(cells(last.getRow(i + 1)).get(0)).isEqualTo(l.label());
      }
      assertThat(String.join("\n", doc.getParagraphs().stream().map(x -> x.getText()).toList()))
          .contains(
              "Table "
                  + tables.size()
                  + ". Logistic regression of Does your hospital have a department dedicated to"
                  + " AI research? = Yes");
    }
  }

  @Test
  void aPlanWithoutAModelOrWithGroupsIsRefused() throws IOException {
    Path plan = plan("design: {weights: pw}\n");
    CommandLineRun noModel =
        CommandLineRun.of(
            "export",
            "--responses",
            DIR + "apistrat.csv",
            "--items",
            "stype",
            "--plan",
            plan.toString(),
            "--out",
            dir.resolve("x.docx").toString());

    assertThat(noModel.exitCode()).isNotZero();
    assertThat(noModel.err()).contains("has no model: section");
  }
}
