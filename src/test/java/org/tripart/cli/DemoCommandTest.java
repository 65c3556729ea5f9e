package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @Test
  void demoShowsTheTablesTheAuditAndWhereTheReportIs(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("report.html");
    CommandLineRun run = CommandLineRun.of("demo", "--no-serve", "--report", report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("SYNTHETIC DATA")
        .contains("Table 1 (clinician)")
        .contains("Table 10 (research)")
        .contains("Figures given only in the text")
        .contains("Consistency audit")
        .contains("Collaboration network (SYNTHETIC)", "named at least one partner organisation")
        .contains("sum_not_100")
        .contains("HTML report written to " + report.toAbsolutePath().normalize());
    String html = Files.readString(report);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("SYNTHETIC DATA")
        .contains("Consistency audit of the published tables")
        .doesNotContain("<script")
        .contains("95% CI (Wilson)")
        .contains("Design SE")
        .contains("Deff")
        .contains("95% CI (design)")
        .contains("clinician: clustered by hospital")
        .containsPattern(
            "radiologists (in|of) the same hospital answer [^<]*intervals that account for"
                + " clustering [^<]*design effect [0-9]+\\.[0-9]+")
        .contains(
            "The researchers are taken as a simple random sample, so the design-based intervals"
                + " differ from the Wilson intervals only in how they are computed");
    assertThat(run.out()).doesNotContain("Design SE").doesNotContain("answer hardly");
  }
}
