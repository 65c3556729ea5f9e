package org.tripart.interop.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.dataset.Dataset;
import org.tripart.interop.Export;
import org.tripart.interop.ExportFile;
import org.tripart.interop.ExportOptions;
import org.tripart.interop.stats.ExpectedCells.ExpectedColumn;
import org.tripart.study.Study;
import org.tripart.study.StudyData;

/**
 * The Stata export: the .dta file read by R's haven (ReadStat, as Stata is not available here)
 * gives back every cell, label and extended missing value; the do-file is checked as text.
 */
class StataExportTest {
  /** Reads the .dta with haven and writes each cell's label or value, tags and labels. */
  private static final String READ_BACK =
      """
      library(haven)
      d <- read_dta("%s.dta")
      cell <- function(x) {
        if (inherits(x, "haven_labelled")) as.character(as_factor(x, levels = "labels"))
        else if (inherits(x, "Date")) format(x)
        else if (is.double(x)) ifelse(is.na(x), NA, sprintf("%%.17g", x))
        else as.character(x)
      }
      write.csv(data.frame(lapply(d, cell), check.names = FALSE), "cells.csv", row.names = FALSE,
        na = "", fileEncoding = "UTF-8")
      tags <- data.frame(lapply(d, function(x) if (is.double(x)) na_tag(x) else NA))
      write.csv(tags, "tags.csv", row.names = FALSE, na = "", fileEncoding = "UTF-8")
      info <- data.frame(name = names(d),
        label = sapply(d, function(x) { l <- attr(x, "label"); if (is.null(l)) "" else l }),
        labels = sapply(d, function(x) { v <- attr(x, "labels"); if (is.null(v)) "" else
          paste(names(v), ifelse(is.na(na_tag(v)), as.character(v), paste0(".", na_tag(v))),
            sep = "=", collapse = ";") }),
        format = sapply(d, function(x) { f <- attr(x, "format.stata"); if (is.null(f)) "" else f }))
      write.csv(info, "info.csv", row.names = FALSE, fileEncoding = "UTF-8")
      cat(attr(d, "label"), "\\n")
      """;

  @BeforeAll
  static void needsHaven() {
    StatsTools.require("Rscript");
  }

  @Test
  void havenReadsTheDtaWithLabelsAndExtendedMissingValues(@TempDir Path dir) throws Exception {
    Dataset data = StatsFixture.data();
    Export export = StatsExporters.stata().write(data.instrument(), data, ExportOptions.defaults());
    assertThat(export.files())
        .extracting(ExportFile::name)
        .containsExactly("fixture.dta", "fixture.csv", "fixture.do");
    StatsTools.Run run = read(export, dir, "fixture");
    assertThat(run.output()).contains("Fixture survey");

    assertSameCells(data, RExportTest.csv(dir.resolve("cells.csv")));
    List<CSVRecord> tags = RExportTest.csv(dir.resolve("tags.csv"));
    // age: r2 dont_know -> .a; smoke: r2 777 -> .a, r3 999 -> .b; r4 unanswered -> plain '.'
    assertThat(tags.get(1).get("age")).isEqualTo("a");
    assertThat(tags.get(1).get("smoke")).isEqualTo("a");
    assertThat(tags.get(2).get("smoke")).isEqualTo("b");
    assertThat(tags.get(3).get("smoke")).isEmpty();

    Map<String, CSVRecord> info =
        RExportTest.csv(dir.resolve("info.csv")).stream()
            .collect(Collectors.toMap(r -> r.get("name"), r -> r));
    assertThat(info.get("smoke").get("labels"))
        .isEqualTo("Never=1;Daily=2;Refused=.a;Not asked=.b");
    assertThat(info.get("age").get("labels")).isEqualTo("Under 30=1;30-40=2;Don't know=.a");
    assertThat(info.get("consent").get("labels")).isEqualTo("Yes=1;No=0");
    assertThat(info.get("age").get("label")).isEqualTo("Age group, \"as of today\"");
    assertThat(info.get("visit").get("format")).isEqualTo("%td");
    assertThat(info.get("months").get("label")).isEqualTo("Months in post");
    assertThat(info.get("comment_").get("format")).isEqualTo("%26s");
    assertThat(info.get("hours_spent_on_imaging_reports_i").get("label")).isEqualTo("Hours a week");
  }

