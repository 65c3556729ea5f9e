package org.tripart.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code tripart model} on R's api data, against the values R's survey 4.1.1 gives
 * (src/test/r/model-reference.R and olr-reference.R, committed beside the data in
 * src/test/resources/org/tripart/stats/model): the items inferred from the CSV, the factor coded by
 * the command, the numbers read back from its CSV output.
 */
class ModelCommandTest {
  private static final String DIR = "src/test/resources/org/tripart/stats/model/";

  private static Map<String, Double> reference(String file, String name) throws IOException {
    Map<String, Double> out = new HashMap<>();
    try (var in = Files.newBufferedReader(Path.of(DIR + file), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
        if (r.get("case").equals(name)) {
          out.put(r.get("term") + " " + r.get("quantity"), Double.parseDouble(r.get("value")));
        }
      }
    }
    assertThat(out).as(name).isNotEmpty();
    return out;
  }

  private static List<CSVRecord> csv(CommandLineRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .get()
        .parse(new StringReader(run.out()))
        .getRecords();
  }

  /** Every coefficient's estimate (1e-9), SE, t, p and limits (1e-6) equal R's. */
  private static void matches(List<CSVRecord> rows, Map<String, Double> r, List<String> terms) {
    assertThat(rows.stream().map(x -> x.get("term")).toList()).containsExactlyElementsOf(terms);
    for (CSVRecord row : rows) {
      String t = row.get("term");
      close(row.get("estimate"), r.get(t + " estimate"), 1e-9, t);
      close(row.get("se"), r.get(t + " se"), 1e-6, t);
      close(row.get("ci_low"), r.get(t + " lower"), 1e-6, t);
      close(row.get("ci_high"), r.get(t + " upper"), 1e-6, t);
      if (r.containsKey(t + " t")) {
        close(row.get("statistic"), r.get(t + " t"), 1e-6, t);
        close(row.get("p_value"), r.get(t + " p"), 1e-6, t);
      }
    }
  }

  private static void close(String actual, Double expected, double relative, String term) {
    assertThat(expected).as(term).isNotNull();
    assertThat(Double.parseDouble(actual))
        .as(term)
        .isCloseTo(expected, within(relative * Math.abs(expected)));
  }

  @Test
  void aLogisticModelOfAnOptionOnAStratifiedDesignIsRsSvyglm() throws IOException {
    CommandLineRun run =
        CommandLineRun.of(
            "model",
            "--responses",
            DIR + "apistrat.csv",
            "--outcome",
            "sch.wide=Yes",
            "--covariates",
            "ell,stype",
            "--family",
            "binomial",
            "--weights",
            "pw",
            "--strata",
            "stype",
            "--fpc",
            "fpc",
            "--format",
            "csv");

    List<CSVRecord> rows = csv(run);

    matches(
        rows,
        reference("model-reference.csv", "strat/logit"),
        List.of("(Intercept)", "ell", "stypeH", "stypeM"));
    CSVRecord h = rows.get(2);
    assertThat(Double.parseDouble(h.get("exp_estimate")))
        .isCloseTo(Math.exp(Double.parseDouble(h.get("estimate"))), within(1e-15));
  }

  @Test
  void aReferenceLevelAndAnInteractionAreCodedAsR() throws IOException {
    List<CSVRecord> refH =
        csv(
            CommandLineRun.of(
                "model",
                "--responses",
                DIR + "apistrat.csv",
                "--outcome",
                "api00",
                "--covariates",
                "ell,meals,stype",
                "--reference",
                "stype=H",
                "--weights",
                "pw",
                "--strata",
                "stype",
                "--fpc",
                "fpc",
                "--format",
                "csv"));
    List<CSVRecord> interaction =
        csv(
            CommandLineRun.of(
                "model",
                "--responses",
                DIR + "apiclus1.csv",
                "--outcome",
                "api00",
                "--covariates",
                "ell,meals,stype,stype:meals",
                "--weights",
                "pw",
                "--cluster",
                "dnum",
                "--fpc",
                "fpc",
                "--format",
                "csv"));

    matches(
        refH,
        reference("model-reference.csv", "strat/gaussian_refH"),
        List.of("(Intercept)", "ell", "meals", "stypeE", "stypeM"));
    matches(
        interaction,
        reference("model-reference.csv", "clus1/interaction"),
        List.of("(Intercept)", "ell", "meals", "stypeH", "stypeM", "meals:stypeH", "meals:stypeM"));
  }

