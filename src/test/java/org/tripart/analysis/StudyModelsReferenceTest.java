package org.tripart.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tripart.dataset.CsvDatasetReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.InferenceOptions;
import org.tripart.dataset.InferringCsvReader;
import org.tripart.stats.model.GlmCoefficient;
import org.tripart.stats.model.OrdinalTerm;

/**
 * Every value of study-models-reference.csv, written by src/test/r/study-models-reference.R with
 * R's survey 4.1.1 from the bundled study's SYNTHETIC clinician data (radiologists clustered in
 * their hospitals, hospitals stratified by tier, every row weighing 1), recomputed through
 * instrument inference, {@link ModelRun} and {@link EstimandAnalysis}: a logistic model of an AI
 * department by tier, region, education and years (whole sample and the tertiary domain) with the
 * Wald tests of its factors, the same with a tier x education interaction (a factor x factor term
 * and its Wald test), a proportional-odds model of self-rated AI knowledge, totals of a number, of
 * a number with blanks and of a single-choice item's options, and a ratio of two numbers' totals.
 * Estimates, df and row counts to 1e-9 relative; SEs, t, p, limits, F and deviance to 1e-6.
 */
class StudyModelsReferenceTest {
  static final Path DIR = Path.of("src/test/resources/org/tripart/analysis");
  private static final Map<String, Map<String, Double>> ACTUAL = new HashMap<>();
  private static Dataset data;

  static Stream<Arguments> expected() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(DIR.resolve("study-models-reference.csv"))) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        out.add(
            Arguments.of(
                r.get("case"),
                r.get("term"),
                r.get("quantity"),
                Double.parseDouble(r.get("value"))));
      }
    }
    return out.stream();
  }

  static synchronized Dataset data() {
    if (data == null) {
      data =
          InferringCsvReader.read(
                  DIR.resolve("study-clinicians.csv"),
                  new InferenceOptions(Set.of(), Set.of("hospital"), Set.of(), Set.of(), 20),
                  CsvDatasetReader.Options.defaults())
              .dataset();
    }
    return data;
  }

  private static DesignPlan.Builder plan(String domain) {
    return DesignPlan.builder()
        .strata("hospital_tier")
        .clusters(List.of("hospital"))
        .domain(
            domain.equals("tertiary")
                ? Map.of("hospital_tier", "tertiary")
                : Map.<String, String>of());
  }

  /** The case's values by "term quantity", as the R script names them. */
  static synchronized Map<String, Double> actual(String name) {
    return ACTUAL.computeIfAbsent(name, StudyModelsReferenceTest::compute);
  }

  private static Map<String, Double> compute(String name) {
    String[] part = name.split("/");
    Map<String, Double> v = new HashMap<>();
    switch (part[0]) {
      case "logit" -> {
        List<String> terms =
            switch (part[1]) {
              case "all" -> List.of("hospital_tier", "region", "education", "years_in_radiology");
              case "interaction" ->
                  List.of(
                      "hospital_tier",
                      "region",
                      "education",
                      "hospital_tier:education",
                      "years_in_radiology");
              default -> List.of("region", "years_in_radiology");
            };
        ModelSpec spec =
            new ModelSpec("ai_department", "yes", terms, ModelSpec.ModelFamily.BINOMIAL, Map.of());
        ModelRun.Glm g = (ModelRun.Glm) ModelRun.run(data(), plan(part[1]).build(), spec, k -> k);
        for (GlmCoefficient c : g.fit().coefficients()) {
          v.put(c.term() + " estimate", c.estimate());
          v.put(c.term() + " se", c.standardError());
          v.put(c.term() + " t", c.t());
          v.put(c.term() + " p", c.p());
          v.put(c.term() + " lower", c.lower());
          v.put(c.term() + " upper", c.upper());
        }
        v.put(" df", (double) g.fit().residualDf());
        v.put(" rows", (double) g.fit().rows());
        v.put(" dropped", (double) g.fit().droppedRows());
        for (ModelRun.TermTest t : g.tests()) {
          v.put(t.term() + " F", t.test().f());
          v.put(t.term() + " ndf", (double) t.test().numeratorDf());
          v.put(t.term() + " ddf", (double) t.test().denominatorDf());
          v.put(t.term() + " p", t.test().pF());
        }
      }
      case "olr" -> {
        ModelSpec spec =
            new ModelSpec(
                "knowledge",
                null,
                List.of("hospital_tier", "region", "education", "years_in_radiology"),
                ModelSpec.ModelFamily.ORDINAL,
                Map.of());
        ModelRun.Ordinal o =
            (ModelRun.Ordinal) ModelRun.run(data(), plan(part[1]).build(), spec, k -> k);
        List<OrdinalTerm> all = new ArrayList<>(o.fit().coefficients());
        all.addAll(o.fit().cutPoints());
        for (OrdinalTerm t : all) {
          v.put(t.name() + " estimate", t.estimate());
          v.put(t.name() + " se", t.standardError());
          v.put(t.name() + " p", t.pValue());
        }
        v.put(" df", (double) o.fit().degreesOfFreedom());
        v.put(" deviance", o.fit().deviance());
      }
      case "total", "ratio" -> {
        EstimandPlan estimands =
            part[0].equals("total")
                ? new EstimandPlan(List.of(part[2]), List.of(), List.of(), List.of())
                : new EstimandPlan(
                    List.of(),
                    List.of(),
                    List.of(new EstimandPlan.Ratio(part[2], part[3])),
                    List.of());
        DesignPlan plan = plan(part[1]).estimands(estimands).build();
        for (EstimandRow r :
            EstimandAnalysis.run(data(), DesignSetup.prepare(data(), plan, k -> k), plan)) {
          String term =
              r.kind() == EstimandRow.Kind.RATIO
                  ? ""
                  : r.item() + (r.option() == null ? "" : r.option());
          v.put(term + " estimate", r.estimate());
          v.put(term + " se", r.standardError());
        }
      }
      default -> throw new IllegalArgumentException(name);
    }
    return v;
  }

  @ParameterizedTest(name = "{0} {1} {2} = {3}")
  @MethodSource("expected")
  void tripartMatchesRSurveyOnTheStudysClinicians(
      String name, String term, String quantity, double expected) {
    Double actual = actual(name).get(term + " " + quantity);

    assertThat(actual).as(name + " " + term + " " + quantity).isNotNull();
    double tolerance =
        Set.of("estimate", "df", "rows", "dropped", "ndf", "ddf").contains(quantity) ? 1e-9 : 1e-6;
    assertThat(actual)
        .as(name + " " + term + " " + quantity)
        .isCloseTo(expected, within(tolerance * Math.abs(expected)));
  }
}
