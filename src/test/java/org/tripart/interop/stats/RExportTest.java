package org.tripart.interop.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.dataset.Column;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.interop.Export;
import org.tripart.interop.ExportFile;
import org.tripart.interop.ExportOptions;
import org.tripart.interop.stats.ExpectedCells.ExpectedColumn;
import org.tripart.study.Study;
import org.tripart.study.StudyData;

/** The R export, run by the real Rscript, gives back the answers, labels and missing codes. */
class RExportTest {
  /** Written by the test after the export's script has run: raw columns, factors and labels. */
  private static final String READ_BACK =
      """
      source("%s.R")
      text <- function(x) if (inherits(x, "Date")) format(x) else
        if (is.double(x)) ifelse(is.na(x), NA, sprintf("%%.17g", x)) else as.character(x)
      out <- data.frame(lapply(data, text), check.names = FALSE)
      write.csv(out, "back.csv", row.names = FALSE, na = "", fileEncoding = "UTF-8")
      labels <- data.frame(column = names(data),
        label = sapply(names(data), function(n) { l <- attr(data[[n]], "label"); if (is.null(l)) "" else l }),
        missing = sapply(names(data), function(n) { m <- attr(data[[n]], "missing_codes");
          if (is.null(m)) "" else paste(names(m), m, sep = "=", collapse = ";") }),
        levels = sapply(names(data), function(n) paste(levels(data[[n]]), collapse = ";")))
      write.csv(labels, "labels.csv", row.names = FALSE, fileEncoding = "UTF-8")
      """;

  static final CsvDatasetReader.Options QUIET =
      CsvDatasetReader.Options.defaults().withIgnoreUnknownColumns(true).withWarnings(w -> {});

  @BeforeAll
  static void needsR() {
    StatsTools.require("Rscript");
  }

  @Test
  void rReadsTheFixtureBackWithLabelsFactorsAndMissingCodes(@TempDir Path dir) throws Exception {
    Dataset data = StatsFixture.data();
    Export export =
        write(StatsExporters.r().write(data.instrument(), data, ExportOptions.defaults()), dir);
    assertThat(export.files())
        .extracting(ExportFile::name)
        .containsExactly("fixture.csv", "fixture.R");
    run(dir, "fixture");

    Dataset back = CsvDatasetReader.read(data.instrument(), dir.resolve("back.csv"), QUIET);
    assertSameAnswers(data, back);

    List<CSVRecord> rows = csv(dir.resolve("back.csv"));
    // r1 chose 30_to_40 ("30-40"); r2 dont_know, a missing-data code, so NA in the factor
    assertThat(rows.get(0).get("age.factor")).isEqualTo("30-40");
    assertThat(rows.get(1).get("age")).isEqualTo("dont_know");
    assertThat(rows.get(1).get("age.factor")).isEmpty();
    // smoke: r2 refused (777), r3 not asked (999): both kept as codes, NA in the factor
    assertThat(rows.get(1).get("smoke")).isEqualTo("777");
    assertThat(rows.get(2).get("smoke")).isEqualTo("999");
    assertThat(rows.get(2).get("smoke.factor")).isEmpty();
    assertThat(rows.get(0).get("smoke.factor")).isEqualTo("Daily");
    assertThat(rows.get(2).get("consent.factor")).isEqualTo("No");
    assertThat(rows.get(0).get("tools___ai_triage.factor")).isEqualTo("Checked");
    assertThat(rows.get(1).get("tools___ai_triage.factor")).isEqualTo("Unchecked");
    assertThat(rows.get(0).get("comment")).isEqualTo("Fine, \"mostly\"\nsecond line");
    assertThat(rows.get(1).get("visit")).isEqualTo("1959-12-31");

    List<CSVRecord> labels = csv(dir.resolve("labels.csv"));
    assertThat(label(labels, "age", "label")).isEqualTo("Age group, \"as of today\"");
    assertThat(label(labels, "visit", "label")).isEqualTo("Date of visit");
    assertThat(label(labels, "tools___pacs", "label")).isEqualTo("Tools used: PACS");
    assertThat(label(labels, StatsFixture.LONG_ID, "label")).isEqualTo("Hours a week");
    assertThat(label(labels, "smoke.factor", "missing")).isEqualTo("Refused=777;Not asked=999");
    assertThat(label(labels, "smoke.factor", "levels")).isEqualTo("Never;Daily");
    assertThat(label(labels, "consent.factor", "missing")).isEmpty();
  }

  @Test
  void labelsComeInTheLanguageAsked(@TempDir Path dir) throws Exception {
    Dataset data = StatsFixture.data();
    write(StatsExporters.r().write(data.instrument(), data, new ExportOptions("zh")), dir);
    run(dir, "fixture");
    List<CSVRecord> rows = csv(dir.resolve("back.csv"));
    assertThat(rows.get(0).get("smoke.factor")).isEqualTo("每天");
    assertThat(label(csv(dir.resolve("labels.csv")), "age", "label")).isEqualTo("年龄段");
  }

  @Test
  void theBundledClinicianResponsesComeBackUnchanged(@TempDir Path dir) throws Exception {
    Study study = Study.nationalAi();
    Dataset data = StudyData.synthesize(study).dataset("clinician");
    Instrument instrument = data.instrument();
    write(StatsExporters.r().write(instrument, data, ExportOptions.defaults()), dir);
    run(dir, instrument.id());
    Dataset back = CsvDatasetReader.read(instrument, dir.resolve("back.csv"), QUIET);
    assertSameAnswers(data, back);
    // every coded cell's factor is its option's English label
    List<CSVRecord> rows = csv(dir.resolve("back.csv"));
    for (ExpectedColumn c : ExpectedCells.of(data, "en")) {
      if (c.item() != null && c.item().type().isCoded() && !c.column().contains("___")) {
        for (int r = 0; r < rows.size(); r++) {
          assertThat(rows.get(r).get(c.column() + ".factor"))
              .as("%s row %d", c.column(), r)
              .isEqualTo(c.cells().get(r));
        }
      }
    }
  }

  static void assertSameAnswers(Dataset expected, Dataset actual) {
    assertThat(actual.size()).isEqualTo(expected.size());
    assertThat(actual.respondentIds()).isEqualTo(expected.respondentIds());
    for (var e : expected.columns().entrySet()) {
      if (!e.getValue().item().type().hasData()) {
        continue;
      }
      Column a = actual.column(e.getKey());
      for (int r = 0; r < expected.size(); r++) {
        assertThat(a.answer(r)).as("%s row %d", e.getKey(), r).isEqualTo(e.getValue().answer(r));
      }
    }
  }

  private static Export write(Export export, Path dir) throws IOException {
    return ExportDir.write(export, dir);
  }

  private static void run(Path dir, String id) throws Exception {
    StatsTools.Run run = StatsTools.rscript(dir, READ_BACK.formatted(id));
    assertThat(run.exitCode()).as(run.output()).isZero();
  }

  static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(in)
          .getRecords();
    }
  }

  private static String label(List<CSVRecord> labels, String column, String field) {
    return labels.stream()
        .filter(r -> r.get("column").equals(column))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no column " + column))
        .get(field);
  }
}