  @Test
  void theBundledIndustryResponsesReadBackCellByCell(@TempDir Path dir) throws Exception {
    Dataset data = StudyData.synthesize(Study.nationalAi()).dataset("industry");
    Export export = StatsExporters.stata().write(data.instrument(), data, new ExportOptions("zh"));
    read(export, dir, data.instrument().id());
    assertSameCells(data, RExportTest.csv(dir.resolve("cells.csv")), "zh");
  }

  @Test
  void theDoFileImportsLabelsAndRecodesMissingCodes() {
    Dataset data = StatsFixture.data();
    Export export = StatsExporters.stata().write(data.instrument(), data, ExportOptions.defaults());
    String doFile = new String(export.files().get(2).content(), StandardCharsets.UTF_8);
    assertThat(doFile)
        .contains("import delimited using `\"fixture.csv\"', varnames(1) case(preserve)")
        .contains("stringcols(1 10 11)")
        .contains("label variable age `\"Age group, \"as of today\"\"'")
        .contains("replace smoke = .a if smoke == 777\nreplace smoke = .b if smoke == 999\n")
        .contains(
            "label define smoke 1 `\"Never\"' 2 `\"Daily\"' .a `\"Refused\"' .b `\"Not asked\"',"
                + " replace")
        .contains("generate long tripart_date = date(visit, \"YMD\")")
        .contains("format visit %td");
    assertThat(StataExporter.quoted("costs $5 `x'")).isEqualTo("`\"costs \\$5 \\`x'\"'");
  }

  @Test
  void answersThatAreNoIsoDateAreMissingAndReported() throws Exception {
    org.tripart.instrument.Instrument instrument = StatsFixture.instrument();
    org.tripart.dataset.DatasetBuilder b = new org.tripart.dataset.DatasetBuilder(instrument, 2);
    b.setText(b.addRow("d1"), b.itemIndex("visit"), "01/03/2024");
    b.setText(b.addRow("d2"), b.itemIndex("visit"), "2024-02-30");
    Dataset data = b.build();
    Export export = StatsExporters.stata().write(instrument, data, ExportOptions.defaults());
    assertThat(export.notes())
        .extracting(n -> n.line())
        .contains(
            "fixture item visit: 2 answers are not dates of the form YYYY-MM-DD (first:"
                + " '01/03/2024'); the statistics packages read them as missing");
  }

  private static void assertSameCells(Dataset data, List<CSVRecord> rows) {
    assertSameCells(data, rows, "en");
  }

  private static void assertSameCells(Dataset data, List<CSVRecord> rows, String language) {
    StatsTable table = StatsTable.of(data.instrument(), data, new ExportOptions(language), "Stata");
    Map<String, String> names =
        table.variables().stream().collect(Collectors.toMap(Variable::column, Variable::name));
    assertThat(rows).hasSize(data.size());
    for (ExpectedColumn c : ExpectedCells.of(data, language)) {
      for (int r = 0; r < rows.size(); r++) {
        String got = rows.get(r).get(names.get(c.column()));
        if (c.item() != null && c.item().type().isNumeric()) {
          got = ExpectedCells.number(got);
        }
        assertThat(got)
            .as("%s row %d (%s)", c.column(), r, c.item() == null ? "id" : c.item().type())
            .isEqualTo(c.cells().get(r));
      }
    }
  }

  private static StatsTools.Run read(Export export, Path dir, String id) throws Exception {
    ExportDir.write(export, dir);
    StatsTools.Run run = StatsTools.rscript(dir, READ_BACK.formatted(id));
    assertThat(run.exitCode()).as(run.output()).isZero();
    return run;
  }
}
