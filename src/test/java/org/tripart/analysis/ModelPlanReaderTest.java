package org.tripart.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.junit.jupiter.api.io.TempDir;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.InferenceOptions;
import org.tripart.dataset.InferringCsvReader;
import org.tripart.stats.model.GlmCoefficient;

/**
 * The analysis plan's {@code model:} section: its keys as {@code tripart model}'s options, R's
 * {@code a*b} crossing, and messages naming the plan file and key; a plan's model fitted on R's api
 * data equals R's svyglm (src/test/r/model-reference.R, case clus1/interaction).
 */
class ModelPlanReaderTest {
  private static final String API = "src/test/resources/org/tripart/stats/model/";
  @TempDir Path dir;

  private Path plan(String yaml) throws IOException {
    Path p = dir.resolve("plan.yaml");
    Files.writeString(p, yaml, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aPlansModelSectionGivesTheSpecTheCommandsOptionsWould() throws IOException {
    DesignPlan plan =
        AnalysisPlanReader.read(
            plan(
                "design: {weights: pw, strata: stype}\n"
                    + "model:\n"
                    + "  outcome: sch.wide=Yes\n"
                    + "  covariates: [ell, stype]\n"
                    + "  family: binomial\n"
                    + "  reference: {stype: H}\n"));

    assertThat(plan.model())
        .isEqualTo(
            new ModelSpec(
                "sch.wide",
                "Yes",
                List.of("ell", "stype"),
                ModelSpec.ModelFamily.BINOMIAL,
                Map.of("stype", "H")));
    assertThat(plan.weights()).isEqualTo("pw");
    assertThat(AnalysisPlanReader.read(plan("design: {weights: pw}\n")).model()).isNull();
  }

  @Test
  void aCrossingIsRsMainEffectsAndInteractionOrderedByDegree() {
    assertThat(ModelPlanReader.expand("p", "k", List.of("ell", "meals*stype")))
        .containsExactly("ell", "meals", "stype", "meals:stype");
    assertThat(ModelPlanReader.expand("p", "k", List.of("a*b*c")))
        .containsExactly("a", "b", "c", "a:b", "a:c", "b:c", "a:b:c");
    assertThat(ModelPlanReader.expand("p", "k", List.of("a:b", "c", "b:a", "a*b")))
        .containsExactly("c", "a", "b", "a:b");
  }

  @Test
  void aPlansCrossedModelFitsAsRsSvyglm() throws IOException {
    DesignPlan plan =
        AnalysisPlanReader.read(
            plan(
                "design: {weights: pw, clusters: [dnum], fpc: [fpc]}\n"
                    + "model: {outcome: api00, covariates: 'ell, meals*stype'}\n"));
    Path csv = Path.of(API + "apiclus1.csv");
    Dataset data =
        InferringCsvReader.read(
                csv,
                new InferenceOptions(
                    Set.of("pw", "fpc", "api00", "ell", "meals"),
                    Set.of("dnum", "snum", "cds"),
                    Set.of(),
                    Set.of(),
                    InferenceOptions.DEFAULT_MAX_CODES),
                new CsvDatasetReader.Options(true, "apiclus1.csv", w -> {}))
            .dataset();
    Map<String, Double> r = new HashMap<>();
    try (var in = Files.newBufferedReader(Path.of(API + "model-reference.csv"))) {
      for (CSVRecord x : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
        if (x.get("case").equals("clus1/interaction")) {
          r.put(x.get("term") + " " + x.get("quantity"), Double.parseDouble(x.get("value")));
        }
      }
    }

    ModelRun.Glm fit = (ModelRun.Glm) ModelRun.run(data, plan, plan.model(), k -> k);

    assertThat(fit.fit().coefficients())
        .extracting(GlmCoefficient::term)
        .containsExactly(
            "(Intercept)", "ell", "meals", "stypeH", "stypeM", "meals:stypeH", "meals:stypeM");
    for (GlmCoefficient c : fit.fit().coefficients()) {
      double b = r.get(c.term() + " estimate");
      double se = r.get(c.term() + " se");
      assertThat(c.estimate()).as(c.term()).isCloseTo(b, within(1e-9 * Math.abs(b)));
      assertThat(c.standardError()).as(c.term()).isCloseTo(se, within(1e-6 * se));
    }
    assertThat(fit.tests()).extracting(ModelRun.TermTest::term).contains("meals:stype");
  }

  @Test
  void aModelSectionThatDoesNotReadIsRefusedNamingTheFileAndKey() throws IOException {
    String file = dir.resolve("plan.yaml").toString();
    assertThatThrownBy(
            () -> AnalysisPlanReader.read(plan("model: {outcome: y, famly: gaussian}\n")))
        .isInstanceOf(DesignPlanException.class)
        .hasMessageContaining(file + " model.famly")
        .hasMessageContaining("unknown key 'famly'; expected one of covariates, family, outcome");
    assertThatThrownBy(() -> AnalysisPlanReader.read(plan("model: {covariates: [a]}\n")))
        .hasMessageContaining(file + " model.outcome")
        .hasMessageContaining("give the outcome item, as ITEM or ITEM=CODE");
    assertThatThrownBy(() -> AnalysisPlanReader.read(plan("model: {outcome: 'y='}\n")))
        .hasMessageContaining("model.outcome")
        .hasMessageContaining("'y=': expected ITEM or ITEM=CODE");
    assertThatThrownBy(() -> AnalysisPlanReader.read(plan("model: {outcome: y, family: probit}\n")))
        .hasMessageContaining(file + " model.family")
        .hasMessageContaining("'probit' is not one of gaussian, binomial, poisson, ordinal");
    assertThatThrownBy(
            () -> AnalysisPlanReader.read(plan("model: {outcome: y, covariates: ['a**b']}\n")))
        .hasMessageContaining(file + " model.covariates")
        .hasMessageContaining("'a**b' is not an item, a:b interaction or a*b crossing");
    assertThatThrownBy(
            () -> AnalysisPlanReader.read(plan("model: {outcome: y, reference: stype}\n")))
        .hasMessageContaining(file + " model.reference")
        .hasMessageContaining("expected a mapping");
    assertThatThrownBy(() -> AnalysisPlanReader.read(plan("model: [y]\n")))
        .hasMessageContaining(file + " model")
        .hasMessageContaining("expected a mapping");
  }
}
