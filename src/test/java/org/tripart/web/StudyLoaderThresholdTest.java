package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.TripartException;
import org.tripart.study.Study;

/** The initial disclosure threshold a study file may give. */
class StudyLoaderThresholdTest {

  @Test
  void aStudyFileWithoutAThresholdGivesFive() {
    assertThat(StudyLoader.threshold(Map.of("study", "x"), "study.yaml")).isEqualTo(5);
  }

  @Test
  void aStudyFileMayGiveAThresholdFromOneToOneHundred() {
    assertThat(StudyLoader.threshold(Map.of("suppression_threshold", 1), "s")).isEqualTo(1);
    assertThat(StudyLoader.threshold(Map.of("suppression_threshold", 100), "s")).isEqualTo(100);
    assertThat(StudyLoader.initialThreshold(Study.nationalAi())).isEqualTo(5);
  }

  @Test
  void aThresholdOutOfRangeOrNotAWholeNumberNamesTheFile() {
    for (Object bad : new Object[] {0, 101, 2.5, "7"}) {
      assertThatThrownBy(
              () -> StudyLoader.threshold(Map.of("suppression_threshold", bad), "x/study.yaml"))
          .as(String.valueOf(bad))
          .isInstanceOf(TripartException.class)
          .hasMessageContaining("x/study.yaml")
          .hasMessageContaining("from 1 to 100");
    }
  }
}
