package org.tripart.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

class AuditTest {
  private static final String HEADER =
      "table,group,item,item_label,kind,option,option_label,table_pct,text_pct,note\n";

  /** Rows as "group,item,kind,option,table_pct,text_pct"; labels and notes are filled in. */
  private static List<PublishedRow> rows(String... rows) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (String row : rows) {
      String[] f = row.split(",", -1);
      csv.append(
          String.join(",", "1", f[0], f[1], "Label", f[2], f[3], "Option", f[4], f[5], "") + "\n");
    }
    return PublishedTable.read(new StringReader(csv.toString()), "inline.csv");
  }

  private static List<Finding> run(Map<String, Integer> sizes, String... rows) {
    return Audit.run(rows(rows), sizes);
  }

  private static List<Finding> ofKind(List<Finding> findings, FindingKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }

  private static final Map<String, Integer> BIG = Map.of("g", 1000, "h", 1000);

  @Test
  void oneDecimalBlockShortOf100ByLessThanItsRoundingIsNotFlagged() {
    // 33.3 * 3 = 99.9; half-widths 3 * 0.05 = 0.15 -> [99.75, 100.05] holds 100; out of 3000
    // each 33.3% allows 998..1000 respondents, so 1000 + 1000 + 1000 = 3000 is possible too
    assertThat(
            run(
                Map.of("g", 3000),
                "g,q,single,a,33.3,",
                "g,q,single,b,33.3,",
                "g,q,single,c,33.3,"))
        .isEmpty();
  }

  @Test
  void blockWithinRoundingThatNoCountsGiveTogetherIsAJointGranularityFinding() {
    // out of 1000, 33.3% is exactly 333 (33.25 <= 100x/1000 < 33.35): 3 * 333 = 999, never 1000
    List<Finding> findings =
        run(BIG, "g,q,single,a,33.3,", "g,q,single,b,33.3,", "g,q,single,c,33.3,");
    assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.JOINT_GRANULARITY);
    assertThat(findings.get(0).detail()).contains("at most 999 of the 1000", "1 unaccounted for");
  }

  @Test
  void oneDecimalBlockShortOf100ByMoreThanItsRoundingIsFlaggedWithTheInterval() {
    // 33.3 + 33.3 + 33.2 = 99.8 -> [99.65, 99.95] excludes 100; 0.2 missing, 0.05 beyond rounding
    List<Finding> findings =
        run(BIG, "g,q,single,a,33.3,", "g,q,single,b,33.3,", "g,q,single,c,33.2,");
    assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.SUM_NOT_100);
    assertThat(findings.get(0).detail())
        .contains("99.8%", "[99.65, 99.95]", "0.2 points unaccounted for", "at least 0.05 ");
  }

  @Test
  void mixedDecimalsWidenTheIntervalByEachRowsOwnHalfWidth() {
    // 60 + 39 + 0.4 = 99.4 -> +-(0.5 + 0.5 + 0.05) = [98.35, 100.45] holds 100
    assertThat(run(BIG, "g,q,single,a,60,", "g,q,single,b,39,", "g,q,single,c,0.4,")).isEmpty();
    // 60 + 38 + 0.4 = 98.4 -> [97.35, 99.45] excludes 100
    assertThat(run(BIG, "g,q,single,a,60,", "g,q,single,b,38,", "g,q,single,c,0.4,"))
        .singleElement()
        .extracting(Finding::detail)
        .asString()
        .contains("98.4%", "[97.35, 99.45]");
  }

  @Test
  void sumAtTheEdgeOfTheRoundingIntervalIsNotFlagged() {
    // 50 + 51 = 101 -> [100, 102]: 100 is an end of the interval
    assertThat(run(BIG, "g,q,single,a,50,", "g,q,single,b,51,")).isEmpty();
  }

  @Test
  void sumAbove100ReportsPointsTooMany() {
    // 52 + 51 = 103 -> [102, 104] excludes 100; 3 too many, at least 2 beyond rounding
    assertThat(run(BIG, "g,q,single,a,52,", "g,q,single,b,51,"))
        .singleElement()
        .extracting(Finding::detail)
        .asString()
        .contains("103%", "[102, 104]", "3 points too many", "at least 2 ");
  }

  @Test
  void multiAndBinaryItemsAreNotSummed() {
    assertThat(run(BIG, "g,m,multi,a,60,", "g,m,multi,b,70,", "g,y,binary,yes,84,")).isEmpty();
  }

  @Test
  void theSameItemIdInTwoGroupsFormsTwoBlocks() {
    // merged they would make 100; apart, 60 and 40 are each far from it
    assertThat(run(BIG, "g,q,single,a,60,", "h,q,single,a,40,"))
        .extracting(Finding::group, Finding::kind)
        .containsExactly(tuple("g", FindingKind.SUM_NOT_100), tuple("h", FindingKind.SUM_NOT_100));
  }

  @Test
  void percentageNoCountOutOf120GivesIsFlaggedWithItsNearestNeighbours() {
    // 19/120 = 15.83 -> 15.8, 20/120 = 16.67 -> 16.7: nothing prints as 16.5; 19/115 = 16.52 is
    // the first below 120 (119: 15.97/16.81, 118: 16.10/16.95, 117: 16.24/17.09, 116: 16.38/17.24)
    List<Finding> findings = run(Map.of("g", 120), "g,m,multi,a,16.5,");
    assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.GRANULARITY);
    assertThat(findings.get(0).detail())
        .contains(
            "16.5%",
            "nearest achievable 16.7% (20/120) and 15.8% (19/120)",
            "non-response",
            "the largest is 115: 16.5% (19/115)")
        .doesNotContain("assumed");
  }

  @Test
  void exactHalfRoundsUp() {
    // N=8: 1/8 = 12.5% prints as 13, so 13 is achievable and 12 is not (0/8 = 0, 1/8 -> 13)
    assertThat(run(Map.of("g", 8), "g,m,multi,a,13,")).isEmpty();
    assertThat(run(Map.of("g", 8), "g,m,multi,a,12,"))
        .singleElement()
        .extracting(Finding::detail)
        .asString()
        .contains("nearest achievable 13% (1/8) and 0% (0/8)");
    // 21/120 = 17.5 exactly: achievable at one decimal
    assertThat(run(Map.of("g", 120), "g,m,multi,a,17.5,")).isEmpty();
  }

  @Test
  void binaryAndSingleRowsUseTheSameDenominator() {
    // N=8 prints as 0, 13, 25, 38, 50, 63, 75, 88, 100: 84 is impossible, 88 possible
    assertThat(run(Map.of("g", 8), "g,y,binary,yes,84,", "g,z,binary,yes,88,"))
        .extracting(Finding::item, Finding::kind)
        .containsExactly(tuple("y", FindingKind.GRANULARITY));
  }

  @Test
  void narrativeFiguresAreCheckedToo() {
    // N=120: 17.5 is achievable in the table, 16.5 in the text is not
    List<Finding> findings = run(Map.of("g", 120), "g,m,multi,a,17.5,16.5");
    assertThat(ofKind(findings, FindingKind.GRANULARITY))
        .singleElement()
        .extracting(Finding::detail)
        .asString()
        .contains("16.5% (text");
  }

  @Test
  void missingGroupSizeFallsBackToTheStudyAndSaysSo() {
    assertThat(run(Map.of(), "research,m,multi,a,16.5,"))
        .singleElement()
        .extracting(Finding::detail)
        .asString()
        .contains("N=120 assumed");
    // 0.3% of 5142: x = 13..17 all print as 0.3
    assertThat(run(Map.of(), "clinician,m,multi,a,0.3,")).isEmpty();
  }

  @Test
  void groupWithoutAnyKnownSizeIsRefused() {
    assertThatThrownBy(() -> run(Map.of(), "industry,m,multi,a,50,"))
        .isInstanceOf(TripartException.class)
        .hasMessage(
            "TRP-0301 group industry: the number of respondents is needed for the granularity"
                + " check and was not given")
        .extracting(e -> ((TripartException) e).code())
        .isEqualTo(ErrorCode.AUDIT_GROUP_SIZE);
    assertThatThrownBy(() -> run(Map.of("g", 0), "g,m,multi,a,50,"))
        .hasMessageContaining("group g: the number of respondents must be positive, not 0");
  }

  @Test
  void narrativeFigureThatDiffersFromTheTableIsAMismatch() {
    assertThat(run(BIG, "g,m,multi,a,70,7"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.TABLE_TEXT_MISMATCH))
        .extracting(Finding::detail)
        .asString()
        .contains("option a", "table 70%, text 7%", "line 2");
  }

  @Test
  void narrativeFigureEqualToTheTableIsNoMismatch() {
    assertThat(run(BIG, "g,m,multi,a,35,35.0")).isEmpty();
  }

  @Test
  void notesAloneNeverMakeAFinding() {
    List<PublishedRow> rows =
        PublishedTable.read(
            new StringReader(
                HEADER + "7,g,m,L,multi,a,O,72,,\"the narrative first repeats 55/25/20\"\n"),
            "inline.csv");
    assertThat(Audit.run(rows, BIG)).isEmpty();
  }

  @Test
  void findingsComeInKindOrderThenFileOrder() {
    List<Finding> findings =
        run(Map.of("g", 120), "g,a,multi,x,70,7", "g,b,multi,x,16.5,", "g,c,single,x,96,");
    assertThat(findings)
        .extracting(Finding::item, Finding::kind)
        .containsExactly(
            tuple("c", FindingKind.SUM_NOT_100),
            tuple("b", FindingKind.GRANULARITY),
            tuple("a", FindingKind.TABLE_TEXT_MISMATCH));
  }
}
