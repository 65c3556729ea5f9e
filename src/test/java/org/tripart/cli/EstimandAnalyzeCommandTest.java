package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripart.cli.EstimandCsv.close;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} with totals, ratios, score means, contrasts and calibration, against the values
 * R's survey package gives for the same commands on its api data
 * (src/test/r/analyze-estimands-reference.R, analyze-estimands-reference.csv), and quantiles by the
 * levels of {@code by} ({@code svyby(..., svyquantile)}): estimates to 1e-9 relative, SEs, limits
 * and p-values to 1e-6.
 */
class EstimandAnalyzeCommandTest {
  private static final String API = "src/test/resources/org/tripart/stats/design/";
  private static final Path EXPECTED =
      Path.of("src/test/resources/org/tripart/analysis/analyze-estimands-reference.csv");

  @TempDir Path dir;

  private static CommandLineRun analyze(String data, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("analyze", "--responses", API + data, "--id", "cds,snum", "--format", "csv"));
    args.addAll(List.of(extra));
    return CommandLineRun.of(args.toArray(String[]::new));
  }

  /** Every expected row of a case is in the output, equal to R's; and no other row is. */
  private static void matchesR(String caseName, CommandLineRun run) throws IOException {
    List<CSVRecord> out = EstimandCsv.rows(run);
    List<CSVRecord> expected = EstimandCsv.expected(EXPECTED, caseName);
    assertThat(out).hasSameSizeAs(expected);
    for (CSVRecord e : expected) {
      String what =
          caseName + " " + e.get("estimand") + " " + e.get("item") + " " + e.get("option");
      CSVRecord a = EstimandCsv.rowFor(out, e, what);
      double est = Double.parseDouble(e.get("estimate"));
      close(what + " estimate", a.get("estimate"), est, 1e-9, 0);
      double scale = Math.abs(est) * 1e-9;
      close(what + " se", a.get("se"), Double.parseDouble(e.get("se")), 1e-6, scale);
      close(what + " ci_low", a.get("ci_low"), Double.parseDouble(e.get("ci_low")), 1e-6, 0);
      close(what + " ci_high", a.get("ci_high"), Double.parseDouble(e.get("ci_high")), 1e-6, 0);
      assertThat(a.get("df")).as(what + " df").isEqualTo(e.get("df"));
      if (!e.get("t").isEmpty()) {
        close(what + " t", a.get("t"), Double.parseDouble(e.get("t")), 1e-6, 0);
        close(what + " p", a.get("p_value"), Double.parseDouble(e.get("p_value")), 1e-6, 0);
      } else {
        assertThat(a.get("t")).as(what + " t").isEmpty();
      }
    }
  }

  @Test
  void totalsRatiosScoreMeansAndContrastsOfAStratifiedSampleEqualR() throws IOException {
    matchesR(
        "strat",
        analyze(
            "apistrat.csv",
            "--weights",
            "pw",
            "--strata",
            "stype",
            "--fpc",
            "fpc",
            "--totals",
            "enroll,awards",
            "--score-means",
            "sch.wide",
            "--ratio",
            "api00/enroll",
            "--contrast",
            "stype:M-E",
            "--items",
            "api00,awards"));
  }

  @Test
  void estimandsWithinADomainOfAClusterSampleEqualR() throws IOException {
    matchesR(
        "clus1_E",
        analyze(
            "apiclus1.csv",
            "--cluster",
            "dnum",
            "--weights",
            "pw",
            "--fpc",
            "fpc",
            "--domain",
            "stype=E",
            "--totals",
            "enroll",
            "--ratio",
            "api00/enroll",
            "--score-means",
            "awards",
            "--contrast",
            "sch.wide:Yes-No",
            "--items",
            "api00"));
  }

  @Test
  void boundedRakingCalibrationFromAMarginsFileEqualsR() throws IOException {
    Path margins = dir.resolve("stype.csv");
    Files.writeString(
        margins, "column,value,population\nstype,E,4421\nstype,H,755\nstype,M,1018\n");
    CommandLineRun run =
        analyze(
            "apiclus1.csv",
            "--cluster",
            "dnum",
            "--weights",
            "pw",
            "--fpc",
            "fpc",
            "--calibrate",
            margins.toString(),
            "--calfun",
            "raking",
            "--bounds",
            "0.5,2",
            "--totals",
            "enroll",
            "--score-means",
            "sch.wide",
            "--contrast",
            "stype:H-E",
            "--items",
            "api00");
    matchesR("clus1_raking", run);
  }

  @Test
  void linearCalibrationToMarginsAndANumericTotalFromThePlanEqualsR() throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(
        plan,
        String.join(
            "\n",
            "design: {weights: pw, clusters: [dnum], fpc: [fpc]}",
            "weighting:",
            "  calibrate:",
            "    function: linear",
            "    margins: {stype: {E: 4421, H: 755, M: 1018}}",
            "    totals: {meals: 103000}",
            "estimands:",
            "  totals: [enroll, meals]",
            "  ratios: [{numerator: api00, denominator: enroll}]",
            ""));
    CommandLineRun run = analyze("apiclus1.csv", "--plan", plan.toString());
    matchesR("clus1_linear", run);
    CommandLineRun text =
        CommandLineRun.of(
            "analyze",
            "--responses",
            API + "apiclus1.csv",
            "--id",
            "cds,snum",
            "--plan",
            plan.toString(),
            "--items",
            "api00");
    assertThat(text.out())
        .contains(
            "Weights calibrated (linear) to the population totals of stype, meals in closed form")
        .contains("Totals, ratios, score means and contrasts")
        .contains("Ratio api00 / enroll");
  }

  @Test
  void quantilesByTheLevelsOfByAreRsSvybyOfSvyquantileOneRowSetPerLevel() throws IOException {
    matchesR(
        "strat_quantiles_by",
        analyze(
            "apistrat.csv",
            "--weights",
            "pw",
            "--strata",
            "stype",
            "--fpc",
            "fpc",
            "--quantiles",
            "0.25,0.5,0.75",
            "--items",
            "api00,enroll",
            "--by",
            "awards"));
    matchesR(
        "clus1_Yes_quantiles_by",
        analyze(
            "apiclus1.csv",
            "--cluster",
            "dnum",
            "--weights",
            "pw",
            "--fpc",
            "fpc",
            "--domain",
            "sch.wide=Yes",
            "--quantiles",
            "0.25,0.5,0.75",
            "--quantile-interval",
            "beta",
            "--items",
            "api00",
            "--by",
            "stype"));
  }

  @Test
  void theItemsTableIsStillThereOnRequest() throws IOException {
    CommandLineRun run =
        analyze(
            "apistrat.csv",
            "--weights",
            "pw",
            "--strata",
            "stype",
            "--totals",
            "enroll",
            "--items",
            "awards",
            "--csv-table",
            "items");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("item,option,pct,se,");
  }

  @Test
  void badEstimandsAreRefusedNamingWhatAndWhere() {
    CommandLineRun ratio = analyze("apistrat.csv", "--weights", "pw", "--ratio", "api00/stype");
    assertThat(ratio.exitCode()).isNotZero();
    assertThat(ratio.err()).contains("estimands.ratios[0].denominator stype").contains("numeric");
    CommandLineRun level =
        analyze("apistrat.csv", "--weights", "pw", "--contrast", "stype:M-X", "--items", "api00");
    assertThat(level.err()).contains("'X' is not an option of stype");
    CommandLineRun shape = analyze("apistrat.csv", "--weights", "pw", "--contrast", "stype");
    assertThat(shape.err()).contains("--contrast stype: expected BY:A-B");
    CommandLineRun score = analyze("apistrat.csv", "--weights", "pw", "--score-means", "api00");
    assertThat(score.err()).contains("estimands.means api00").contains("Likert");
    CommandLineRun calfun = analyze("apistrat.csv", "--weights", "pw", "--calfun", "raking");
    assertThat(calfun.err()).contains("--calfun goes with --calibrate");
  }

  @Test
  void marginsThatDescribeDifferentPopulationsAreRefused() throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(
        plan,
        String.join(
            "\n",
            "design: {weights: pw, strata: stype}",
            "weighting:",
            "  calibrate:",
            "    margins:",
            "      stype: {E: 4421, H: 755, M: 1018}",
            "      awards: {'No': 2000, 'Yes': 4000}",
            ""));
    CommandLineRun run = analyze("apistrat.csv", "--plan", plan.toString(), "--totals", "enroll");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err())
        .contains("calibrate margins awards")
        .contains("sum to 6000 but those of stype to 6194");
  }
}
