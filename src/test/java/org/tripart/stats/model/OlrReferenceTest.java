package org.tripart.stats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tripart.stats.design.FpcKind;
import org.tripart.stats.design.SurveyDesign;
import org.tripart.stats.design.Weighting;

/** OrdinalRegression against R's svyolr, case by case as src/test/r/olr-reference.R fits them. */
class OlrReferenceTest {
  static final OlrApiData STRAT = OlrApiData.load("olr-apistrat.csv");
  static final OlrApiData CLUS1 = OlrApiData.load("olr-apiclus1.csv");
  static final OlrApiData CLUS2 = OlrApiData.load("olr-apiclus2.csv");

  static Stream<String> cases() {
    return expected().keySet().stream();
  }

  static Map<String, List<CSVRecord>> expected() {
    try (InputStream in = OlrReferenceTest.class.getResourceAsStream("olr-reference.csv");
        CSVParser parser =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Map<String, List<CSVRecord>> out = new LinkedHashMap<>();
      for (CSVRecord r : parser.getRecords()) {
        out.computeIfAbsent(r.get("case"), k -> new ArrayList<>()).add(r);
      }
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void fitMatchesSvyolr(String name) {
    OrdinalFit fit = fit(name);
    Map<String, OrdinalTerm> terms = new LinkedHashMap<>();
    fit.coefficients().forEach(t -> terms.put(t.name(), t));
    fit.cutPoints().forEach(t -> terms.put(t.name(), t));
    for (CSVRecord r : expected().get(name)) {
      double want = Double.parseDouble(r.get("value"));
      switch (r.get("quantity")) {
        case "estimate" ->
            assertThat(terms.get(r.get("term")).estimate())
                .as(name + " " + r.get("term"))
                .isCloseTo(want, within(1e-9 * Math.abs(want)));
        case "se" ->
            assertThat(terms.get(r.get("term")).standardError())
                .as(name + " se " + r.get("term"))
                .isCloseTo(want, within(1e-6 * Math.abs(want)));
        case "df" -> assertThat((double) fit.degreesOfFreedom()).as(name + " df").isEqualTo(want);
        case "deviance" ->
            assertThat(fit.deviance()).as(name).isCloseTo(want, within(1e-9 * Math.abs(want)));
        default -> throw new AssertionError(r);
      }
    }
  }

  static OrdinalFit fit(String name) {
    return switch (name) {
      case "strat" -> fit(strat(), STRAT, "mealcat", 4, null, "avg.ed", "mobility", "stype");
      case "clus1" -> fit(clus1(), CLUS1, "mealcat", 4, null, "avg.ed", "mobility", "stype");
      case "clus2" -> fit(clus2(), CLUS2, "apicat", 3, null, "ell", "mobility");
      case "strat_domain" ->
          fit(strat(), STRAT, "apicat", 3, not(STRAT, "stype", "H"), "meals", "avg.ed");
      case "ps_clus1" -> fit(psClus1(), CLUS1, "mealcat", 4, null, "ell", "mobility", "stype");
      case "ps_clus1_domain" ->
          fit(psClus1(), CLUS1, "apicat", 3, not(CLUS1, "sch.wide", "No"), "meals", "mobility");
      default -> throw new AssertionError(name);
    };
  }

  static BitSet not(OlrApiData d, String column, String value) {
    BitSet out = new BitSet();
    for (int r = 0; r < d.size(); r++) {
      if (!d.text(r, column).equals(value)) {
        out.set(r);
      }
    }
    return out;
  }

  static OrdinalFit fit(
      SurveyDesign design,
      OlrApiData d,
      String outcome,
      int levels,
      BitSet domain,
      String... covariates) {
    List<String> names = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    for (String c : covariates) {
      if (c.equals("stype")) {
        for (String level : List.of("H", "M")) {
          double[] v = new double[d.size()];
          for (int r = 0; r < v.length; r++) {
            v[r] = d.text(r, "stype").equals(level) ? 1 : 0;
          }
          names.add("stype" + level);
          cols.add(v);
        }
      } else {
        names.add(c);
        cols.add(d.numbers(c));
      }
    }
    int p = names.size();
    double[] x = new double[d.size() * p];
    for (int r = 0; r < d.size(); r++) {
      for (int j = 0; j < p; j++) {
        x[r * p + j] = cols.get(j)[r];
      }
    }
    List<String> levelNames = new ArrayList<>();
    for (int l = 0; l < levels; l++) {
      levelNames.add(Integer.toString(l));
    }
    return OrdinalRegression.fit(design, d.integers(outcome), levelNames, x, names, domain, 0.95);
  }

  static SurveyDesign strat() {
    return SurveyDesign.builder(STRAT.numbers("pw"))
        .strata(STRAT.codes("stype"))
        .fpc(STRAT.numbers("fpc"), FpcKind.POPULATION_SIZE)
        .build();
  }

  static SurveyDesign clus1() {
    return SurveyDesign.builder(CLUS1.numbers("pw"))
        .clusters(CLUS1.codes("dnum"))
        .fpc(CLUS1.numbers("fpc"), FpcKind.POPULATION_SIZE)
        .build();
  }

  static SurveyDesign clus2() {
    return SurveyDesign.builder(CLUS2.numbers("pw"))
        .clusters(CLUS2.codes("dnum"))
        .secondStageClusters(CLUS2.codes("snum"))
        .fpc(CLUS2.numbers("fpc1"), FpcKind.POPULATION_SIZE)
        .secondStageFpc(CLUS2.numbers("fpc2"), FpcKind.POPULATION_SIZE)
        .build();
  }

  static SurveyDesign psClus1() {
    int[] group = new int[CLUS1.size()];
    for (int r = 0; r < group.length; r++) {
      group[r] = "EHM".indexOf(CLUS1.text(r, "stype"));
    }
    return Weighting.postStratify(clus1(), group, new double[] {4421, 755, 1018});
  }
}
