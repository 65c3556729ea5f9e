package org.tripart.interop.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariableNamesTest {
  @Test
  void reservedWordsGetAnUnderscore() {
    VariableNames names = new VariableNames();
    assertThat(names.name("to")).isEqualTo("to_");
    assertThat(names.name("if")).isEqualTo("if_");
    assertThat(names.name("str12")).isEqualTo("str12_");
    assertThat(names.name("comment")).isEqualTo("comment_");
    assertThat(names.name("age")).isEqualTo("age");
  }

  @Test
  void longNamesAreCutTo32AndKeptDistinct() {
    VariableNames names = new VariableNames();
    String a = names.name("perceived_problems___lack_of_industry_standards");
    String b = names.name("perceived_problems___lack_of_industry_guidelines");
    assertThat(a).isEqualTo("perceived_problems___lack_of_ind").hasSize(32);
    assertThat(b).isEqualTo("perceived_problems___lack_of_i_2").hasSize(32);
  }

  @Test
  void namesStartWithALetterAndHoldOnlyLettersDigitsAndUnderscores() {
    VariableNames names = new VariableNames();
    assertThat(names.name("3rd_visit")).isEqualTo("v3rd_visit");
    assertThat(names.name("_x")).isEqualTo("v_x");
    assertThat(names.name("a.b-c")).isEqualTo("a_b_c");
    assertThat(names.name("AGE")).isEqualTo("AGE");
    assertThat(names.name("age")).isEqualTo("age_2");
  }
}
