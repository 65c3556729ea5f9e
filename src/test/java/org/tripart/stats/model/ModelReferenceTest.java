package org.tripart.stats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value of model-reference.csv, written by src/test/r/model-reference.R with R's survey 4.1.1
 * ({@code svyglm}, {@code summary}, {@code vcov}, {@code confint}, {@code regTermTest}), recomputed
 * by the Java engine: estimates and deviance to 1e-9 relative, SE, t, p, limits, covariances,
 * dispersion and test statistics to 1e-6 relative, df and counts exactly.
 */
class ModelReferenceTest {
  private static final Map<String, GlmResult> CACHE = new HashMap<>();

  static Stream<Arguments> expected() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = ModelReferenceTest.class.getResourceAsStream("model-reference.csv");
        CSVParser p =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (CSVRecord r : p) {
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

  @ParameterizedTest(name = "{0} {1} {2} = {3}")
  @MethodSource("expected")
  void javaMatchesRSvyglm(String name, String term, String quantity, double expected) {
    GlmResult m;
    synchronized (CACHE) {
      m = CACHE.computeIfAbsent(name, ModelCases::fit);
    }
    double actual = value(m, term, quantity);
    double relative =
        switch (quantity) {
          case "estimate", "exp_estimate", "deviance" -> 1e-9;
          case "df", "iterations", "dropped", "ndf", "ddf" -> 0;
          default -> 1e-6;
        };
    assertThat(actual)
        .as("%s %s %s", name, term, quantity)
        .isCloseTo(expected, within(relative * Math.max(Math.abs(expected), 1e-300)));
  }

  private static double value(GlmResult m, String term, String quantity) {
    List<String> names = m.coefficients().stream().map(GlmCoefficient::term).toList();
    switch (quantity) {
      case "df":
        return m.residualDf();
      case "dispersion":
        return m.dispersion();
      case "iterations":
        return m.iterations();
      case "deviance":
        return m.deviance();
      case "dropped":
        return m.droppedRows();
      case "cov":
        String[] ij = term.split("\\|");
        return m.covariance(index(names, ij[0]), index(names, ij[1]));
      case "F", "ndf", "ddf", "p_F", "chisq", "p_chisq":
        String prefix = term.equals("stype") ? "stype" : "meals:stype";
        int[] idx =
            IntStream.range(0, names.size())
                .filter(
                    i ->
                        names.get(i).startsWith(prefix)
                            && !names.get(i).contains(":") == term.equals("stype"))
                .toArray();
        WaldTest w = WaldTest.of(m, idx);
        return switch (quantity) {
          case "F" -> w.f();
          case "ndf" -> w.numeratorDf();
          case "ddf" -> w.denominatorDf();
          case "p_F" -> w.pF();
          case "chisq" -> w.chisq();
          default -> w.pChisq();
        };
      default:
        GlmCoefficient c = m.coefficients().get(index(names, term));
        return switch (quantity) {
          case "estimate" -> c.estimate();
          case "se" -> c.standardError();
          case "t" -> c.t();
          case "p" -> c.p();
          case "lower" -> c.lower();
          case "upper" -> c.upper();
          case "exp_estimate" -> c.expEstimate();
          case "exp_lower" -> c.expLower();
          case "exp_upper" -> c.expUpper();
          default -> throw new IllegalArgumentException(quantity);
        };
    }
  }

  private static int index(List<String> names, String term) {
    int i = names.indexOf(term);
    assertThat(i).as("term %s among %s", term, names).isNotNegative();
    return i;
  }
}
