package org.tripart.interop.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
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

/** The SPSS export, run by the real PSPP, reads the answers with their labels and missing codes. */
class SpssExportTest {
  /**
   * Appended to the export's syntax: the dictionary as CSV tables, the data as labels (missing
   * codes shown), and the data as values with user-missing codes made blank.
   */
  private static final String READ_BACK =
      """

      DISPLAY DICTIONARY.
      SAVE TRANSLATE /OUTFILE='labels.csv' /TYPE=CSV /FIELDNAMES /CELLS=LABELS
        /TEXTOPTIONS FORMAT=VARIABLE /REPLACE.
      SAVE TRANSLATE /OUTFILE='values.csv' /TYPE=CSV /FIELDNAMES /CELLS=VALUES /MISSING=RECODE
        /TEXTOPTIONS FORMAT=VARIABLE /REPLACE.
      """;

  @BeforeAll
  static void needsPspp() {
    StatsTools.require("pspp");
  }

  @Test
  void psppReadsTheFixtureWithLabelsAndMissingValues(@TempDir Path dir) throws Exception {
    Dataset data = StatsFixture.data();
    Export export = StatsExporters.spss().write(data.instrument(), data, ExportOptions.defaults());
    assertThat(export.files())
        .extracting(ExportFile::name)
        .containsExactly("fixture.csv", "fixture.sps");
    // 'to' is a reserved word, the long id has 46 characters, 'comment' starts a PSPP comment
    assertThat(export.notes())
        .extracting(n -> n.line())
        .contains(
            "fixture column to: named to_ (letters, digits and _, at most 32, no reserved word)",
            "fixture column comment: line breaks inside answers written as spaces (SPSS reads"
                + " one case per line)");
    List<List<String>> dictionary = run(export, dir, "fixture");

    Map<String, List<String>> vars = variables(dictionary);
    assertThat(vars.keySet())
        .containsExactly(
            "record_id",
            "age",
            "smoke",
            "consent",
            "tools___pacs",
            "tools___ai_triage",
            "to_",
            "hours_spent_on_imaging_reports_i",
            "months",
            "visit",
            "comment_");
    // columns: Name, Position, Label, Measurement Level, Role, Width, Alignment, Print Format,
    // Write Format, Missing Values
    assertThat(vars.get("age").get(2)).isEqualTo("Age group, \"as of today\"");
    assertThat(vars.get("age").get(9)).isEqualTo("3");
    assertThat(vars.get("smoke").get(9)).isEqualTo("777; 999");
    assertThat(vars.get("smoke").get(3)).isEqualTo("Nominal");
    assertThat(vars.get("to_").get(3)).isEqualTo("Scale");
    assertThat(vars.get("visit").get(7)).isEqualTo("SDATE10");
    assertThat(vars.get("tools___pacs").get(2)).isEqualTo("Tools used: PACS");
    assertThat(vars.get("consent").get(9)).isEmpty();
    assertThat(vars.get("months").get(2)).isEqualTo("Months in post");
    assertThat(vars.get("months").get(3)).isEqualTo("Scale");

    List<CSVRecord> labels = RExportTest.csv(dir.resolve("labels.csv"));
    List<CSVRecord> values = RExportTest.csv(dir.resolve("values.csv"));
    assertSameCells(data, labels, "en");
    // r2 refused smoke (777), r3 was not asked (999): labelled, and blank once missing is recoded
    assertThat(labels.get(1).get("smoke")).isEqualTo("Refused");
    assertThat(values.get(1).get("smoke").strip()).isEmpty();
    assertThat(values.get(2).get("smoke").strip()).isEmpty();
    assertThat(values.get(0).get("smoke").strip()).isEqualTo("2");
    assertThat(values.get(1).get("age").strip()).isEmpty();
    assertThat(values.get(0).get("age").strip()).isEqualTo("2");
  }

  @Test
  void theBundledClinicianResponsesReadBackCellByCell(@TempDir Path dir) throws Exception {
    Dataset data = StudyData.synthesize(Study.nationalAi()).dataset("clinician");
    Export export = StatsExporters.spss().write(data.instrument(), data, new ExportOptions("zh"));
    run(export, dir, "clinician");
    assertSameCells(data, RExportTest.csv(dir.resolve("labels.csv")), "zh");
  }

  @Test
  void quotesInLabelsAreDoubled() {
    assertThat(SpssExporter.quoted("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
  }

  /** Every cell PSPP shows equals the label, number, date or text the data set holds. */
  private static void assertSameCells(Dataset data, List<CSVRecord> rows, String language) {
    StatsTable table = StatsTable.of(data.instrument(), data, new ExportOptions(language), "SPSS");
    Map<String, String> names =
        table.variables().stream().collect(Collectors.toMap(Variable::column, Variable::name));
    assertThat(rows).hasSize(data.size());
    for (ExpectedColumn c : ExpectedCells.of(data, language)) {
      for (int r = 0; r < rows.size(); r++) {
        String got = rows.get(r).get(names.get(c.column())).strip();
        String want = c.cells().get(r);
        if (c.item() != null && c.item().type().isNumeric()) {
          got = ExpectedCells.number(got);
        } else if (c.item() != null && c.item().type() == org.tripart.instrument.ItemType.DATE) {
          got = got.replace('/', '-');
        } else {
          want = want.replace('\n', ' ').strip();
        }
        assertThat(got).as("%s row %d", c.column(), r).isEqualTo(want);
      }
    }
  }

  private static List<List<String>> run(Export export, Path dir, String id) throws Exception {
    ExportDir.write(export, dir);
    Path sps = dir.resolve(id + ".sps");
    Files.writeString(sps, Files.readString(sps) + READ_BACK, StandardCharsets.UTF_8);
    StatsTools.Run run = StatsTools.run(dir, "pspp", "-o", "dictionary.csv", sps.toString());
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).as("PSPP's errors and warnings").isEmpty();
    try (var in = Files.newBufferedReader(dir.resolve("dictionary.csv"))) {
      return CSVFormat.DEFAULT.parse(in).getRecords().stream().map(CSVRecord::toList).toList();
    }
  }

  /** The rows of the "Variables" table of DISPLAY DICTIONARY, by variable name. */
  private static Map<String, List<String>> variables(List<List<String>> dictionary) {
    Map<String, List<String>> vars = new java.util.LinkedHashMap<>();
    boolean in = false;
    for (List<String> row : dictionary) {
      if (row.size() == 1 && row.get(0).startsWith("Table:")) {
        in = row.get(0).equals("Table: Variables");
      } else if (in && row.size() >= 10 && !row.get(0).equals("Name")) {
        vars.put(row.get(0), row);
      }
    }
    return vars;
  }
}
