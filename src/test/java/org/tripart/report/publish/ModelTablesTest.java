package org.tripart.report.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tripart.analysis.DesignPlan;
import org.tripart.analysis.ModelRun;
import org.tripart.analysis.ModelSpec;
import org.tripart.analysis.ModelSpec.ModelFamily;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.InferenceOptions;
import org.tripart.dataset.InferringCsvReader;

/**
 * The model table of fits on R's api data, its numbers against R's survey 4.1.1
 * (src/test/r/model-reference.R's model-reference.csv; the Poisson case on the copy of apistrat
 * with enr100 that src/test/r/model-output-reference.R writes), its layout against gtsummary's
 * {@code tbl_regression} as documented (gtsummary is not installed here): the header, a factor's
 * label row, its levels in option order with the reference as a dash, the interaction's rows, the
 * footnotes.
 */
class ModelTablesTest {
  static final String API = "src/test/resources/org/tripart/stats/model/";
  static final String PUB = "src/test/resources/org/tripart/report/publish/";

  static Dataset read(String file) {
    Path p = Path.of(file);
    Set<String> header;
    try {
      header = Set.of(Files.readAllLines(p).get(0).replace("\"", "").split(","));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Set<String> numeric =
        new java.util.HashSet<>(Set.of("api00", "ell", "meals", "enr100", "pw", "fpc"));
    Set<String> text = new java.util.HashSet<>(Set.of("dnum", "snum", "cds"));
    numeric.retainAll(header);
    text.retainAll(header);
    InferenceOptions numbers =
        new InferenceOptions(numeric, text, Set.of(), Set.of(), InferenceOptions.DEFAULT_MAX_CODES);
    return InferringCsvReader.read(
            p, numbers, new CsvDatasetReader.Options(true, p.getFileName().toString(), w -> {}))
        .dataset();
  }

  static Map<String, Double> reference(String file, String name) throws IOException {
    Map<String, Double> out = new HashMap<>();
    try (var in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
        if (r.get("case").equals(name)) {
          out.put(r.get("term") + " " + r.get("quantity"), Double.parseDouble(r.get("value")));
        }
      }
    }
    assertThat(out).as(name).isNotEmpty();
    return out;
  }

  private static final DesignPlan STRAT =
      DesignPlan.builder().weights("pw").strata("stype").fpc(List.of("fpc")).build();

  private static ModelTable table(String file, DesignPlan plan, ModelSpec spec) {
    Dataset data = read(file);
    return ModelTables.of(ModelRun.run(data, plan, spec, k -> k), data, plan);
  }

  private static void row(
      ModelTable.Line line, String label, Map<String, Double> r, String term, boolean exp) {
    assertThat(line.label()).isEqualTo(label);
    double b = r.get(term + " estimate");
    double lo = r.get(term + " lower");
    double hi = r.get(term + " upper");
    double expected = exp ? Math.exp(b) : b;
    assertThat(line.estimate()).as(term).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
    double l = exp ? Math.exp(lo) : lo;
    double h = exp ? Math.exp(hi) : hi;
    assertThat(line.low()).as(term).isCloseTo(l, within(1e-6 * Math.abs(l)));
    assertThat(line.high()).as(term).isCloseTo(h, within(1e-6 * Math.abs(h)));
    double p = r.get(term + " p");
    assertThat(line.p()).as(term).isCloseTo(p, within(1e-6 * p));
  }

  private static String ratio(double v) {
    return RegressionNumbers.ratio(v, 2).text();
  }

