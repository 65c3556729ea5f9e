package org.tripart.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkipLogicTest {
  /**
   * One respondent: a radiologist with 12 years who ticked detection and triage, ticked nothing in
   * {@code none_ticked}, wrote a note, and did not answer {@code consent} or {@code gap}.
   */
  private static final Map<String, Answer> ANSWERS =
      Map.of(
          "role", new Answer.Choice("radiologist"),
          "tools", new Answer.Choices(Set.of("detection", "triage")),
          "none_ticked", new Answer.Choices(Set.of()),
          "years", new Answer.Number(12),
          "note", new Answer.Text("hi"));

  private static boolean holds(String expression) throws SkipLogicParser.SyntaxError {
    return SkipLogicParser.parse(expression).test(ANSWERS::get);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          role = 'radiologist'                                   | true
          role = 'engineer'                                      | false
          role != 'engineer'                                     | true
          role != 'radiologist'                                  | false
          consent = 'yes'                                        | false
          consent != 'yes'                                       | false
          not consent = 'yes'                                    | true
          not consent != 'yes'                                   | true
          not not role = 'radiologist'                           | true
          role in ('engineer', 'radiologist')                    | true
          role in ('engineer')                                   | false
          consent in ('yes', 'no')                               | false
          tools has 'triage'                                     | true
          tools has 'reporting'                                  | false
          none_ticked has 'triage'                               | false
          not none_ticked has 'triage'                           | true
          consent has 'yes'                                      | false
          years > 10                                             | true
          years > 12                                             | false
          years >= 12                                            | true
          years < 12                                             | false
          years <= 12                                            | true
          years = 12                                             | true
          years != 12                                            | false
          years > 11.5                                           | true
          years > -1                                             | true
          gap < 3                                                | false
          gap != 3                                               | false
          answered(consent)                                      | false
          answered(none_ticked)                                  | true
          answered(note)                                         | true
          not answered(consent)                                  | true
          role = 'engineer' and years > 10 or tools has 'triage' | true
          role = 'engineer' and (years > 10 or tools has 'triage') | false
          role = 'radiologist' or years > 100 and consent = 'yes' | true
          (role = 'radiologist' or years > 100) and consent = 'yes' | false
          not role = 'radiologist' or years > 10                 | true
          not (role = 'radiologist' or years > 10)               | false
          years>=12 and role='radiologist'                       | true
          """)
  void expressionHoldsOrNotForOneRespondent(String expression, boolean expected) throws Exception {
    assertThat(holds(expression)).isEqualTo(expected);
  }

  @Test
  void everyComparisonWithAnUnansweredItemIsFalse() throws Exception {
    AnswerLookup nothing = id -> null;
    for (String expression :
        new String[] {"a = 'x'", "a != 'x'", "a in ('x')", "a has 'x'", "a > 0", "a != 0"}) {
      assertThat(SkipLogicParser.parse(expression).test(nothing)).as(expression).isFalse();
      assertThat(SkipLogicParser.parse("not " + expression).test(nothing)).as(expression).isTrue();
    }
  }

  @Test
  void conditionKnowsItsSourceAndTheItemsItReads() throws Exception {
    Condition c = SkipLogicParser.parse("b > 2 and (a = 'x' or answered(b)) or c has 'y'");

    assertThat(c.source()).isEqualTo("b > 2 and (a = 'x' or answered(b)) or c has 'y'");
    assertThat(c.referencedItems()).containsExactly("b", "a", "c");
  }

  @ParameterizedTest(name = "{0} -> column {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          x =               | 4  | expected an option code in quotes
          `x = `            | 5  | expected an option code in quotes
          x = 'a            | 5  | the quote opened here is never closed
          x == 'a'          | 3  | write = rather than ==
          (x = 'a'          | 9  | expected ')' to close the '(' at column 1
          x = 'a' y = 'b'   | 9  | expected 'and', 'or' or the end, found 'y'
          x = "a"           | 5  | write option codes in single quotes
          x in ('a' 'b')    | 11 | expected ',' or ')' in the list after in
          x in 'a'          | 6  | expected '(' after in
          x has a           | 7  | expected an option code in quotes
          x < 'a'           | 5  | expected a number after <
          x ~ 'a'           | 3  | unexpected character '~'
          answered x        | 10 | expected '(' after answered
          answered(x        | 11 | expected ')' after answered(x
          x                 | 2  | expected =, !=, <, <=, >, >=, in or has after 'x'
          x = 'a' and       | 12 | expected an item id, 'not', '(' or answered(...)
          x = 'a' && y = 'b' | 9 | write and rather than &&
          or = 'a'          | 1  | expected an item id
          """)
  void syntaxErrorNamesTheColumn(String expression, int column, String problem) {
    assertThatThrownBy(() -> SkipLogicParser.parse(expression))
        .isInstanceOf(SkipLogicParser.SyntaxError.class)
        .hasMessageStartingWith(problem)
        .satisfies(e -> assertThat(((SkipLogicParser.SyntaxError) e).column).isEqualTo(column));
  }

  @Test
  void absurdNestingIsASyntaxErrorNotAStackOverflow() {
    String deep = "(".repeat(10_000) + "a = 'x'" + ")".repeat(10_000);
    assertThatThrownBy(() -> SkipLogicParser.parse(deep))
        .isInstanceOf(SkipLogicParser.SyntaxError.class)
        .hasMessage("the expression nests deeper than 64 levels");
    assertThatThrownBy(() -> SkipLogicParser.parse("not ".repeat(100) + "a = 'x'"))
        .isInstanceOf(SkipLogicParser.SyntaxError.class);
  }

  @Test
  void emptyExpressionIsASyntaxError() {
    assertThatThrownBy(() -> SkipLogicParser.parse("  "))
        .isInstanceOf(SkipLogicParser.SyntaxError.class)
        .satisfies(e -> assertThat(((SkipLogicParser.SyntaxError) e).column).isEqualTo(3));
  }
}
