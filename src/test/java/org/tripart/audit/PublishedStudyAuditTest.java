package org.tripart.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit over a copy of the study's {@code published-tables.csv}.
 *
 * <p>Expected findings, worked out by hand from the file and the study README:
 *
 * <p>Sums of single-choice blocks (printed sum ± Σ 0.5·10^-d): every block sums to exactly 100
 * except clinician ai_research_involvement 74+21+4+0.8+0.5+0.4 = 100.7 ± (3·0.5 + 3·0.05) = [99.05,
 * 102.35] (holds 100), clinician impact_beliefs 56+27+13 = 96 ± 1.5 = [94.5, 97.5] (flagged),
 * research healthcare_system_collaborations 50+39+12+2 = 103 ± 2 = [101, 105] (flagged) and
 * research main_challenge 37+29+14+12+7 = 99 ± 2.5 = [96.5, 101.5] (holds 100).
 *
 * <p>Granularity, research N=120: 100·x/120 = 5x/6 moves in steps of 0.83, less than 1, so every
 * integer 0..100 lies within 0.5 of some 5x/6 and all integer percentages are achievable. With one
 * decimal, the achievable values near the printed ones are 13.3 (16/120), 14.2 (17), 15.8 (19),
 * 16.7 (20), 17.5 (21, exactly 17.5): so 13.4, 16.4, 16.5 and 17.4 (Table 10 resources from
 * hospitals) are impossible. Clinician N=5142: a step is 100/5142 = 0.0194 < 0.1, so every
 * one-decimal value is achievable, e.g. 0.3 needs x in [12.86, 18.00) (x = 13..17), 0.4 x in
 * [18.00, 23.14) (18..23), 0.5 x in [23.14, 28.28) (24..28), 0.8 x in [38.57, 43.71) (39..43).
 * Narrative figures (7, 30, 56, 53, 47, 46, 39) are research integers: all achievable.
 *
 * <p>Joint granularity, research N=120, blocks within rounding: structured_report_lab_status 47,
 * 46, 7 allow only 56, 55 and 8 respondents (47% needs 100x/120 in [46.5, 47.5): x in [55.8, 57),
 * so 56; 46%: [54.6, 55.8), 55; 7%: [7.8, 9), 8), 119 in all; main_challenge 37, 29, 14, 12, 7
 * allow only 44, 35, 17, 14, 8 = 118. No whole counts out of 120 give either block. (Checked
 * independently by enumerating every x in 0..120 in Python.)
 *
 * <p>Table/text: Table 5 awards 70 vs 7, Table 7 data security 35 vs 30, Table 10 resources from
 * hospitals 5 vs 56, 16.5 vs 53, 13.4 vs 47, 17.4 vs 46, 16.4 vs 39. The Table 7 note about the
 * narrative repeating 55/25/20 is a note only and gives no finding.
 */
class PublishedStudyAuditTest {
  private static List<Finding> findings;

  @BeforeAll
  static void audit() throws Exception {
    try (Reader in =
        new InputStreamReader(
            PublishedStudyAuditTest.class.getResourceAsStream("published-tables.csv"),
            StandardCharsets.UTF_8)) {
      List<PublishedRow> rows = PublishedTable.read(in, "published-tables.csv");
      findings = Audit.run(rows, Map.of("clinician", 5142, "research", 120));
    }
  }

  @Test
  void findsExactlyTheTwoSingleChoiceBlocksThatRoundingCannotExplain() {
    assertThat(findings)
        .filteredOn(f -> f.kind() == FindingKind.SUM_NOT_100)
        .extracting(Finding::group, Finding::item)
        .containsExactly(
            tuple("clinician", "impact_beliefs"),
            tuple("research", "healthcare_system_collaborations"));
  }

  @Test
  void sumFindingsGiveTheSumTheIntervalAndTheShortfall() {
    assertThat(detail(FindingKind.SUM_NOT_100, "impact_beliefs"))
        .contains("96%", "[94.5, 97.5]", "4 points unaccounted for", "at least 2.5");
    assertThat(detail(FindingKind.SUM_NOT_100, "healthcare_system_collaborations"))
        .contains("103%", "[101, 105]", "3 points too many", "at least 1 ");
  }

  @Test
  void doesNotFlagInvolvementAt100Point7NorMainChallengeAt99() {
    assertThat(findings)
        .filteredOn(f -> f.kind() == FindingKind.SUM_NOT_100)
        .extracting(Finding::item)
        .doesNotContain("ai_research_involvement", "main_challenge");
  }

  @Test
  void findsExactlyTheFourResearchPercentagesNoCountOutOf120Gives() {
    assertThat(findings)
        .filteredOn(f -> f.kind() == FindingKind.GRANULARITY)
        .extracting(
            Finding::group,
            Finding::item,
            f -> f.detail().replaceAll("^.*?: ([0-9.]+%) \\((table|text).*$", "$1 $2"))
        .containsExactly(
            tuple("research", "resources_from_hospitals", "16.5% table"),
            tuple("research", "resources_from_hospitals", "13.4% table"),
            tuple("research", "resources_from_hospitals", "17.4% table"),
            tuple("research", "resources_from_hospitals", "16.4% table"));
  }

  @Test
  void granularityFindingNamesTheNearestAchievablePercentages() {
    assertThat(findings)
        .filteredOn(f -> f.kind() == FindingKind.GRANULARITY)
        .first()
        .extracting(Finding::detail)
        .asString()
        .contains("nearest achievable 16.7% (20/120) and 15.8% (19/120)", "non-response");
  }

  @Test
  void findsTheSevenFiguresTableAndNarrativeDisagreeOn() {
    assertThat(findings)
        .filteredOn(f -> f.kind() == FindingKind.TABLE_TEXT_MISMATCH)
        .extracting(Finding::item, f -> f.detail().replaceAll(".*: (table .*) \\(line.*", "$1"))
        .containsExactly(
            tuple("achievements", "table 70%, text 7%"),
            tuple("data_security_stance", "table 35%, text 30%"),
            tuple("resources_from_hospitals", "table 5%, text 56%"),
            tuple("resources_from_hospitals", "table 16.5%, text 53%"),
            tuple("resources_from_hospitals", "table 13.4%, text 47%"),
            tuple("resources_from_hospitals", "table 17.4%, text 46%"),
            tuple("resources_from_hospitals", "table 16.4%, text 39%"));
  }

  @Test
  void findsTheTwoResearchBlocksNoWholeCountsOutOf120GiveTogether() {
    assertThat(findings)
        .filteredOn(f -> f.kind() == FindingKind.JOINT_GRANULARITY)
        .extracting(Finding::group, Finding::item)
        .containsExactly(
            tuple("research", "structured_report_lab_status"), tuple("research", "main_challenge"));
    assertThat(detail(FindingKind.JOINT_GRANULARITY, "structured_report_lab_status"))
        .contains("at most 119 of the 120", "1 unaccounted for");
    assertThat(detail(FindingKind.JOINT_GRANULARITY, "main_challenge"))
        .contains("at most 118 of the 120", "2 unaccounted for");
  }

  @Test
  void findsNothingElse() {
    assertThat(findings).hasSize(2 + 4 + 2 + 7);
  }

  private static String detail(FindingKind kind, String item) {
    return findings.stream()
        .filter(f -> f.kind() == kind && f.item().equals(item))
        .findFirst()
        .orElseThrow()
        .detail();
  }
}
