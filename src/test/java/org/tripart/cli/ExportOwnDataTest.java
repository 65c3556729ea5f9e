package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} of a researcher's own responses, from a CSV or a store, worked by hand on
 * mini.csv: uses_ai answered by 9 of 10 (6 yes: 67%, Wilson 35–88%; 3 no: 33%, 12–65%); tools
 * applies to the 6 who use AI, 5 answered: CT 3 and MRI 3 (60%, Wilson 23.07–88.24%), none 1 (20%,
 * 3.62–62.45%). By tier, CT is 2 of 2 secondary (100%, 34–100%) and 1 of 3 tertiary (33%, 6–79%):
 * chi-square 2.22 on 1 df, p = 0.14. Tables indent options with an em space (U+2003).
 */
class ExportOwnDataTest {
  private static final String INSTRUMENT = MiniStore.INSTRUMENT.toString();
  private static final String RESPONSES = MiniStore.RESPONSES;
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir Path dir;

  @Test
  void aCsvWithItsInstrumentGivesTheHandWorkedCellsWithoutASyntheticBanner() throws Exception {
    Path out = dir.resolve("t.md");

    CommandLineRun run =
        CommandLineRun.of(
            "export",
            "--instrument",
            INSTRUMENT,
            "--responses",
            RESPONSES,
            "--items",
            "uses_ai,tools",
            "--threshold",
            "0",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out))
        .contains("# Tripart export (mini.csv)")
        .contains("| \u2003Yes | 6 (67) | 35–88 |")
        .contains("| \u2003No | 3 (33) | 12–65 |")
        .contains("| \u2003CT | 3 (60) | 23–88 |")
        .contains("| \u2003MRI | 3 (60) | 23–88 |")
        .contains("| \u2003None of these | 1 (20) | 4–62 |")
        .doesNotContain("SYNTHETIC");
  }

  @Test
  void chartsAndDraftedTextAreWrittenBesideTheTable() throws Exception {
    Path charts = dir.resolve("charts");
    Path results = dir.resolve("results.md");

    CommandLineRun run =
        CommandLineRun.of(
            "export",
            "--instrument",
            INSTRUMENT,
            "--responses",
            RESPONSES,
            "--items",
            "tools",
            "--threshold",
            "0",
            "--out",
            dir.resolve("t.docx").toString(),
            "--charts",
            charts.toString(),
            "--results",
            results.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readAllBytes(charts.resolve("tools.png"))).startsWith(PNG_SIGNATURE);
    assertThat(Files.readString(charts.resolve("tools.svg")))
        .contains("<svg")
        .contains("60% (23–88)");
    assertThat(Files.readString(results))
        .contains(
            "5 respondents answered the question “Tools used”; 1 (17%) of the 6 asked did not;"
                + " 4 were not asked it after an earlier answer.")
        .contains("“CT” (60%, 95% CI 23–88%)")
        .doesNotContain("SYNTHETIC");
  }

  @Test
  void chartsWithholdSmallCountsLikeTheTables() throws Exception {
    Path charts = dir.resolve("charts");

    CommandLineRun run =
        CommandLineRun.of(
            "export",
            "--instrument",
            INSTRUMENT,
            "--responses",
            RESPONSES,
            "--items",
            "tools",
            "--out",
            dir.resolve("t.md").toString(),
            "--charts",
            charts.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(charts.resolve("tools.svg")))
        .contains("&lt;5 (withheld)")
        .doesNotContain("60%");
  }

  @Test
  void byStratumTheDraftedTextReportsTheTest() throws Exception {
    Path results = dir.resolve("results.md");

    CommandLineRun run =
        CommandLineRun.of(
            "export",
            "--instrument",
            INSTRUMENT,
            "--responses",
            RESPONSES,
            "--items",
            "tools",
            "--by",
            "tier",
            "--threshold",
            "0",
            "--out",
            dir.resolve("t.csv").toString(),
            "--results",
            results.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("t.csv")))
        .contains("\u2003CT,3 (60),23–88,2 (100),34–100,1 (33),6–79,0.14");
    assertThat(Files.readString(results))
        .contains("## Tools used, by Hospital tier")
        .contains("0.14");
  }

  @Test
  void aStoreGivesTheSameTableAsTheCsv() throws Exception {
    String store = dir.resolve("tripart.sqlite").toString();
    MiniStore.fill(store);
    Path fromCsv = dir.resolve("csv.csv");
    Path fromStore = dir.resolve("store.csv");
    Path docx = dir.resolve("store.docx");

    CommandLineRun csv =
        CommandLineRun.of(
            "export",
            "--instrument",
            INSTRUMENT,
            "--responses",
            RESPONSES,
            "--items",
            "tools",
            "--by",
            "tier",
            "--threshold",
            "0",
            "--out",
            fromCsv.toString());
    CommandLineRun db =
        CommandLineRun.of(
            "export",
            "--db",
            store,
            "--study",
            "mini_study",
            "--group",
            "staff",
            "--items",
            "tools",
            "--by",
            "tier",
            "--threshold",
            "0",
            "--out",
            fromStore.toString());
    CommandLineRun word =
        CommandLineRun.of(
            "export",
            "--db",
            store,
            "--study",
            "mini_study",
            "--group",
            "staff",
            "--items",
            "tools",
            "--threshold",
            "0",
            "--out",
            docx.toString());

    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(db.exitCode()).as(db.err()).isZero();
    assertThat(word.exitCode()).as(word.err()).isZero();
    assertThat(Files.readString(fromStore))
        .contains("\u2003CT,3 (60),23–88,2 (100),34–100,1 (33),6–79,0.14")
        .isEqualTo(Files.readString(fromCsv));
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      XWPFTable table = doc.getTables().get(0);
      assertThat(table.getRow(2).getCell(0).getText().strip()).isEqualTo("CT");
      assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("3 (60)");
      assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("23–88");
      assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().contains("SYNTHETIC"));
    }
  }

  @Test
  void anUnknownItemIsNamedAndNothingIsWritten() {
    Path out = dir.resolve("t.md");
    Path charts = dir.resolve("charts");

    CommandLineRun run =
        CommandLineRun.of(
            "export",
            "--instrument",
            INSTRUMENT,
            "--responses",
            RESPONSES,
            "--items",
            "tools,nope",
            "--out",
            out.toString(),
            "--charts",
            charts.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nope").doesNotContain("Exception");
    assertThat(out).doesNotExist();
    assertThat(charts).doesNotExist();
  }

  @Test
  void twoSourcesOrAStrayOptionOrThePaperWithASourceAreRefused() {
    String out = dir.resolve("t.md").toString();

    CommandLineRun both =
        CommandLineRun.of(
            "export",
            "--responses",
            RESPONSES,
            "--db",
            "x.sqlite",
            "--study",
            "s",
            "--group",
            "g",
            "--items",
            "tools",
            "--out",
            out);
    CommandLineRun study =
        CommandLineRun.of("export", "--study", "s", "--items", "ai_department", "--out", out);
    CommandLineRun group =
        CommandLineRun.of(
            "export",
            "--responses",
            RESPONSES,
            "--group",
            "staff",
            "--items",
            "tools",
            "--out",
            out);
    CommandLineRun paper =
        CommandLineRun.of("export", "--paper", "--responses", RESPONSES, "--out", out);

    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("give either --responses FILE.csv or --db PATH|JDBC_URL");
    assertThat(study.exitCode()).isEqualTo(2);
    assertThat(study.err()).contains("--study goes with --db");
    assertThat(group.exitCode()).isEqualTo(2);
    assertThat(group.err()).contains("--group goes with --db or the bundled study");
    assertThat(paper.exitCode()).isEqualTo(2);
    assertThat(paper.err()).contains("--paper writes the bundled study's report");
    assertThat(dir.resolve("t.md")).doesNotExist();
  }
}