  @Test
  void aLogisticModelReadsAsTblRegressionWithRsOddsRatiosAndTheReferenceAsADash()
      throws IOException {
    ModelTable t =
        table(
            API + "apistrat.csv",
            STRAT,
            new ModelSpec(
                "sch.wide", "Yes", List.of("ell", "stype"), ModelFamily.BINOMIAL, Map.of()));
    Map<String, Double> r = reference(API + "model-reference.csv", "strat/logit");

    assertThat(t.headers()).containsExactly("Characteristic", "OR", "95% CI", "p");
    assertThat(t.title()).isEqualTo("Logistic regression of sch.wide = Yes");
    List<ModelTable.Line> lines = t.lines();
    assertThat(lines)
        .extracting(ModelTable.Line::label)
        .containsExactly("ell", "stype", "E", "H", "M");
    assertThat(lines)
        .extracting(ModelTable.Line::kind)
        .containsExactly(
            ModelTable.Kind.VARIABLE,
            ModelTable.Kind.VARIABLE,
            ModelTable.Kind.LEVEL,
            ModelTable.Kind.LEVEL,
            ModelTable.Kind.LEVEL);
    row(lines.get(0), "ell", r, "ell", true);
    row(lines.get(3), "H", r, "stypeH", true);
    row(lines.get(4), "M", r, "stypeM", true);
    assertThat(t.cells(lines.get(1))).containsExactly("", "", "");
    assertThat(t.cells(lines.get(2))).containsExactly("—", "—", "");
    assertThat(t.cells(lines.get(3)))
        .containsExactly(
            ratio(Math.exp(r.get("stypeH estimate"))),
            ratio(Math.exp(r.get("stypeH lower"))) + ", " + ratio(Math.exp(r.get("stypeH upper"))),
            RegressionNumbers.pValue(r.get("stypeH p")).text());
    assertThat(t.textRows().get(3).get(0)).isEqualTo(PublicationTable.INDENT + "H");
    assertThat(t.footnotes().get(0)).isEqualTo("OR = Odds Ratio, CI = Confidence Interval");
    assertThat(t.footnotes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .contains("R's svyglm, quasibinomial")
                    .contains("200 respondents in the model, 0 left out")
                    .contains(Math.round(r.get(" df")) + " residual degrees of freedom"))
        .anySatisfy(n -> assertThat(n).startsWith("Survey design: 200 respondents; weights pw"))
        .anySatisfy(
            n ->
                assertThat(n)
                    .isEqualTo(
                        String.format(
                            java.util.Locale.ROOT,
                            "Wald test of stype (regTermTest): F = %.2f on 2 and %d df, p %s.",
                            r.get("stype F"),
                            Math.round(r.get("stype ddf")),
                            pSentence(r.get("stype p_F")))));
  }

