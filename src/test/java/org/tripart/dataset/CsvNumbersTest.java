package org.tripart.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvNumbersTest {
  private static double parse(String s, boolean whole) {
    char[] buf = ("xx" + s + "yy").toCharArray();
    return CsvNumbers.parse(buf, 2, s.length(), whole);
  }

  @Test
  void plainAndExponentNumbersAreCorrectlyRounded() {
    assertThat(parse("0.1", false)).isEqualTo(0.1);
    assertThat(parse("-7.25", false)).isEqualTo(-7.25);
    assertThat(parse("+3", false)).isEqualTo(3.0);
    assertThat(parse(".5", false)).isEqualTo(0.5);
    assertThat(parse("12.", false)).isEqualTo(12.0);
    assertThat(parse("1.5e3", false)).isEqualTo(1500.0);
    assertThat(parse("99.99999999999999", false)).isEqualTo(99.99999999999999);
    assertThat(parse("0.12345678901234567890", false)).isEqualTo(0.12345678901234568);
    assertThat(parse("42", true)).isEqualTo(42.0);
    assertThat(parse("-0042", true)).isEqualTo(-42.0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "-", ".", "1.2.3", "1,5", "1d", "NaN", "Infinity", "0x10", "1e", "e5", "3 "})
  void malformedNumbersAreNaN(String s) {
    assertThat(parse(s, false)).isNaN();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1e3", "4.5", "ten"})
  void wholeNumbersHaveNoPointOrExponent(String s) {
    assertThat(parse(s, true)).isNaN();
  }
}
