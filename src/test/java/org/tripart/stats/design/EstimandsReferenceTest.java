package org.tripart.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Totals, ratios, estimates by domain with their covariance, contrasts and calibration, against R's
 * survey 4.1.1 ({@code src/test/r/estimands-reference.R}): estimates and weights to 1e-9 relative,
 * standard errors, covariances and design effects to 1e-6, on apistrat (strata, FPC), apiclus1
 * (clusters, FPC) and apiclus2 (two stages), over the whole design and the domain of schools with
 * awards.
 */
class EstimandsReferenceTest {
  private static final List<String> DESIGNS = List.of("strat", "clus1", "clus2");
  private static final List<String> TYPES = List.of("E", "H", "M");
  private static final Map<String, Double> R = new LinkedHashMap<>();

  @BeforeAll
  static void readR() throws IOException {
    try (InputStream in =
            EstimandsReferenceTest.class.getResourceAsStream("estimands/estimands-reference.csv");
        var p =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (CSVRecord r : p) {
        R.put(r.get("case") + " " + r.get("quantity"), Double.parseDouble(r.get("value")));
      }
    }
  }

  private static void close(double actual, String key, double relative) {
    Double expected = R.get(key);
    assertThat(expected).as(key).isNotNull();
    assertThat(actual).as(key).isCloseTo(expected, within(relative * Math.abs(expected)));
  }

  private static BitSet awards(ApiData data) {
    return data.is("awards", "Yes");
  }

  @Test
  void totalsWithTheirDesignEffectsAreRsSvytotalOverTheDesignAndADomain() {
    for (String name : DESIGNS) {
      SurveyDesign d = ReferenceCases.design(name);
      ApiData data = ReferenceCases.data(name);
      for (String item : List.of("enroll", "api00")) {
        TotalEstimate t = Totals.total(d, item, data.numbers(item), null);
        String c = "total/" + name + "/" + item;
        close(t.estimate(), c + " estimate", 1e-9);
        close(t.standardError(), c + " se", 1e-6);
        close(t.designEffect(), c + " deff", 1e-6);
      }
      TotalEstimate inDomain = Totals.total(d, "api00", data.numbers("api00"), awards(data));
      close(inDomain.estimate(), "total/" + name + "/awards/api00 estimate", 1e-9);
      close(inDomain.standardError(), "total/" + name + "/awards/api00 se", 1e-6);
    }
  }

  @Test
  void ratiosAreRsSvyratioOverTheDesignAndADomain() {
    for (String name : DESIGNS) {
      SurveyDesign d = ReferenceCases.design(name);
      ApiData data = ReferenceCases.data(name);
      double[] y = data.numbers("api00");
      double[] x = data.numbers("enroll");
      RatioEstimate all = Ratios.ratio(d, "api00", y, "enroll", x, null);
      RatioEstimate domain = Ratios.ratio(d, "api00", y, "enroll", x, awards(data));
      close(all.estimate(), "ratio/" + name + " estimate", 1e-9);
      close(all.standardError(), "ratio/" + name + " se", 1e-6);
      close(domain.estimate(), "ratio/" + name + "/awards estimate", 1e-9);
      close(domain.standardError(), "ratio/" + name + "/awards se", 1e-6);
    }
  }

  @Test
  void meansByDomainCarryRsCovarianceAndTheirContrastIsRsSvycontrast() {
    for (String name : DESIGNS) {
      SurveyDesign d = ReferenceCases.design(name);
      ApiData data = ReferenceCases.data(name);
      DomainTable table =
          DomainEstimates.by(
              d,
              List.of("api00"),
              List.of(data.numbers("api00")),
              groups(data),
              TYPES,
              DomainStatistic.MEAN);
      for (String l : TYPES) {
        String c = "by/" + name + "/" + l;
        close(table.estimate(l, "api00"), c + " estimate", 1e-9);
        close(table.standardError(l, "api00"), c + " se", 1e-6);
        for (String m : TYPES) {
          close(
              table.covariance(table.cell(l, "api00"), table.cell(m, "api00")),
              c + " cov_" + m,
              1e-6);
        }
      }
      ContrastEstimate mMinusE = Contrasts.difference(table, "api00", "M", "E");
      close(mMinusE.estimate(), "contrast/" + name + "/M-E estimate", 1e-9);
      close(mMinusE.standardError(), "contrast/" + name + "/M-E se", 1e-6);
      assertThat(mMinusE.statistic())
          .isCloseTo(mMinusE.estimate() / mMinusE.standardError(), within(1e-12));
    }
  }

