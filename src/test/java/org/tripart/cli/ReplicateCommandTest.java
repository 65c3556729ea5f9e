package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicateCommandTest {
  private static CommandLineRun csvRun;
  private static List<CSVRecord> records;

  @BeforeAll
  static void replicateOnce() throws IOException {
    csvRun = CommandLineRun.of("replicate", "--format", "csv");
    records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csvRun.out()))
            .getRecords();
  }

  @Test
  void csvHasExactlyTheDocumentedColumns() {
    assertThat(csvRun.exitCode()).isZero();
    assertThat(csvRun.out().lines().findFirst())
        .contains("table,group,item,option,published_pct,n,denominator,pct,ci_low,ci_high");
    assertThat(csvRun.err()).contains("SYNTHETIC");
  }

  @Test
  void everyPublishedTableRowAppearsOnceInOrderFollowedByTheTextFigures() throws IOException {
    List<CSVRecord> published =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(Files.newBufferedReader(publishedTables()))
            .getRecords();
    for (int i = 0; i < published.size(); i++) {
      CSVRecord p = published.get(i);
      CSVRecord r = records.get(i);
      assertThat(List.of(r.get("table"), r.get("group"), r.get("item"), r.get("option")))
          .containsExactly(p.get("table"), p.get("group"), p.get("item"), p.get("option"));
      assertThat(Double.parseDouble(r.get("published_pct")))
          .isEqualTo(Double.parseDouble(p.get("table_pct")));
    }
    assertThat(records.subList(published.size(), records.size()))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("table")).isEqualTo("text"));
  }

  @Test
  void percentagesAndWilsonIntervalsFollowFromNAndDenominator() {
    for (CSVRecord r : records) {
      if (r.get("denominator").isEmpty()) {
        continue;
      }
      double n = Double.parseDouble(r.get("n"));
      double d = Double.parseDouble(r.get("denominator"));
      double p = n / d;
      double z = 1.959963984540054;
      double centre = (p + z * z / (2 * d)) / (1 + z * z / d);
      double half = z * Math.sqrt(p * (1 - p) / d + z * z / (4 * d * d)) / (1 + z * z / d);
      assertThat(Double.parseDouble(r.get("pct"))).isCloseTo(100 * p, within(1e-9));
      assertThat(Double.parseDouble(r.get("ci_low")))
          .isCloseTo(100 * (centre - half), within(1e-9));
      assertThat(Double.parseDouble(r.get("ci_high")))
          .isCloseTo(100 * (centre + half), within(1e-9));
    }
  }

  @Test
  void clinicianDenominatorsAreTheWholeGroupWhereThePaperReportsOverAllRespondents() {
    assertThat(records)
        .filteredOn(r -> r.get("group").equals("clinician") && !r.get("table").equals("text"))
        .allSatisfy(r -> assertThat(r.get("denominator")).isEqualTo("5142"));
    assertThat(records)
        .filteredOn(r -> r.get("group").equals("research") && !r.get("table").equals("text"))
        .allSatisfy(r -> assertThat(r.get("denominator")).isEqualTo("120"));
  }

  @Test
  void consistentPublishedPercentagesAreReproducedAfterRounding() {
    CSVRecord involvementNotInvolved = find("ai_research_involvement", "not_involved");
    assertThat(roundTo(involvementNotInvolved.get("pct"), 0)).isEqualTo(74);
    CSVRecord awards =
        find("ai_research_involvement", "research_received_domestic_or_international_awards");
    assertThat(roundTo(awards.get("pct"), 1)).isEqualTo(0.4);
    CSVRecord structured = find("structured_report_system", "not_established");
    assertThat(roundTo(structured.get("pct"), 0)).isEqualTo(47);
  }

  @Test
  void impossiblePercentageOfOneHundredTwentyGetsTheNearestPossibleValue() {
    CSVRecord r = find("resources_from_hospitals", "joint_application_for_research_projects");
    assertThat(r.get("denominator")).isEqualTo("120");
    assertThat(r.get("n")).isIn("19", "20");
  }

  @Test
  void fieldworkCountsAreRecomputedFromTheData() {
    assertThat(records)
        .filteredOn(r -> r.get("table").equals("text") && r.get("item").equals("fieldwork"))
        .allSatisfy(
            r ->
                assertThat(Double.parseDouble(r.get("n")))
                    .isEqualTo(Double.parseDouble(r.get("published_pct"))));
  }

  @Test
  void markdownAndHtmlCarryTheSyntheticLabel(@TempDir Path dir) throws IOException {
    CommandLineRun md = CommandLineRun.of("replicate", "--format", "md");
    assertThat(md.out()).contains("SYNTHETIC DATA").contains("| Item |");
    Path html = dir.resolve("r.html");
    CommandLineRun h = CommandLineRun.of("replicate", "--format", "html", "-o", html.toString());
    assertThat(h.exitCode()).isZero();
    assertThat(Files.readString(html)).contains("SYNTHETIC DATA").startsWith("<!DOCTYPE html>");
  }

  private static CSVRecord find(String item, String option) {
    return records.stream()
        .filter(r -> r.get("item").equals(item) && r.get("option").equals(option))
        .findFirst()
        .orElseThrow();
  }

  private static double roundTo(String pct, int decimals) {
    return new java.math.BigDecimal(pct)
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }

  static Path publishedTables() {
    return Path.of("src/main/resources/org/tripart/study/national-ai/published-tables.csv");
  }
}
