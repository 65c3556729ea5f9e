package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} and {@code model} on replicate-weight designs, against R's survey 4.1.1 on the
 * same files (src/test/r/analyze-replicate-reference.R): successive-difference columns shipped with
 * apistrat, raked on every replicate, BRR and Fay's BRR made from the stratified design, and R's
 * bootstrap of apiclus1 drawn again from R's seed. Estimates to 1e-9 relative; SEs, design effects,
 * limits, Rao-Scott statistics and p-values to 1e-6; df exactly.
 */
class ReplicateAnalyzeCommandTest {
  private static final String DIR = "src/test/resources/org/tripart/analysis/replicate/";
  private static final String STRAT = DIR + "strat-sdr.csv";
  private static final String CLUS1 = DIR + "clus1.csv";
  private static final String[] SDR = {
    "--weights", "pw", "--repweights", "repw[0-9]+", "--type", "successive-difference"
  };

  @TempDir Path dir;

  private static CommandLineRun run(String command, String data, String[] design, String... more) {
    List<String> args = new ArrayList<>(List.of(command, "--responses", data, "--format", "csv"));
    if (command.equals("analyze")) {
      args.addAll(List.of("--id", "cds"));
    }
    args.addAll(List.of(design));
    args.addAll(List.of(more));
    return CommandLineRun.of(args.toArray(String[]::new));
  }

  /** Every R row of the case for these items is in the output with R's numbers, and no other. */
  private static void matchesR(String caseName, CommandLineRun run, List<String> items)
      throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> out = CommandLineRun.records(run.out());
    List<CSVRecord> expected =
        EstimandCsv.expected(
            Path.of(DIR + "analyze-replicate-reference.csv"),
            caseName,
            r -> items.contains(r.get("item")));
    assertThat(out).as(caseName + " rows").hasSameSizeAs(expected);
    for (CSVRecord e : expected) {
      String what = caseName + " " + e.get("item") + " " + e.get("stratum") + " " + e.get("option");
      CSVRecord a =
          out.stream()
              .filter(
                  r ->
                      r.get("item").equals(e.get("item"))
                          && r.get("stratum").equals(e.get("stratum"))
                          && r.get("option").equals(e.get("option")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no output row for " + what));
      close(what + " pct", a.get("pct"), 100 * num(e, "estimate"), 1e-9);
      close(what + " se", a.get("se"), 100 * num(e, "se"), 1e-6);
      close(what + " deff", a.get("deff"), num(e, "deff"), 1e-6);
      close(what + " ci_low", a.get("ci_low"), 100 * num(e, "ci_low"), 1e-6);
      close(what + " ci_high", a.get("ci_high"), 100 * num(e, "ci_high"), 1e-6);
      assertThat(a.get("df")).as(what + " df").isEqualTo(e.get("df"));
      for (String k : List.of("rao_scott_f", "ndf", "ddf", "p_value")) {
        if (e.get(k).isEmpty()) {
          assertThat(a.get(k)).as(what + " " + k).isEmpty();
        } else {
          close(what + " " + k, a.get(k), num(e, k), 1e-6);
        }
      }
    }
  }

  /** The model's coefficient table equals R's svyglm on the replicate design. */
  private static void modelMatchesR(String caseName, int first, int count, CommandLineRun run)
      throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> all =
        EstimandCsv.expected(Path.of(DIR + "model-replicate-reference.csv"), caseName);
    List<CSVRecord> expected = all.subList(first, first + count);
    List<CSVRecord> out = CommandLineRun.records(run.out());
    assertThat(out.stream().map(r -> r.get("term")).toList())
        .containsExactlyElementsOf(expected.stream().map(r -> r.get("term")).toList());
    for (int i = 0; i < count; i++) {
      CSVRecord e = expected.get(i);
      CSVRecord a = out.get(i);
      String what = caseName + " " + e.get("term");
      close(what + " estimate", a.get("estimate"), num(e, "estimate"), 1e-9);
      close(what + " se", a.get("se"), num(e, "se"), 1e-6);
      close(what + " t", a.get("statistic"), num(e, "statistic"), 1e-6);
      close(what + " p", a.get("p_value"), num(e, "p_value"), 1e-6);
      close(what + " ci_low", a.get("ci_low"), num(e, "ci_low"), 1e-6);
      close(what + " ci_high", a.get("ci_high"), num(e, "ci_high"), 1e-6);
    }
  }

