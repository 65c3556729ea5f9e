package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ReplicateDesignCommandTest {
  @Test
  void clusteredDesignAddsColumnsAfterTheUnchangedOnes() throws IOException {
    CommandLineRun plain = CommandLineRun.of("replicate", "--format", "csv");
    CommandLineRun run = CommandLineRun.of("replicate", "--design", "clustered", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String header = run.out().lines().findFirst().orElseThrow();
    assertThat(plain.out().lines().findFirst().orElseThrow())
        .isEqualTo("table,group,item,option,published_pct,n,denominator,pct,ci_low,ci_high");
    assertThat(header)
        .isEqualTo(
            "table,group,item,option,published_pct,n,denominator,pct,ci_low,ci_high,"
                + "design,design_se,deff,design_ci_low,design_ci_high");
    List<String> plainLines = plain.out().lines().toList();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSameSizeAs(plainLines);
    for (int i = 1; i < lines.size(); i++) {
      assertThat(lines.get(i)).startsWith(plainLines.get(i) + ",");
    }
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(run.out()))
            .getRecords();
    CSVRecord clinician =
        rows.stream()
            .filter(r -> r.get("group").equals("clinician") && !r.get("design_se").isEmpty())
            .findFirst()
            .orElseThrow();
    assertThat(clinician.get("design")).isEqualTo("clustered by hospital, strata hospital_tier");
    double p = Double.parseDouble(clinician.get("pct")) / 100;
    double se = Double.parseDouble(clinician.get("design_se")) / 100;
    double n = Double.parseDouble(clinician.get("denominator"));
    double deff = Double.parseDouble(clinician.get("deff"));
    // deff = "replace": V / (p (1 - p) / (n - 1)) for equal weights
    assertThat(deff)
        .isCloseTo(se * se * (n - 1) / (p * (1 - p)), org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void textShowsDesignColumnsAndASentencePerTable() {
    CommandLineRun run = CommandLineRun.of("replicate", "--design", "clustered");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Design SE").contains("95% CI (design)");
    assertThat(run.out())
        .contains("radiologists of the same hospital")
        .contains("researchers are taken as a simple random sample");
  }

  @Test
  void anUnknownDesignIsAUsageError() {
    CommandLineRun run = CommandLineRun.of("replicate", "--design", "stratified");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--design stratified: expected none or clustered");
  }
}
