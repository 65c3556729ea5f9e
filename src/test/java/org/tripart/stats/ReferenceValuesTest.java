package org.tripart.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripart.stats.TestInstruments.instrument;
import static org.tripart.stats.TestInstruments.integer;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tripart.dataset.Dataset;

/** Every value of {@code reference.csv}, computed by R, reproduced to 1e-9 relative. */
class ReferenceValuesTest {
  static Stream<Reference.Value> values() {
    return Reference.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void matchesR(Reference.Value value) {
    double actual =
        switch (value.kind()) {
          case "wilson" -> wilson(value.input(), value.quantity());
          case "chisq" -> chiSquare(value.input(), value.quantity());
          case "summary" -> summary(value.input(), value.quantity());
          default -> throw new AssertionError("unknown kind " + value.kind());
        };

    assertThat(Reference.matches(actual, value.expected()))
        .as("%s: got %s", value, actual)
        .isTrue();
  }

  private static double wilson(String input, String quantity) {
    String[] countsAndLevel = input.split("@");
    String[] counts = countsAndLevel[0].split("/");
    Interval ci =
        Wilson.interval(
            Long.parseLong(counts[0]),
            Long.parseLong(counts[1]),
            Double.parseDouble(countsAndLevel[1]));
    return quantity.equals("low") ? ci.low() : ci.high();
  }

  private static double chiSquare(String input, String quantity) {
    ChiSquareTest test = ChiSquare.pearson(Reference.table(input));
    return switch (quantity) {
      case "statistic" -> test.statistic();
      case "df" -> test.degreesOfFreedom();
      case "p_value" -> test.pValue();
      case "n" -> test.n();
      case "min_expected" -> test.minExpected();
      case "cells_below_five" -> test.cellsBelowFiveExpected();
      default -> throw new AssertionError("unknown quantity " + quantity);
    };
  }

  private static double summary(String input, String quantity) {
    Responses responses = Responses.to(instrument(integer("n"))).respondents(2).tag("all");
    for (double v : Reference.numbers(input)) {
      responses.respondent().number("n", v).tag("all");
    }
    Dataset data = responses.build();
    NumericSummary s = NumericSummaries.of(data, "n", responses.domain("all"));
    return switch (quantity) {
      case "mean" -> s.mean();
      case "sd" -> s.sd();
      case "min" -> s.min();
      case "q1" -> s.q1();
      case "median" -> s.median();
      case "q3" -> s.q3();
      case "max" -> s.max();
      default -> throw new AssertionError("unknown quantity " + quantity);
    };
  }
}
