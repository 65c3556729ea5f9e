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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mini data set (src/test/resources/org/tripart/cli/mini.csv) worked by hand: 10 respondents;
 * uses_ai answered by 9 (6 yes); tools applies to the 6 who use AI, 5 answered it (ct 3, mri 3,
 * none 1). Wilson bounds from R: prop.test(3, 5, correct = FALSE)$conf.int = 0.230724281276013,
 * 0.882379225767352; prop.test(6, 9, correct = FALSE)$conf.int = 0.354202135580396,
 * 0.879416181613089.
 */
class AnalyzeCommandTest {
  private static final String INSTRUMENT = "src/test/resources/org/tripart/cli/mini.yaml";
  private static final String RESPONSES = "src/test/resources/org/tripart/cli/mini.csv";

  @Test
  void csvGivesCountsDenominatorsNonResponseAndWilsonIntervals() throws IOException {
    CommandLineRun run =
        CommandLineRun.of(
            "analyze", "--instrument", INSTRUMENT, "--responses", RESPONSES, "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows = parse(run.out());
    CSVRecord ct = row(rows, "tools", "", "ct");
    assertThat(ct.get("n")).isEqualTo("3");
    assertThat(ct.get("denominator")).isEqualTo("5");
    assertThat(ct.get("nonresponse")).isEqualTo("1");
    assertThat(Double.parseDouble(ct.get("pct"))).isCloseTo(60.0, within(1e-9));
    assertThat(Double.parseDouble(ct.get("ci_low"))).isCloseTo(23.0724281276013, within(1e-9));
    assertThat(Double.parseDouble(ct.get("ci_high"))).isCloseTo(88.2379225767352, within(1e-9));
    CSVRecord none = row(rows, "tools", "", "none");
    assertThat(none.get("n")).isEqualTo("1");
    CSVRecord yes = row(rows, "uses_ai", "", "yes");
    assertThat(yes.get("n")).isEqualTo("6");
    assertThat(yes.get("denominator")).isEqualTo("9");
    assertThat(yes.get("nonresponse")).isEqualTo("1");
    assertThat(Double.parseDouble(yes.get("ci_low"))).isCloseTo(35.4202135580396, within(1e-9));
    assertThat(rows).noneMatch(r -> r.get("item").equals("years"));
  }

  @Test
  void splitByTierGivesStratumRowsAndTheTestOfIndependence() throws IOException {
    CommandLineRun run =
        CommandLineRun.of(
            "analyze",
            "--instrument",
            INSTRUMENT,
            "--responses",
            RESPONSES,
            "--by",
            "tier",
            "--format",
            "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows = parse(run.out());
    CSVRecord secondaryYes = row(rows, "uses_ai", "secondary", "yes");
    assertThat(secondaryYes.get("n")).isEqualTo("2");
    assertThat(secondaryYes.get("denominator")).isEqualTo("3");
    CSVRecord tertiaryYes = row(rows, "uses_ai", "tertiary", "yes");
    assertThat(tertiaryYes.get("n")).isEqualTo("4");
    assertThat(tertiaryYes.get("denominator")).isEqualTo("6");
    // 2:1 in both tiers, so the table is exactly independent: chi-square 0, p 1 (R agrees).
    assertThat(Double.parseDouble(tertiaryYes.get("chi2"))).isCloseTo(0.0, within(1e-12));
    assertThat(Double.parseDouble(tertiaryYes.get("p_value"))).isCloseTo(1.0, within(1e-12));
    assertThat(tertiaryYes.get("df")).isEqualTo("1");
  }

  @Test
  void textReportShowsLabelsNonResponseAndNumericSummaries() {
    CommandLineRun run =
        CommandLineRun.of("analyze", "--instrument", INSTRUMENT, "--responses", RESPONSES);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("tools: Tools used")
        .contains("None of these")
        .contains("item non-response: 1")
        .contains("years: Years in post");
    CommandLineRun zh =
        CommandLineRun.of(
            "analyze", "--instrument", INSTRUMENT, "--responses", RESPONSES, "--language", "zh");
    assertThat(zh.out()).contains("使用的工具").contains("以上都没有");
  }

  @Test
  void malformedCsvIsRefusedWithLineColumnAndWhatWasExpected(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "record_id,tier,uses_ai,tools___ct,tools___mri,tools___none,years\n"
            + "1,secondary,yes,1,0,0,5\n"
            + "2,secondary,maybe,1,0,0,5\n");
    CommandLineRun run =
        CommandLineRun.of("analyze", "--instrument", INSTRUMENT, "--responses", bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("TRP-0102")
        .contains("bad.csv:3")
        .contains("uses_ai")
        .contains("maybe")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownStratifierIsAUsageProblemNotAStackTrace() {
    CommandLineRun run =
        CommandLineRun.of(
            "analyze", "--instrument", INSTRUMENT, "--responses", RESPONSES, "--by", "nope");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("TRP-0013").contains("nope").doesNotContain("\tat ");
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  private static CSVRecord row(List<CSVRecord> rows, String item, String stratum, String option) {
    return rows.stream()
        .filter(
            r ->
                r.get("item").equals(item)
                    && r.get("stratum").equals(stratum)
                    && r.get("option").equals(option))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + item + "/" + stratum + "/" + option));
  }
}