  @Test
  void inChineseTheWordsOfTheTableAreChineseAndTheNumbersTheSame() throws IOException {
    ModelSpec spec =
        new ModelSpec("sch.wide", "Yes", List.of("ell", "stype"), ModelFamily.BINOMIAL, Map.of());
    Dataset data = read(API + "apistrat.csv");
    ModelRun.Result fit = ModelRun.run(data, STRAT, spec, k -> k);
    ModelTable en = ModelTables.of(fit, data, STRAT, ModelTables.title(spec, data, "en"), "en");
    ModelTable zh = ModelTables.of(fit, data, STRAT, ModelTables.title(spec, data, "zh"), "zh");
    Map<String, Double> r = reference(API + "model-reference.csv", "strat/logit");

    assertThat(zh.headers()).containsExactly("特征", "OR", "95% CI", "p");
    assertThat(zh.boundHeaders()).containsExactly("95% CI下限", "95% CI上限");
    assertThat(zh.title()).isEqualTo("「sch.wide = Yes」的Logistic 回归");
    assertThat(zh.textRows()).isEqualTo(en.textRows());
    assertThat(zh.footnotes().get(0)).isEqualTo("OR = 比值比，CI = 置信区间");
    assertThat(zh.footnotes().get(1))
        .isEqualTo(
            "基于抽样设计的回归（R 的 svyglm，quasibinomial，比值比）：模型纳入 200 名受访者，0 名因结局或协变量缺失未纳入；"
                + "Wald 置信区间和 p 值按残差自由度为 "
                + Math.round(r.get(" df"))
                + " 的 t 分布计算。");
    assertThat(zh.footnotes())
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "stype 的 Wald 检验（regTermTest）：F = %.2f，自由度 2 和 %d，p %s。",
                r.get("stype F"),
                Math.round(r.get("stype ddf")),
                pSentence(r.get("stype p_F"))));
    assertThat(zh.footnotes())
        .contains("抽样设计：200 名受访者；权重 pw；分层 stype（3 层）；有限总体校正 fpc；单 PSU 分层的处理：fail；设计自由度 197。");
    assertThat(en.footnotes())
        .contains(
            "Survey design: 200 respondents; weights pw; strata stype (3); FPC fpc; lonely PSU:"
                + " fail; design degrees of freedom 197.");
    assertThat(en.headers()).containsExactly("Characteristic", "OR", "95% CI", "p");
    assertThat(en.boundHeaders()).containsExactly("95% CI low", "95% CI high");
  }

  private static String pSentence(double p) {
    String s = RegressionNumbers.pValue(p).text();
    return s.startsWith("<") ? "< " + s.substring(1) : "= " + s;
  }

  @Test
  void aLinearModelShowsBetasAndTheChosenReferenceLevelInOptionOrder() throws IOException {
    ModelTable t =
        table(
            API + "apistrat.csv",
            STRAT,
            new ModelSpec(
                "api00",
                null,
                List.of("ell", "meals", "stype"),
                ModelFamily.GAUSSIAN,
                Map.of("stype", "H")));
    Map<String, Double> r = reference(API + "model-reference.csv", "strat/gaussian_refH");

    assertThat(t.headers()).containsExactly("Characteristic", "Beta", "95% CI", "p");
    assertThat(t.exponentiated()).isFalse();
    List<ModelTable.Line> lines = t.lines();
    assertThat(lines)
        .extracting(ModelTable.Line::label)
        .containsExactly("ell", "meals", "stype", "E", "H", "M");
    row(lines.get(0), "ell", r, "ell", false);
    row(lines.get(1), "meals", r, "meals", false);
    row(lines.get(3), "E", r, "stypeE", false);
    assertThat(lines.get(4).reference()).isTrue();
    row(lines.get(5), "M", r, "stypeM", false);
    assertThat(t.cells(lines.get(3)).get(0))
        .isEqualTo(RegressionNumbers.sigfig(r.get("stypeE estimate"), 2).text());
    assertThat(t.footnotes().get(0)).isEqualTo("CI = Confidence Interval");
  }

  @Test
  void anInteractionOfAFactorAndANumberGetsARowPerLevelUnderTheItemsJoinedByAStar()
      throws IOException {
    DesignPlan clus1 =
        DesignPlan.builder().weights("pw").clusters(List.of("dnum")).fpc(List.of("fpc")).build();
    ModelTable t =
        table(
            API + "apiclus1.csv",
            clus1,
            new ModelSpec(
                "api00",
                null,
                List.of("ell", "meals", "stype", "stype:meals"),
                ModelFamily.GAUSSIAN,
                Map.of()));
    Map<String, Double> r = reference(API + "model-reference.csv", "clus1/interaction");

    List<ModelTable.Line> lines = t.lines();
    assertThat(lines)
        .extracting(ModelTable.Line::label)
        .containsExactly(
            "ell", "meals", "stype", "E", "H", "M", "meals * stype", "meals * H", "meals * M");
    row(lines.get(7), "meals * H", r, "meals:stypeH", false);
    row(lines.get(8), "meals * M", r, "meals:stypeM", false);
    assertThat(t.footnotes())
        .anySatisfy(n -> assertThat(n).startsWith("Wald test of meals * stype (regTermTest)"));
  }

  @Test
  void aPoissonModelShowsIncidenceRateRatios() throws IOException {
    ModelTable t =
        table(
            PUB + "model-table-apistrat.csv",
            STRAT,
            new ModelSpec(
                "enr100", null, List.of("ell", "meals", "stype"), ModelFamily.POISSON, Map.of()));
    Map<String, Double> r = reference(API + "model-reference.csv", "strat/poisson");

    assertThat(t.headers()).containsExactly("Characteristic", "IRR", "95% CI", "p");
    assertThat(t.footnotes().get(0))
        .isEqualTo("IRR = Incidence Rate Ratio, CI = Confidence Interval");
    row(t.lines().get(0), "ell", r, "ell", true);
    row(t.lines().get(5), "M", r, "stypeM", true);
  }

  @Test
  void anOrdinalModelShowsOddsRatiosWithoutItsCutPoints() throws IOException {
    ModelTable t =
        table(
            API + "olr-apistrat.csv",
            STRAT,
            new ModelSpec(
                "mealcat",
                null,
                List.of("avg.ed", "mobility", "stype"),
                ModelFamily.ORDINAL,
                Map.of()));
    Map<String, Double> r = reference(API + "olr-reference.csv", "strat");

    assertThat(t.headers()).containsExactly("Characteristic", "OR", "95% CI", "p");
    assertThat(t.lines())
        .extracting(ModelTable.Line::label)
        .containsExactly("avg.ed", "mobility", "stype", "E", "H", "M");
    double or = Math.exp(r.get("avg.ed estimate"));
    assertThat(t.lines().get(0).estimate()).isCloseTo(or, within(1e-9 * or));
    assertThat(t.footnotes()).anySatisfy(n -> assertThat(n).contains("cut points not shown"));
  }
}
