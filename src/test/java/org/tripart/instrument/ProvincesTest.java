package org.tripart.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProvincesTest {
  @Test
  void thirtyOneRegionsInCodeOrderWithUniqueCodes() {
    assertThat(Provinces.all()).hasSize(31);
    assertThat(Provinces.all()).extracting(Province::code).doesNotHaveDuplicates().isSorted();
    assertThat(Provinces.all().get(0)).isEqualTo(new Province("11", "Beijing", "北京"));
    assertThat(Provinces.all().get(30)).isEqualTo(new Province("65", "Xinjiang", "新疆"));
  }

  @Test
  void regionsAreFoundByTheirGbT2260Code() {
    assertThat(Provinces.byCode("15")).contains(new Province("15", "Inner Mongolia", "内蒙古"));
    assertThat(Provinces.byCode("54").map(Province::nameEn)).contains("Tibet");
    assertThat(Provinces.byCode("71")).isEmpty();
  }

  @Test
  void regionsAsOptionsUseTheCodeAndBothNames() {
    assertThat(Provinces.options().get(18))
        .isEqualTo(new Option("44", LocalizedText.of("Guangdong", "广东")));
  }

  @Test
  void listCannotBeChanged() {
    assertThatThrownBy(() -> Provinces.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
