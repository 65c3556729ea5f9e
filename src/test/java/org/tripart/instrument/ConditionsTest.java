package org.tripart.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tripart.ErrorCode;

class ConditionsTest {
  @Test
  void parsedConditionTestsAnswersWithoutAnInstrument() {
    Condition c = Conditions.parse("province = '11' and not answered(hospital)");

    assertThat(c.test(Map.of("province", (Answer) new Answer.Choice("11"))::get)).isTrue();
    assertThat(c.test(Map.of("province", (Answer) new Answer.Choice("12"))::get)).isFalse();
    assertThat(c.source()).isEqualTo("province = '11' and not answered(hospital)");
    assertThat(c.referencedItems()).containsExactly("province", "hospital");
  }

  @Test
  void syntaxErrorCarriesTheColumn() {
    assertThatThrownBy(() -> Conditions.parse("x = "))
        .isInstanceOfSatisfying(
            ExpressionSyntaxException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.SKIP_LOGIC_SYNTAX);
              assertThat(e.column()).isEqualTo(5);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "TRP-0009 skip logic \"x = \" column 5: expected an option code in quotes");
            });
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a='x'                                  | a = 'x'
          a!='x'                                 | a != 'x'
          ((a = 'x'))                            | a = 'x'
          a in('x','y')                          | a in ('x', 'y')
          t has'c'                               | t has 'c'
          n>=10                                  | n >= 10
          n = 2.50                               | n = 2.5
          n > -0.00001                           | n > -0.00001
          answered( q )                          | answered(q)
          a = 'x' or (b = 'y' or c = 'z')        | a = 'x' or b = 'y' or c = 'z'
          (a = 'x' and b = 'y') or c = 'z'       | a = 'x' and b = 'y' or c = 'z'
          a = 'x' and (b = 'y' or c = 'z')       | a = 'x' and (b = 'y' or c = 'z')
          not (a = 'x')                          | not a = 'x'
          not (a = 'x' or b = 'y')               | not (a = 'x' or b = 'y')
          not not a = 'x'                        | not not a = 'x'
          """)
  void canonicalTextHasMinimalParenthesesAndSingleSpaces(String expression, String canonical) {
    String printed = Conditions.canonical(Conditions.parse(expression));

    assertThat(printed).isEqualTo(canonical);
    assertThat(Conditions.canonical(Conditions.parse(printed))).isEqualTo(canonical);
  }

  @Test
  void conditionMadeElsewhereIsPrintedFromItsSource() {
    Condition foreign =
        new Condition() {
          @Override
          public boolean test(AnswerLookup answers) {
            return true;
          }

          @Override
          public String source() {
            return "a='x'";
          }

          @Override
          public java.util.Set<String> referencedItems() {
            return java.util.Set.of("a");
          }
        };

    assertThat(Conditions.canonical(foreign)).isEqualTo("a = 'x'");
  }
}