  private static double num(CSVRecord r, String k) {
    return Double.parseDouble(r.get(k));
  }

  private static void close(String what, String actual, double expected, double rel) {
    EstimandCsv.close(what, actual, expected, rel, 1e-13);
  }

  @Test
  void successiveDifferenceColumnsGiveRsProportionsIntervalsAndRaoScott() throws IOException {
    matchesR(
        "sdr",
        run("analyze", STRAT, SDR, "--items", "sch.wide,awards", "--by", "stype"),
        List.of("sch.wide", "awards"));
    matchesR("sdr", run("analyze", STRAT, SDR, "--items", "stype"), List.of("stype"));
    matchesR(
        "sdr_domainE",
        run("analyze", STRAT, SDR, "--items", "awards", "--domain", "stype=E"),
        List.of("awards"));
    matchesR(
        "sdr_mse", run("analyze", STRAT, SDR, "--items", "sch.wide", "--mse"), List.of("sch.wide"));
  }

  @Test
  void rakingAdjustsEveryReplicateAsR() throws IOException {
    Path margins = dir.resolve("margins.csv");
    Files.writeString(
        margins,
        "column,value,population\nstype,E,4421\nstype,H,755\nstype,M,1018\n"
            + "sch.wide,No,1300\nsch.wide,Yes,4894\n");
    String[] rake = {"--rake", margins.toString()};
    matchesR(
        "sdr_rake",
        run("analyze", STRAT, SDR, concat(rake, "--items", "awards", "--by", "stype")),
        List.of("awards"));
    modelMatchesR(
        "sdr_rake",
        0,
        4,
        run(
            "model",
            STRAT,
            SDR,
            concat(rake, "--outcome", "api00", "--covariates", "stype,meals")));
  }

  @Test
  void brrFayAndTheBootstrapMadeFromTheDesignAreRs() throws IOException {
    String[] strata = {"--weights", "pw", "--strata", "stype"};
    matchesR(
        "brr",
        run(
            "analyze",
            STRAT,
            strata,
            "--replicates",
            "BRR",
            "--items",
            "sch.wide",
            "--by",
            "stype"),
        List.of("sch.wide"));
    matchesR(
        "fay",
        run("analyze", STRAT, strata, "--replicates", "Fay", "--rho", "0.3", "--items", "awards"),
        List.of("awards"));
    matchesR(
        "boot",
        run(
            "analyze",
            CLUS1,
            new String[] {"--weights", "pw", "--cluster", "dnum"},
            "--replicates",
            "bootstrap",
            "--replicate-count",
            "50",
            "--replicate-seed",
            "20261207",
            "--items",
            "sch.wide",
            "--by",
            "stype"),
        List.of("sch.wide"));
  }

  @Test
  void modelsOnReplicateDesignsAreRsSvyglmRefittedOnEveryReplicate() throws IOException {
    modelMatchesR(
        "sdr",
        0,
        4,
        run(
            "model",
            STRAT,
            SDR,
            "--outcome",
            "sch.wide=Yes",
            "--family",
            "binomial",
            "--covariates",
            "stype,meals"));
    modelMatchesR(
        "sdr", 4, 4, run("model", STRAT, SDR, "--outcome", "api00", "--covariates", "stype,meals"));
    String[] strata = {"--weights", "pw", "--strata", "stype"};
    modelMatchesR(
        "brr",
        0,
        4,
        run(
            "model",
            STRAT,
            strata,
            "--replicates",
            "BRR",
            "--outcome",
            "api00",
            "--covariates",
            "stype,meals"));
    modelMatchesR(
        "fay",
        0,
        4,
        run(
            "model",
            STRAT,
            strata,
            "--replicates",
            "Fay",
            "--rho",
            "0.3",
            "--outcome",
            "enroll",
            "--family",
            "poisson",
            "--covariates",
            "meals,stype"));
    modelMatchesR(
        "boot",
        0,
        2,
        run(
            "model",
            CLUS1,
            new String[] {"--weights", "pw", "--cluster", "dnum"},
            "--replicates",
            "bootstrap",
            "--replicate-seed",
            "20261207",
            "--outcome",
            "sch.wide=Yes",
            "--family",
            "binomial",
            "--covariates",
            "meals"));
  }

