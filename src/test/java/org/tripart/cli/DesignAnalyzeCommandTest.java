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
 * {@code analyze} with a survey design, against the values R's survey package gives on the study's
 * SYNTHETIC clinician data (src/test/r/design-study.R, design-study-reference.csv): radiologists
 * clustered in hospitals, hospitals stratified by tier, every row weighing 1.
 */
class DesignAnalyzeCommandTest {
  private static final String DATA =
      "src/test/resources/org/tripart/stats/design/clinician-hospitals.csv";

  private static CommandLineRun analyze(String... extra) {
    String[] base = {
      "analyze", "--responses", DATA, "--cluster", "hospital", "--strata", "hospital_tier"
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CommandLineRun.of(args);
  }

  @Test
  void anItemOrSplitByItemTheFileDoesNotHaveIsRefusedNamingIt() {
    CommandLineRun item = analyze("--items", "ai_department,nothing");
    CommandLineRun by = analyze("--by", "nowhere");
    CommandLineRun domain = analyze("--domain", "region=east");

    assertThat(item.exitCode()).isNotZero();
    assertThat(item.err())
        .contains("items nothing: no column 'nothing' in ")
        .contains("; columns: ")
        .contains("hospital_tier");
    assertThat(by.err()).contains("by nowhere: no column 'nowhere' in ");
    assertThat(domain.err()).contains("domain region: no column 'region' in ");
    assertThat(List.of(item, by, domain)).allSatisfy(r -> assertThat(r.out()).isEmpty());
  }

  @Test
  void csvHasTheDesignColumnsInPercentMatchingR() throws IOException {
    CommandLineRun run = analyze("--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("item,option,pct,se,ci_low,ci_high,deff,");
    CSVRecord master = row(parse(run.out()), "education", "master", "");
    // R: svymean(~edu_master, des, deff = "replace"); svyciprop(method = "logit")
    assertThat(Double.parseDouble(master.get("pct")))
        .isCloseTo(21.995332555425903, within(21.995332555425903 * 1e-9));
    assertThat(Double.parseDouble(master.get("se")))
        .isCloseTo(0.59089695829106668, within(0.59089695829106668 * 1e-6));
    assertThat(Double.parseDouble(master.get("deff")))
        .isCloseTo(1.0462127066257072, within(1.0462127066257072 * 1e-6));
    assertThat(Double.parseDouble(master.get("ci_low")))
        .isCloseTo(20.858473042138467, within(20.858473042138467 * 1e-6));
    assertThat(Double.parseDouble(master.get("ci_high")))
        .isCloseTo(23.176009527491501, within(23.176009527491501 * 1e-6));
    assertThat(master.get("n")).isEqualTo("1131");
    assertThat(master.get("denominator")).isEqualTo("5142");
    assertThat(master.get("pct")).isEqualTo(Double.toString(Double.parseDouble(master.get("pct"))));
    assertThat(parse(run.out()))
        .as("multi-select options are proportions, one row each")
        .anyMatch(r -> r.get("item").equals("ai_product_use") && r.get("option").equals("other"));
  }

  @Test
  void domainAndBetaIntervalMatchR() throws IOException {
    CommandLineRun run =
        analyze("--domain", "hospital_tier=tertiary", "--ci", "beta", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    CSVRecord master = row(parse(run.out()), "education", "master", "");
    assertThat(Double.parseDouble(master.get("pct")))
        .isCloseTo(22.030769230769232, within(1e-9 * 22.03));
    assertThat(Double.parseDouble(master.get("ci_low")))
        .isCloseTo(20.556627531343327, within(1e-6 * 20.56));
    assertThat(master.get("df")).isEqualTo("1346");
  }

  @Test
  void byGivesTheRaoScottTest() throws IOException {
    CommandLineRun run =
        analyze("--by", "ai_department", "--items", "education", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    CSVRecord master = row(parse(run.out()), "education", "master", "");
    assertThat(Double.parseDouble(master.get("rao_scott_f")))
        .isCloseTo(1.5862155444548554, within(1e-6 * 1.59));
    assertThat(Double.parseDouble(master.get("p_value")))
        .isCloseTo(0.17518647726822512, within(1e-6 * 0.175));
    assertThat(parse(run.out())).anyMatch(r -> r.get("stratum").equals("yes"));
  }

  @Test
  void planFileGivesTheSameNumbersAsTheOptions(@TempDir Path dir) throws IOException {
    Path margins = dir.resolve("tiers.csv");
    Files.writeString(
        margins,
        "column,value,population\nhospital_tier,tertiary,61000\nhospital_tier,secondary,39000\n");
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(
        plan,
        "design:\n  strata: hospital_tier\n  clusters: [hospital]\n"
            + "weighting:\n  poststratify: tiers.csv\nitems: [education]\nci: logit\n");
    CommandLineRun run =
        CommandLineRun.of(
            "analyze", "--responses", DATA, "--plan", plan.toString(), "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    CSVRecord master = row(parse(run.out()), "education", "master", "");
    // R: postStratify(des, ~hospital_tier, pop.tier); svymean(~edu_master, ps, deff = TRUE)
    assertThat(Double.parseDouble(master.get("pct")))
        .isCloseTo(21.993208977069442, within(1e-9 * 22));
    assertThat(Double.parseDouble(master.get("se")))
        .isCloseTo(0.59012487518572314, within(1e-6 * 0.59));
    assertThat(Double.parseDouble(master.get("deff")))
        .isCloseTo(1.1001210378234658, within(1e-6 * 1.1));
  }

  @Test
  void rakingReportsConvergenceInTheText(@TempDir Path dir) throws IOException {
    Path margins = dir.resolve("margins.csv");
    Files.writeString(
        margins,
        "column,value,population\nhospital_tier,tertiary,61000\nhospital_tier,secondary,39000\n"
            + "ai_department,no,70000\nai_department,unsure,28000\nai_department,yes,2000\n");
    CommandLineRun run = analyze("--rake", margins.toString(), "--items", "education");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("raked to the margins of hospital_tier, ai_department: converged");
    // R: rake(...); svymean(~edu_master, rk) = 0.21983521943830581, printed to one decimal
    assertThat(run.out()).contains("22.0");
  }

  @Test
  void unknownStrataColumnIsAClearError() {
    CommandLineRun run =
        CommandLineRun.of(
            "analyze", "--responses", DATA, "--cluster", "hospital", "--strata", "provinc");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("TRP-0501").contains("--strata provinc").contains("'provinc'");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void lonelyStratumUnderFailNamesTheStratum(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("lonely.csv");
    Files.writeString(
        csv, "region,clinic,uses_ai\nnorth,c1,1\nnorth,c1,0\nsouth,c2,1\nsouth,c3,0\nsouth,c3,1\n");
    CommandLineRun run =
        CommandLineRun.of(
            "analyze",
            "--responses",
            csv.toString(),
            "--strata",
            "region",
            "--cluster",
            "clinic",
            "--lonely-psu",
            "fail");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("region = north").contains("clinic = c1");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    CommandLineRun adjusted =
        CommandLineRun.of(
            "analyze",
            "--responses",
            csv.toString(),
            "--strata",
            "region",
            "--cluster",
            "clinic",
            "--lonely-psu",
            "adjust",
            "--format",
            "csv");
    assertThat(adjusted.exitCode()).as(adjusted.err()).isZero();
  }

  @Test
  void withoutInstrumentTheItemsAreInferredFromARedcapExport(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("export.csv");
    Files.writeString(
        csv,
        "record_id,sex,tools___ct,tools___mri,age,comment,redcap_event_name\n"
            + "1,1,1,0,34,fine,baseline\n"
            + "2,2,1,1,41.5,ok,baseline\n"
            + "3,1,,,29,,baseline\n"
            + "4,2,0,1,50,great,baseline\n");
    CommandLineRun run =
        CommandLineRun.of(
            "analyze",
            "--responses",
            csv.toString(),
            "--ignore",
            "redcap_event_name",
            "--format",
            "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows = parse(run.out());
    CSVRecord ct =
        rows.stream()
            .filter(r -> r.get("item").equals("tools") && r.get("option").equals("ct"))
            .findFirst()
            .orElseThrow();
    assertThat(ct.get("n")).isEqualTo("2");
    assertThat(ct.get("denominator")).as("row 3 did not answer").isEqualTo("3");
    assertThat(rows).anyMatch(r -> r.get("item").equals("sex") && r.get("option").equals("2"));
    assertThat(rows)
        .as("decimal numbers are no coded item")
        .noneMatch(r -> r.get("item").equals("age"));
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  private static CSVRecord row(List<CSVRecord> rows, String item, String option, String stratum) {
    return rows.stream()
        .filter(r -> r.get("item").equals(item))
        .filter(r -> r.get("option").equals(option))
        .filter(r -> r.get("stratum").equals(stratum))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + item + "/" + option + "/" + stratum));
  }
}
