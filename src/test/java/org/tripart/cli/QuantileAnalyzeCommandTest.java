package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --quantiles} (and the plan's quantile keys) against R's survey 4.1.1 {@code
 * svyquantile} for the same designs on its api data (src/test/r/quantile-reference.R,
 * quantiles/quantile-reference.csv): estimates to 1e-9 relative, limits and SEs to 1e-6, df
 * exactly; the rows are the estimands CSV's, of kind quantile.
 */
class QuantileAnalyzeCommandTest {
  private static final String API = "src/test/resources/org/tripart/stats/design/";
  private static final Path EXPECTED = Path.of(API + "quantiles/quantile-reference.csv");
  private static final String PROBABILITIES = "0.1,0.25,0.5,0.75,0.9";

  @TempDir Path dir;

  private static CommandLineRun analyze(String data, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "analyze",
                "--responses",
                API + data,
                "--id",
                data.equals("apiclus2.csv") ? "cds" : "cds,snum",
                "--format",
                "csv"));
    args.addAll(List.of(extra));
    return CommandLineRun.of(args.toArray(String[]::new));
  }

  /** The output's quantile rows of {@code item} are R's case, in order. */
  private static void matchesR(CommandLineRun run, String item, String caseName, String detail)
      throws IOException {
    matchesR(run, item, EXPECTED, caseName, detail);
  }

  private static void matchesR(
      CommandLineRun run, String item, Path reference, String caseName, String detail)
      throws IOException {
    List<CSVRecord> out =
        EstimandCsv.rows(run).stream()
            .filter(r -> r.get("estimand").equals("quantile") && r.get("item").equals(item))
            .toList();
    List<CSVRecord> expected = EstimandCsv.expected(reference, caseName);
    assertThat(expected).as(caseName).hasSize(5);
    assertThat(out).hasSameSizeAs(expected);
    for (int i = 0; i < out.size(); i++) {
      CSVRecord a = out.get(i);
      CSVRecord e = expected.get(i);
      String what = caseName + " p=" + a.get("option");
      assertThat(Double.parseDouble(a.get("option"))).isEqualTo(Double.parseDouble(e.get("p")));
      assertThat(a.get("detail")).isEqualTo(detail);
      close(what + " estimate", a.get("estimate"), e.get("quantile"), 1e-9);
      close(what + " se", a.get("se"), e.get("se"), 1e-6);
      close(what + " ci_low", a.get("ci_low"), e.get("lower"), 1e-6);
      close(what + " ci_high", a.get("ci_high"), e.get("upper"), 1e-6);
      assertThat(a.get("df")).as(what + " df").isEqualTo(e.get("df"));
      assertThat(a.get("t") + a.get("p_value") + a.get("deff")).isEmpty();
    }
  }

  private static void close(String what, String actual, String expected, double rel) {
    if (expected.equals("NaN")) {
      assertThat(actual).as(what).isEmpty();
      return;
    }
    EstimandCsv.close(what, actual, Double.parseDouble(expected), rel, 0);
  }

  @Test
  void quantilesOfAStratifiedSampleAreRsDefaultSvyquantile() throws IOException {
    CommandLineRun run =
        analyze(
            "apistrat.csv",
            "--weights",
            "pw",
            "--strata",
            "stype",
            "--fpc",
            "fpc",
            "--quantiles",
            PROBABILITIES,
            "--items",
            "api00,enroll,stype");
    matchesR(run, "api00", "strat/api00/mean/math", "qrule=math, interval=mean");
    matchesR(run, "enroll", "strat/enroll/mean/math", "qrule=math, interval=mean");
  }

  @Test
  void betaIntervalsAndTheHf7RuleWithinADomainOfAClusterSampleAreRs() throws IOException {
    matchesR(
        analyze(
            "apiclus1.csv",
            "--cluster",
            "dnum",
            "--weights",
            "pw",
            "--fpc",
            "fpc",
            "--domain",
            "awards=Yes",
            "--quantiles",
            PROBABILITIES,
            "--quantile-rule",
            "hf7",
            "--quantile-interval",
            "beta",
            "--quantile-items",
            "api00"),
        "api00",
        "clus1/awards/api00/beta/hf7",
        "qrule=hf7, interval=beta");
  }

  @Test
  void scoreIntervalsOfATwoStageSampleWithMissingValuesAreRs() throws IOException {
    matchesR(
        analyze(
            "apiclus2.csv",
            "--cluster",
            "dnum,snum",
            "--weights",
            "pw",
            "--fpc",
            "fpc1,fpc2",
            "--quantiles",
            PROBABILITIES,
            "--quantile-interval",
            "score",
            "--quantile-items",
            "enroll"),
        "enroll",
        "clus2/enroll/score/math",
        "qrule=math, interval=score");
  }

  @Test
  void thePlansQuantileKeysOnAPostStratifiedDesignAreRs() throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(
        plan,
        String.join(
            "\n",
            "design: {weights: pw, clusters: [dnum], fpc: [fpc]}",
            "weighting:",
            "  poststratify: {stype: {E: 4421, H: 755, M: 1018}}",
            "items: [api00, enroll]",
            "quantiles: [0.1, 0.25, 0.5, 0.75, 0.9]",
            "quantile_rule: hf7",
            "quantile_interval: xlogit",
            ""));
    CommandLineRun run = analyze("apiclus1.csv", "--plan", plan.toString());
    matchesR(run, "api00", "ps/api00/xlogit/hf7", "qrule=hf7, interval=xlogit");
    matchesR(run, "enroll", "ps/enroll/xlogit/hf7", "qrule=hf7, interval=xlogit");
    CommandLineRun text =
        CommandLineRun.of(
            "analyze",
            "--responses",
            API + "apiclus1.csv",
            "--id",
            "cds,snum",
            "--plan",
            plan.toString(),
            "--format",
            "md");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("## Quantiles")
        .contains("| api00 | 0.5 |")
        .contains("qrule=hf7, interval=xlogit");
  }

  private static final String REPLICATE = "src/test/resources/org/tripart/analysis/replicate/";

  private static final Map<String, List<String>> REPLICATE_DESIGNS =
      Map.of(
          "jk1",
          List.of("clus1.csv", "--cluster", "dnum", "--fpc", "fpc", "--replicates", "JK1"),
          "jkn",
          List.of("strat-sdr.csv", "--strata", "stype", "--fpc", "fpc", "--replicates", "JKn"),
          "other",
          List.of(
              "strat-sdr.csv",
              "--repweights",
              "repw[0-9]+",
              "--type",
              "other",
              "--scale",
              "0.05",
              "--rscales",
              "1"),
          "sdr",
          List.of(
              "strat-sdr.csv", "--repweights", "repw[0-9]+", "--type", "successive-difference"));

  private static CommandLineRun onReplicates(String caseName, String interval, String format) {
    List<String> design = REPLICATE_DESIGNS.get(caseName);
    List<String> args =
        new ArrayList<>(
            List.of(
                "analyze",
                "--responses",
                REPLICATE + design.get(0),
                "--id",
                "cds",
                "--format",
                format,
                "--weights",
                "pw"));
    args.addAll(design.subList(1, design.size()));
    args.addAll(
        List.of(
            "--quantiles",
            PROBABILITIES,
            "--quantile-items",
            "api00",
            "--quantile-interval",
            interval));
    return CommandLineRun.of(args.toArray(String[]::new));
  }

  @Test
  void onReplicateWeightsTheCommandSaysWhatRsSvyquantileWarnsWithRsNumbers() throws IOException {
    List<CSVRecord> cases =
        CommandLineRun.records(
            Files.readString(Path.of(API + "quantiles/quantile-notes-reference.csv")));
    assertThat(cases).hasSize(8);
    for (CSVRecord c : cases) {
      String name = c.get("case") + "/" + c.get("interval");
      CommandLineRun run = onReplicates(c.get("case"), c.get("interval"), "csv");
      matchesR(
          run,
          "api00",
          Path.of(API + "quantiles/quantile-replicate-reference.csv"),
          c.get("case") + "/api00/" + c.get("interval"),
          "qrule=math, interval=" + c.get("interval"));
      if (c.get("condition").equals("none")) {
        assertThat(run.err()).as(name).doesNotContain("warning");
      } else {
        assertThat(run.err().lines().filter(l -> l.startsWith("warning: ")).toList())
            .as(name)
            .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
            .contains("R's svyquantile")
            .contains(c.get("text"));
      }
    }
    assertThat(onReplicates("jkn", "quantile", "md").out())
        .contains("## Quantiles")
        .contains(
            "Warning, as R's svyquantile warns on JKn replicate weights with interval type"
                + " quantile: Jackknife replicate weights may not give valid standard errors for"
                + " quantiles.");
  }

  @Test
  void aQuantileOfAnItemThatIsNotNumericIsRefusedNamingIt() {
    CommandLineRun run =
        analyze(
            "apistrat.csv", "--weights", "pw", "--quantiles", "0.5", "--quantile-items", "stype");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("TRP-1703").contains("stype").contains("numeric");
  }

  @Test
  void aProbabilityOutsideZeroToOneAndAnUnknownRuleAreUsageErrors() {
    CommandLineRun p = analyze("apistrat.csv", "--weights", "pw", "--quantiles", "0.5,1.5");
    assertThat(p.exitCode()).isNotZero();
    assertThat(p.err()).contains("--quantiles").contains("1.5").contains("[0, 1]");
    CommandLineRun r = analyze("apistrat.csv", "--quantiles", "0.5", "--quantile-rule", "hf10");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("--quantile-rule").contains("hf10").contains("hf7");
  }

  @Test
  void anEmptyDomainIsRefusedNamingTheItem() {
    CommandLineRun run =
        analyze(
            "apistrat.csv",
            "--weights",
            "pw",
            "--domain",
            "api00=1",
            "--quantiles",
            "0.5",
            "--quantile-items",
            "enroll");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("TRP-1701").contains("enroll");
  }
}