  /**
   * Every row of the case in analyze-replicate-estimands-reference.csv is in the estimands CSV with
   * R's numbers (deff where R gives one), and no other row.
   */
  private static void estimandsMatchR(String caseName, CommandLineRun run) throws IOException {
    List<CSVRecord> out = EstimandCsv.rows(run);
    List<CSVRecord> expected =
        EstimandCsv.expected(Path.of(DIR + "analyze-replicate-estimands-reference.csv"), caseName);
    assertThat(out).as(caseName + " rows").hasSameSizeAs(expected);
    for (CSVRecord e : expected) {
      String what =
          caseName + " " + e.get("estimand") + " " + e.get("item") + " " + e.get("option");
      CSVRecord a = EstimandCsv.rowFor(out, e, what);
      double est = num(e, "estimate");
      close(what + " estimate", a.get("estimate"), est, 1e-9);
      if (!e.get("se").isEmpty()) {
        assertThat(Math.abs(Double.parseDouble(a.get("se")) - num(e, "se")))
            .as(what + " se " + a.get("se") + " against R's " + e.get("se"))
            .isLessThanOrEqualTo(Math.max(1e-6 * num(e, "se"), 1e-9 * Math.abs(est)));
      }
      assertThat(a.get("df")).as(what + " df").isEqualTo(e.get("df"));
      for (String k : List.of("se", "ci_low", "ci_high", "deff", "t", "p_value")) {
        if (e.get(k).isEmpty()) {
          assertThat(a.get(k)).as(what + " " + k).isEmpty();
        } else if (!k.equals("se")) {
          close(what + " " + k, a.get(k), num(e, k), 1e-6);
        }
      }
    }
  }

  private static final String[] ESTIMANDS = {
    "--totals",
    "enroll,awards,meals",
    "--score-means",
    "sch.wide",
    "--ratio",
    "api00/enroll",
    "--contrast",
    "stype:M-E",
    "--items",
    "api00,awards"
  };

  @Test
  void totalsRatiosScoreMeansAndContrastsOfReplicateColumnsAreRs() throws IOException {
    estimandsMatchR("sdr", run("analyze", STRAT, SDR, ESTIMANDS));
    estimandsMatchR(
        "sdr_E",
        run(
            "analyze",
            STRAT,
            SDR,
            "--domain",
            "stype=E",
            "--totals",
            "enroll",
            "--ratio",
            "api00/meals",
            "--score-means",
            "awards",
            "--contrast",
            "sch.wide:Yes-No",
            "--items",
            "api00"));
  }

  @Test
  void estimandsOfBrrAndFayReplicatesMadeFromTheDesignAreRs() throws IOException {
    String[] strata = {"--weights", "pw", "--strata", "stype"};
    estimandsMatchR("brr", run("analyze", STRAT, strata, concat(ESTIMANDS, "--replicates", "BRR")));
    estimandsMatchR(
        "fay",
        run("analyze", STRAT, strata, concat(ESTIMANDS, "--replicates", "Fay", "--rho", "0.3")));
  }

  @Test
  void estimandsOfBootstrapReplicatesFromAPlanWithAndWithoutADomainAreRs() throws IOException {
    String plan =
        String.join(
            "\n",
            "design: {weights: pw, clusters: [dnum]}",
            "replicates: {from_design: bootstrap, replicates: 50, seed: 20261207}",
            "items: [api00]",
            "estimands:",
            "  totals: [enroll]",
            "  means: [awards]",
            "  ratios: [{numerator: api00, denominator: enroll}]",
            "  contrasts:",
            "    - {by: stype, coefficients: {H: 1, E: -1}, items: [api00]}",
            "    - {by: stype, coefficients: {H: 1, E: -1}, items: [enroll], statistic: total}",
            "");
    Path file = dir.resolve("boot.yaml");
    Files.writeString(file, plan);
    estimandsMatchR("boot", run("analyze", CLUS1, new String[] {"--plan", file.toString()}));
    Path yes = dir.resolve("boot-yes.yaml");
    Files.writeString(yes, plan + "domain: {sch.wide: \"Yes\"}\n");
    estimandsMatchR("boot_Yes", run("analyze", CLUS1, new String[] {"--plan", yes.toString()}));
  }

  private static final String[] QUANTILES = {"--quantiles", "0.1,0.25,0.5,0.75,0.9"};

