package org.tripart.stats.design;

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
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value of design-reference.csv, written by src/test/r/design-reference.R with R's survey
 * 4.1.1, recomputed by the Java engine: estimates to 1e-9 relative, standard errors, design
 * effects, intervals and test statistics to 1e-6 relative.
 */
class DesignReferenceTest {
  private static final Map<String, Map<String, Double>> CACHE = new HashMap<>();

  static Stream<Arguments> expected() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = DesignReferenceTest.class.getResourceAsStream("design-reference.csv");
        CSVParser p =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (CSVRecord r : p) {
        out.add(Arguments.of(r.get("case"), r.get("quantity"), Double.parseDouble(r.get("value"))));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @MethodSource("expected")
  void javaMatchesRSurvey(String name, String quantity, double expected) {
    Map<String, Double> actual;
    synchronized (CACHE) {
      actual = CACHE.computeIfAbsent(name, ReferenceCases::compute);
    }
    assertThat(actual).as("%s computes %s", name, quantity).containsKey(quantity);
    double value = actual.get(quantity);
    double relative = quantity.equals("estimate") || quantity.equals("df") ? 1e-9 : 1e-6;
    assertThat(value)
        .as("%s %s", name, quantity)
        .isCloseTo(expected, within(relative * Math.max(Math.abs(expected), 1e-300)));
  }
}
