package org.tripart.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditReportTest {
  private static final Finding MISMATCH =
      new Finding(
          "research", "achievements", FindingKind.TABLE_TEXT_MISMATCH, "table 70%, text 7%");
  private static final Finding SUM =
      new Finding("clinician", "impact_beliefs", FindingKind.SUM_NOT_100, "sums to 96%");
  private static final Finding QUOTED =
      new Finding("research", "m", FindingKind.TABLE_TEXT_MISMATCH, "titled \"x\", line\nbreak");

  @Test
  void csvHasTheFourColumnsAndCsvNamesOfKinds() {
    assertThat(AuditReport.csv(List.of(SUM, MISMATCH)))
        .isEqualTo(
            "group,item,finding,detail\n"
                + "clinician,impact_beliefs,sum_not_100,sums to 96%\n"
                + "research,achievements,table_text_mismatch,\"table 70%, text 7%\"\n");
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaksAndReadsBackUnchanged() {
    String csv = AuditReport.csv(List.of(QUOTED));
    assertThat(csv).endsWith(",\"titled \"\"x\"\", line\nbreak\"\n");
    List<CsvRecords.Record> records = CsvRecords.read(new StringReader(csv), "audit.csv");
    assertThat(records.get(1).fields())
        .containsExactly("research", "m", "table_text_mismatch", "titled \"x\", line\nbreak");
  }

  @Test
  void csvOfNoFindingsIsTheHeaderOnly() {
    assertThat(AuditReport.csv(List.of())).isEqualTo("group,item,finding,detail\n");
  }

  @Test
  void textGroupsFindingsUnderOneHeadingPerKindInKindOrder() {
    Finding otherMismatch =
        new Finding(
            "research", "resources_from_hospitals", FindingKind.TABLE_TEXT_MISMATCH, "5 vs 56");
    assertThat(AuditReport.text(List.of(MISMATCH, SUM, otherMismatch)))
        .isEqualTo(
            "Consistency audit: 3 findings\n"
                + "\n"
                + "Single-choice blocks that do not sum to 100% (sum_not_100, 1)\n"
                + "  clinician / impact_beliefs\n"
                + "      sums to 96%\n"
                + "\n"
                + "Figures the table and the narrative disagree on (table_text_mismatch, 2)\n"
                + "  research / achievements\n"
                + "      table 70%, text 7%\n"
                + "  research / resources_from_hospitals\n"
                + "      5 vs 56\n");
  }

  @Test
  void textWrapsLongDetailsToTheTerminalWidth() {
    String detail = "word ".repeat(60).strip();
    String text = AuditReport.text(List.of(new Finding("g", "i", FindingKind.GRANULARITY, detail)));
    assertThat(text.lines().filter(l -> l.startsWith("      ")))
        .hasSizeGreaterThan(2)
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(AuditReport.WIDTH));
    assertThat(
            String.join(
                " ", text.lines().filter(l -> l.startsWith("      ")).map(String::strip).toList()))
        .isEqualTo(detail);
  }

  @Test
  void textOfNoFindingsSaysSo() {
    assertThat(AuditReport.text(List.of())).isEqualTo("Consistency audit: no findings.\n");
  }
}