  @Test
  void quantilesOfReplicateColumnsOverallAndByLevelAreRsForBothIntervalTypes() throws IOException {
    String[] q = concat(QUANTILES, "--items", "api00,meals", "--by", "stype");
    estimandsMatchR("sdr_q_mean", run("analyze", STRAT, SDR, q));
    estimandsMatchR(
        "sdr_q_quantile", run("analyze", STRAT, SDR, concat(q, "--quantile-interval", "quantile")));
    estimandsMatchR(
        "sdr_E_q_quantile",
        run(
            "analyze",
            STRAT,
            SDR,
            concat(
                QUANTILES,
                "--domain",
                "stype=E",
                "--items",
                "api00",
                "--by",
                "awards",
                "--quantile-interval",
                "quantile")));
  }

  @Test
  void quantilesOfBrrAndBootstrapReplicatesMadeFromTheDesignAreRs() throws IOException {
    String[] strata = {"--weights", "pw", "--strata", "stype", "--replicates", "BRR"};
    String[] boot = {
      "--weights",
      "pw",
      "--cluster",
      "dnum",
      "--replicates",
      "bootstrap",
      "--replicate-seed",
      "20261207"
    };
    for (String it : List.of("mean", "quantile")) {
      String[] interval = {"--quantile-interval", it};
      estimandsMatchR(
          "brr_q_" + it,
          run(
              "analyze",
              STRAT,
              strata,
              concat(concat(QUANTILES, interval), "--items", "api00", "--by", "awards")));
      estimandsMatchR(
          "boot_q_" + it,
          run(
              "analyze",
              CLUS1,
              boot,
              concat(concat(QUANTILES, interval), "--items", "api00,enroll", "--by", "stype")));
    }
  }

  /**
   * R's svyolr of the svyrep.design: polr refitted under every replicate, svrVar of the replicates'
   * (beta, zeta); every fit at the exact maximum (see analyze-replicate-reference.R).
   */
  @Test
  void ordinalModelsOnReplicateDesignsAreRsSvyolrRefittedOnEveryReplicate() throws IOException {
    String[] olr = {"--outcome", "mealcat", "--family", "ordinal"};
    modelMatchesR(
        "sdr_olr", 0, 6, run("model", STRAT, SDR, concat(olr, "--covariates", "api00,stype")));
    modelMatchesR(
        "brr_olr",
        0,
        6,
        run(
            "model",
            STRAT,
            new String[] {"--weights", "pw", "--strata", "stype", "--replicates", "BRR"},
            concat(olr, "--covariates", "api00,stype")));
    modelMatchesR(
        "boot_olr",
        0,
        6,
        run(
            "model",
            CLUS1,
            new String[] {
              "--weights",
              "pw",
              "--cluster",
              "dnum",
              "--replicates",
              "bootstrap",
              "--replicate-seed",
              "20261207"
            },
            concat(olr, "--covariates", "enroll,stype")));
  }

  @Test
  void replicateOptionsAndColumnsThatDoNotFitAreRefusedNamingTheOptionOrColumn() {
    refused(
        run(
            "analyze",
            STRAT,
            new String[] {"--weights", "pw"},
            "--repweights",
            "jk[0-9]+",
            "--type",
            "JK1"),
        "--repweights jk[0-9]+",
        "no column's name matches");
    refused(
        run("analyze", STRAT, SDR, "--rscales", "1,2,3"),
        "--rscales",
        "type successive-difference fixes it");
    refused(
        run(
            "analyze",
            STRAT,
            new String[] {"--repweights", "repw[0-9]+", "--type", "other"},
            "--rscales",
            "1,2,3"),
        "rscales",
        "has length 3, should be the 80 replicate columns");
    refused(
        run("analyze", STRAT, new String[] {"--type", "BRR"}),
        "--repweights or --replicates",
        "either weights_pattern");
    refused(
        run("analyze", STRAT, new String[] {"--weights", "pw"}, "--replicates", "BRR"),
        "type BRR",
        "unstratified design");
    refused(
        run(
            "analyze",
            STRAT,
            new String[] {"--weights", "pw", "--strata", "stype"},
            "--replicates",
            "Fay"),
        "--rho",
        "between 0 and 1");
    refused(run("analyze", STRAT, SDR, "--trim", "0.5,3"), "TRP-1721", "trimWeights");
  }

  private static void refused(CommandLineRun run, String where, String words) {
    assertThat(run.exitCode()).as(run.out()).isNotZero();
    assertThat(run.err()).contains(where).contains(words);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
