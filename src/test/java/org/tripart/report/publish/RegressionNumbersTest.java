package org.tripart.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * gtsummary's number styles on the inputs of its own documentation examples ({@code ?style_pvalue},
 * {@code ?style_sigfig}, {@code ?style_ratio}), with the outputs worked by hand from its documented
 * rules and gtsummary 2's half-up rounding (gtsummary is not installed here).
 */
class RegressionNumbersTest {
  private static List<String> all(DoubleFunction<RegressionNumbers.Styled> f, double... xs) {
    return Arrays.stream(xs).mapToObj(f).map(RegressionNumbers.Styled::text).toList();
  }

  @Test
  void pValuesReadAsStylePvalueWithOneDigit() {
    assertThat(
            all(
                RegressionNumbers::pValue,
                1.5,
                1,
                0.999,
                0.5,
                0.25,
                0.2,
                0.197,
                0.12,
                0.10,
                0.0999,
                0.06,
                0.03,
                0.002,
                0.001,
                0.00099,
                0.0002,
                0.00002,
                -1))
        .containsExactly(
            "", ">0.9", ">0.9", "0.5", "0.3", "0.2", "0.2", "0.12", "0.10", "0.10", "0.060",
            "0.030", "0.002", "0.001", "<0.001", "<0.001", "<0.001", "");
  }

  @Test
  void coefficientsReadAsStyleSigfigWithTwoDigits() {
    assertThat(
            all(
                x -> RegressionNumbers.sigfig(x, 2),
                0.123,
                0.9,
                1.1234,
                12.345,
                -0.123,
                -0.9,
                -1.1234,
                -12.345,
                Double.NaN,
                -0.001,
                0.999,
                9.96))
        .containsExactly(
            "0.12", "0.90", "1.1", "12", "-0.12", "-0.90", "-1.1", "-12", "", "0.00", "1.0", "10");
  }

  @Test
  void ratiosReadAsStyleRatioWithTwoDigits() {
    assertThat(
            all(
                x -> RegressionNumbers.ratio(x, 2),
                0.123,
                0.9,
                1.1234,
                12.345,
                101.234,
                -0.123,
                -0.9,
                -1.1234,
                -12.345,
                -101.234,
                0.999,
                0.994))
        .containsExactly(
            "0.12", "0.90", "1.12", "12.3", "101", "-0.12", "-0.90", "-1.12", "-12.3", "-101",
            "1.00", "0.99");
  }
}
