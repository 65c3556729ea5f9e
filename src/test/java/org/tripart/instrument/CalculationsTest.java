package org.tripart.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tripart.ErrorCode;

class CalculationsTest {
  /**
   * One respondent: weight 70, height 175, a = 2, b = 3, zero = 0, rounding cases 31.25 and 2.675,
   * choice codes 4, yes and no, role radiologist, tools ticked; {@code gap} not answered.
   */
  private static final Map<String, Answer> ANSWERS =
      Map.ofEntries(
          Map.entry("weight", new Answer.Number(70)),
          Map.entry("height", new Answer.Number(175)),
          Map.entry("a", new Answer.Number(2)),
          Map.entry("b", new Answer.Number(3)),
          Map.entry("zero", new Answer.Number(0)),
          Map.entry("r1", new Answer.Number(31.25)),
          Map.entry("r2", new Answer.Number(2.675)),
          Map.entry("r3", new Answer.Number(-2.5)),
          Map.entry("coded", new Answer.Choice("4")),
          Map.entry("yes_answer", new Answer.Choice("yes")),
          Map.entry("no_answer", new Answer.Choice("no")),
          Map.entry("role", new Answer.Choice("radiologist")),
          Map.entry("tools", new Answer.Choices(Set.of("triage"))),
          Map.entry("note", new Answer.Text("hi")));

  private static OptionalDouble value(String expression) {
    return Calculations.parse(expression).evaluate(ANSWERS::get);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1 + 2 * 3                                | 7
          (1 + 2) * 3                              | 9
          10 - 4 - 3                               | 3
          10 - (4 - 3)                             | 9
          2 ^ 3 ^ 2                                | 512
          -2 ^ 2                                   | -4
          (-2) ^ 2                                 | 4
          2 ^ -1                                   | 0.5
          a * -b                                   | -6
          --a                                      | 2
          12 / 4 / 3                               | 1
          round(weight * 10000 / height ^ 2, 1)    | 22.9
          round(r1, 1)                             | 31.3
          round(r2, 2)                             | 2.68
          round(r3)                                | -3
          round(1234.5, -2)                        | 1200
          sum(a, b, gap)                           | 5
          mean(a, b, gap)                          | 2.5
          min(a, b)                                | 2
          max(a, b, 1)                             | 3
          abs(a - b)                               | 1
          sqrt(a * 8)                              | 4
          coded + yes_answer + no_answer           | 5
          if(role = 'radiologist', 10, 20)         | 10
          if(tools has 'reporting', 10, gap + 1) + 0 * 1 | NaN
          if(not answered(gap), a, gap)            | 2
          if(a >= 2 and b < 3, 1, 0)               | 0
          """)
  void valueIsWorkedOutByHand(String expression, double expected) {
    OptionalDouble v = value(expression);
    if (Double.isNaN(expected)) {
      assertThat(v).isEmpty();
    } else {
      assertThat(v).isPresent();
      assertThat(v.getAsDouble()).isCloseTo(expected, within(1e-12));
    }
  }

  @ParameterizedTest(name = "{0} has no value")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          gap + 1
          a / zero
          sum(gap, gap)
          mean(gap)
          min(a, gap)
          sqrt(0 - a)
          round(gap, 1)
          tools + 1
          note * 2
          role + 1
          10 ^ 400
          """)
  void unanswerableCalculationHasNoValue(String expression) {
    assertThat(value(expression)).isEmpty();
  }

  @Test
  void referencedItemsIncludeThoseOfConditions() {
    Calculation c = Calculations.parse("sum(a, b) + if(role = 'x' and answered(tools), weight, 0)");

    assertThat(c.referencedItems()).containsExactlyInAnyOrder("a", "b", "weight", "role", "tools");
    assertThat(c.source()).isEqualTo("sum(a, b) + if(role = 'x' and answered(tools), weight, 0)");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          round(weight*10000/height^2,1)       | round(weight * 10000 / height ^ 2, 1)
          ((a + b)) * c                        | (a + b) * c
          a + (b + c)                          | a + (b + c)
          (a + b) + c                          | a + b + c
          a - (b - c)                          | a - (b - c)
          a / (b * c)                          | a / (b * c)
          (a ^ b) ^ c                          | (a ^ b) ^ c
          a ^ (b ^ c)                          | a ^ b ^ c
          (-a) ^ 2                             | (-a) ^ 2
          -(a ^ 2)                             | -a ^ 2
          -(a + b)                             | -(a + b)
          2.50 * a                             | 2.5 * a
          if((x='1'),1,0)                      | if(x = '1', 1, 0)
          if(x = '1' or (y = '2' or z > 3), 1, 0) | if(x = '1' or y = '2' or z > 3, 1, 0)
          if(not (x = '1' and y != '2'), 1, 0) | if(not (x = '1' and y != '2'), 1, 0)
          """)
  void canonicalTextHasMinimalParenthesesAndSingleSpaces(String expression, String canonical) {
    String printed = Calculations.canonical(Calculations.parse(expression));

    assertThat(printed).isEqualTo(canonical);
    assertThat(Calculations.canonical(Calculations.parse(printed))).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0} -> column {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                    | 1  | expected a number, an item id, a function or '(', found the end of the expression
          a +                   | 4  | expected a number, an item id, a function or '(', found the end of the expression
          a b                   | 3  | expected an operator or the end, found 'b'
          (a + b                | 7  | expected ')' to close the '(' at column 1, found the end of the expression
          foo(a)                | 1  | unknown function 'foo'; the functions are round, sum, mean, min, max, abs, sqrt, if
          sqrt(a, b)            | 9  | sqrt takes 1 argument, found 2
          round(a, b)           | 10 | the digits of round must be a whole number, like round(x, 1)
          a = 1                 | 3  | comparisons and option codes belong in a condition: if(condition, value, otherwise)
          .5 * a                | 1  | write numbers with a digit before the point, like 0.5
          a & b                 | 3  | unexpected character '&'
          if(a = 'x')           | 1  | if needs a condition and two values: if(condition, value, otherwise)
          if(a == 'x', 1, 0)    | 6  | write = rather than == to compare
          if(a = 'x', 1)        | 14 | expected ',' between the two values of if, found ')'
          """)
  void syntaxErrorNamesTheColumn(String expression, int column, String problem) {
    assertThatThrownBy(() -> Calculations.parse(expression))
        .isInstanceOfSatisfying(
            ExpressionSyntaxException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CALCULATION_SYNTAX);
              assertThat(e.column()).isEqualTo(column);
              assertThat(e.problem()).isEqualTo(problem);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "TRP-0019 calculation \""
                          + expression
                          + "\" column "
                          + column
                          + ": "
                          + problem);
            });
  }

  @Test
  void absurdNestingIsASyntaxErrorNotAStackOverflow() {
    String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);

    assertThatThrownBy(() -> Calculations.parse(deep))
        .hasMessageContaining("nests deeper than 64 levels");
  }
}
