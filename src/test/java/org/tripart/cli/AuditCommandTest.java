package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCommandTest {
  private static final String PUBLISHED =
      "src/main/resources/org/tripart/study/national-ai/published-tables.csv";

  @Test
  void csvListsOneFindingPerRowWithTheDocumentedColumns() {
    CommandLineRun run = CommandLineRun.of("audit", PUBLISHED, "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    var lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("group,item,finding,detail");
    assertThat(run.out())
        .contains("clinician,impact_beliefs,sum_not_100")
        .contains("research,healthcare_system_collaborations,sum_not_100")
        .contains("research,achievements,table_text_mismatch")
        .contains("research,resources_from_hospitals,granularity")
        .contains("research,main_challenge,joint_granularity")
        .doesNotContain("ai_research_involvement")
        .doesNotContain("main_challenge,sum_not_100");
  }

  @Test
  void failOnFindingsGivesAScriptableExitStatus() {
    assertThat(CommandLineRun.of("audit", PUBLISHED, "--fail-on-findings").exitCode()).isEqualTo(4);
  }

  @Test
  void aMissingFileIsNamedWithoutAStackTrace() {
    CommandLineRun run = CommandLineRun.of("audit", "no/such/file.csv");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no/such/file.csv").doesNotContain("\tat ");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CommandLineRun run = CommandLineRun.of("audit", PUBLISHED, "--format", "xml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("xml");
  }
}
