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
import org.tripart.dataset.InstrumentInference;
import org.tripart.instrument.Instrument;
import org.tripart.stats.design.CiMethod;
import org.tripart.stats.design.RaoScottTest;

/**
 * Every value of design-study-reference.csv, written by src/test/r/design-study.R with R's survey
 * 4.1.1 from the study's SYNTHETIC clinician data (radiologists clustered in hospitals, strata by
 * hospital tier), recomputed through instrument inference, the CSV reader, DesignSetup and
 * DesignAnalysis: estimates and df to 1e-9 relative, the rest to 1e-6.
 */
class DesignStudyReferenceTest {
  static final Path DIR = Path.of("src/test/resources/org/tripart/stats/design");
  private static final Map<String, List<DesignItemResult>> CACHE = new HashMap<>();
  private static Dataset data;

  static Stream<Arguments> expected() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(DIR.resolve("design-study-reference.csv"))) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        out.add(Arguments.of(r.get("case"), r.get("quantity"), Double.parseDouble(r.get("value"))));
      }
    }
    return out.stream();
  }

  static synchronized Dataset data() {
    if (data == null) {
      Path csv = DIR.resolve("clinician-hospitals.csv");
      Instrument inst =
          InstrumentInference.infer(
              csv, new InferenceOptions(Set.of(), Set.of("hospital"), Set.of(), Set.of(), 20));
      data = CsvDatasetReader.read(inst, csv, CsvDatasetReader.Options.defaults());
    }
    return data;
  }

  static final DesignPlan.Margin TIER =
      new DesignPlan.Margin(
          "hospital_tier", linked("tertiary", 61000.0, "secondary", 39000.0), "test");
  static final DesignPlan.Margin DEPARTMENT =
      new DesignPlan.Margin(
          "ai_department", linked("no", 70000.0, "unsure", 28000.0, "yes", 2000.0), "test");

  static Map<String, Double> linked(Object... kv) {
    Map<String, Double> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Double) kv[i + 1]);
    }
    return m;
  }

  /** The plan of a case: "all", "tertiary" (domain), "ps" or "rake" (calibrated). */
  static DesignPlan plan(CiMethod method, String kind, String by, List<String> items) {
    return DesignPlan.builder()
        .strata("hospital_tier")
        .clusters(List.of("hospital"))
        .ciMethod(method)
        .items(items)
        .by(by)
        .domain(kind.equals("tertiary") ? Map.of("hospital_tier", "tertiary") : Map.of())
        .postStratify(kind.equals("ps") ? List.of(TIER) : List.of())
        .rake(kind.equals("rake") ? List.of(TIER, DEPARTMENT) : List.of())
        .build();
  }

  static synchronized List<DesignItemResult> results(CiMethod method, String kind, String by) {
    return CACHE.computeIfAbsent(
        method + "/" + kind + "/" + by,
        k -> {
          DesignPlan plan =
              plan(
                  method,
                  kind,
                  by,
                  by == null
                      ? List.of(
                          "education", "ai_department", "ai_product_use", "years_in_radiology")
                      : List.of("education"));
          return DesignAnalysis.run(data(), DesignSetup.prepare(data(), plan, x -> x), plan);
        });
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @MethodSource("expected")
  void javaMatchesRSurveyOnTheStudysHospitalClusters(
      String name, String quantity, double expected) {
    String[] part = name.split("/");
    double actual;
    if (part[0].equals("chisq")) {
      RaoScottTest t = results(CiMethod.LOGIT, "all", "ai_department").get(0).tests().get(0);
      actual =
          switch (quantity) {
            case "F" -> t.f();
            case "ndf" -> t.numeratorDf();
            case "ddf" -> t.denominatorDf();
            default -> t.pValue();
          };
    } else {
      CiMethod method =
          part.length == 4
              ? CiMethod.valueOf(part[3].toUpperCase(java.util.Locale.ROOT))
              : CiMethod.LOGIT;
      DesignEstimate e =
          results(method, part[0], null).stream()
              .flatMap(r -> r.estimates().stream())
              .filter(x -> x.item().equals(part[1]))
              .filter(x -> part[2].equals("mean") ? x.option() == null : part[2].equals(x.option()))
              .findFirst()
              .orElseThrow();
      actual =
          switch (quantity) {
            case "estimate" -> e.estimate();
            case "se" -> e.standardError();
            case "deff" -> e.designEffect();
            case "df" -> e.degreesOfFreedom();
            case "lower" -> e.lower();
            default -> e.upper();
          };
    }
    double relative = quantity.equals("estimate") || quantity.equals("df") ? 1e-9 : 1e-6;
    assertThat(actual)
        .as("%s %s", name, quantity)
        .isCloseTo(expected, within(relative * Math.abs(expected)));
  }
}
