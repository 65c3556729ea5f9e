package org.tripart.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainNumbersTest {
  @Test
  void everydayMagnitudesArePlainDecimals() {
    assertThat(PlainNumbers.plain(0.5)).isEqualTo("0.5");
    assertThat(PlainNumbers.plain(1200)).isEqualTo("1200");
    assertThat(PlainNumbers.plain(-0.000001)).isEqualTo("-0.000001");
    assertThat(PlainNumbers.plain(0)).isEqualTo("0");
    assertThat(PlainNumbers.plain(123456789012345678.0)).isEqualTo("123456789012345680");
  }

  @Test
  void tinyAndHugeValuesCarryAnExponentAsRWritesThem() {
    assertThat(PlainNumbers.plain(1.9162741282877301e-301)).isEqualTo("1.91627412828773e-301");
    assertThat(PlainNumbers.plain(-1e-7)).isEqualTo("-1e-7");
    assertThat(PlainNumbers.plain(2.5e-10)).isEqualTo("2.5e-10");
    assertThat(PlainNumbers.plain(Double.MIN_VALUE)).isEqualTo("4.9e-324");
    assertThat(PlainNumbers.plain(3e21)).isEqualTo("3e21");
    assertThat(PlainNumbers.plain(-1.25e300)).isEqualTo("-1.25e300");
  }

  @Test
  void everyWrittenValueReadsBackAsTheSameDouble() {
    double[] values = {1.9162741282877301e-301, 9.99999999999e-7, 1e-6, 4.9e-324, 1e21, 0.1 + 0.2};
    for (double v : values) {
      assertThat(Double.parseDouble(PlainNumbers.plain(v))).isEqualTo(v);
    }
  }

  @Test
  void notANumberAndInfinitiesAreEmpty() {
    assertThat(PlainNumbers.plain(Double.NaN)).isEmpty();
    assertThat(PlainNumbers.plain(Double.NEGATIVE_INFINITY)).isEmpty();
  }
}