  @Test
  void calibratedWeightsAndTheEstimatesOnThemAreRsCalibrate() {
    ApiData data = ReferenceCases.CLUS1;
    SurveyDesign d = ReferenceCases.design("clus1");
    Map<String, Double> pop = new LinkedHashMap<>();
    pop.put("(Intercept)", 6194.0);
    pop.put("stypeH", 755.0);
    pop.put("stypeM", 1018.0);
    Map<String, Double> withMeals = new LinkedHashMap<>(pop);
    withMeals.put("meals", R.get("calibrate/bounded population_meals"));
    CalibrationModel types =
        CalibrationModel.rows(d.size()).intercept().factor("stype", groups(data), TYPES);
    CalibrationModel typesAndMeals =
        CalibrationModel.rows(d.size())
            .intercept()
            .factor("stype", groups(data), TYPES)
            .numeric("meals", data.numbers("meals"));
    double inf = Double.POSITIVE_INFINITY;
    Map<String, SurveyDesign> cals =
        Map.of(
            "linear",
            Calibrate.calibrate(d, types, pop, CalibrationFunction.LINEAR, -inf, inf).design(),
            "raking",
            Calibrate.calibrate(d, types, pop, CalibrationFunction.RAKING, -inf, inf).design(),
            "bounded",
            Calibrate.calibrate(d, typesAndMeals, withMeals, CalibrationFunction.LINEAR, 0.6, 1.6)
                .design());
    for (var e : cals.entrySet()) {
      String c = "calibrate/" + e.getKey();
      SurveyDesign cal = e.getValue();
      double sum = 0;
      for (int r = 0; r < cal.size(); r++) {
        sum += cal.weight(r);
      }
      close(cal.weight(0), c + " weight_1", 1e-9);
      close(sum, c + " weight_sum", 1e-9);
      MeanEstimate mean = DesignEstimates.mean(cal, data.numbers("api00"), null);
      close(mean.estimate(), c + "/mean estimate", 1e-9);
      close(mean.standardError(), c + "/mean se", 1e-6);
      TotalEstimate total = Totals.total(cal, "enroll", data.numbers("enroll"), null);
      close(total.estimate(), c + "/total estimate", 1e-9);
      close(total.standardError(), c + "/total se", 1e-6);
    }
  }

  @Test
  void impossibleTotalsAndEmptyDomainsAreRefusedNamingThem() {
    ApiData data = ReferenceCases.CLUS1;
    SurveyDesign d = ReferenceCases.design("clus1");
    CalibrationModel types =
        CalibrationModel.rows(d.size()).intercept().factor("stype", groups(data), TYPES);
    Map<String, Double> pop = Map.of("(Intercept)", 6194.0, "stypeH", 755.0, "stypeM", 1018.0);

    assertThatThrownBy(
            () -> Calibrate.calibrate(d, types, pop, CalibrationFunction.LINEAR, 0.95, 1.05))
        .hasMessageContaining("TRP-0464");
    assertThatThrownBy(
            () ->
                Calibrate.calibrate(
                    d,
                    types,
                    Map.of("(Intercept)", 6194.0, "stypeH", 755.0),
                    CalibrationFunction.LINEAR,
                    Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY))
        .hasMessageContaining("TRP-0465")
        .hasMessageContaining("stypeM");
    assertThatThrownBy(() -> Totals.total(d, "api00", data.numbers("api00"), new BitSet()))
        .hasMessageContaining("TRP-0460");
    assertThatThrownBy(
            () ->
                Ratios.ratio(d, "api00", data.numbers("api00"), "zero", new double[d.size()], null))
        .hasMessageContaining("TRP-0461");
  }

  private static int[] groups(ApiData data) {
    String[] v = data.text("stype");
    int[] out = new int[v.length];
    for (int r = 0; r < v.length; r++) {
      out[r] = TYPES.indexOf(v[r]);
    }
    return out;
  }
}
