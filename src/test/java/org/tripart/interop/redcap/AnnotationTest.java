package org.tripart.interop.redcap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tripart's tags in a REDCap Field Annotation, each a JSON value inside other text. */
class AnnotationTest {
  @Test
  void tagsFollowedByOtherTextAndActionTagsAreEachRead() {
    Annotation a =
        Annotation.parse(
            "@TRIPART-TYPE=\"likert\" @HIDDEN @TRIPART-OPTIONS=[{\"code\":\"a\"}] note @CALCTEXT");

    assertThat(a.text("TYPE")).isEqualTo("likert");
    assertThat(a.get("OPTIONS").get(0).get("code").asText()).isEqualTo("a");
    assertThat(a.actionTags()).containsExactly("@HIDDEN", "@CALCTEXT");
    assertThat(a.problems()).isEmpty();
  }

  @Test
  void aTagWhoseObjectGivesAKeyTwiceIsAProblemNotAGuess() {
    Annotation a =
        Annotation.parse("@TRIPART-FILLS={\"a\":\"x\",\"a\":\"y\"} @TRIPART-TYPE=\"text\"");

    assertThat(a.problems()).containsExactly("@TRIPART-FILLS");
    assertThat(a.get("FILLS")).isNull();
    assertThat(a.text("TYPE")).isEqualTo("text");
  }
}