  @Test
  void aTwoStagePoissonModelDropsRowsWithoutAnOutcomeAndSaysHowMany() throws IOException {
    CommandLineRun text =
        CommandLineRun.of(
            "model",
            "--responses",
            DIR + "apiclus2.csv",
            "--outcome",
            "api00",
            "--covariates",
            "ell,meals,stype",
            "--weights",
            "pw",
            "--cluster",
            "dnum,snum",
            "--fpc",
            "fpc1,fpc2");

    matches(
        csv(
            CommandLineRun.of(
                "model",
                "--responses",
                DIR + "apiclus2.csv",
                "--outcome",
                "api00",
                "--covariates",
                "ell,meals,stype",
                "--weights",
                "pw",
                "--cluster",
                "dnum,snum",
                "--fpc",
                "fpc1,fpc2",
                "--format",
                "csv")),
        reference("model-reference.csv", "clus2/gaussian"),
        List.of("(Intercept)", "ell", "meals", "stypeH", "stypeM"));
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("Linear regression of api00")
        .contains("126 respondents in the model, 0 left out")
        .contains("Wald test of stype (regTermTest)");
  }

  @Test
  void anOrdinalModelOfALikertLikeItemIsRsSvyolr() throws IOException {
    List<CSVRecord> rows =
        csv(
            CommandLineRun.of(
                "model",
                "--responses",
                DIR + "olr-apistrat.csv",
                "--outcome",
                "mealcat",
                "--covariates",
                "avg.ed,mobility,stype",
                "--family",
                "ordinal",
                "--weights",
                "pw",
                "--strata",
                "stype",
                "--fpc",
                "fpc",
                "--format",
                "csv"));

    Map<String, Double> r = reference("olr-reference.csv", "strat");
    for (CSVRecord row : rows) {
      String t = row.get("term");
      close(row.get("estimate"), r.get(t + " estimate"), 1e-9, t);
      close(row.get("se"), r.get(t + " se"), 1e-6, t);
    }
    assertThat(rows.stream().map(x -> x.get("kind")).toList())
        .containsExactly(
            "coefficient",
            "coefficient",
            "coefficient",
            "coefficient",
            "cut point",
            "cut point",
            "cut point");
  }

  @Test
  void outcomesAndCovariatesThatDoNotFitAreRefusedNamingThem() {
    String[] base = {"model", "--responses", DIR + "apistrat.csv", "--weights", "pw"};
    CommandLineRun noCode = run(base, "--outcome", "sch.wide", "--family", "binomial");
    CommandLineRun unknown = run(base, "--outcome", "api00", "--covariates", "ell,nothing");
    CommandLineRun badCode = run(base, "--outcome", "sch.wide=maybe", "--family", "binomial");
    CommandLineRun badFamily = run(base, "--outcome", "api00", "--family", "probit");
    CommandLineRun oneLevel =
        run(base, "--outcome", "api00", "--covariates", "stype", "--domain", "stype=E");

    assertThat(noCode.exitCode()).isNotZero();
    assertThat(noCode.err()).contains("sch.wide").contains("sch.wide=Yes");
    assertThat(unknown.err()).contains("'nothing' is no item of the data set");
    assertThat(badCode.err()).contains("'maybe' is not an option of sch.wide; options: No, Yes");
    assertThat(badFamily.err()).contains("--family probit").contains("gaussian, binomial");
    assertThat(oneLevel.err()).contains("stype has one level among the rows used ('E')");
    assertThat(List.of(noCode, unknown, badCode, badFamily, oneLevel))
        .allSatisfy(r -> assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat "));
  }

  private static CommandLineRun run(String[] base, String... extra) {
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CommandLineRun.of(args);
  }
}
