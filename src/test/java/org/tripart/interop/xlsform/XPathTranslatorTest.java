package org.tripart.interop.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.instrument.ItemType;
import org.tripart.interop.xlsform.XPath.Untranslatable;

class XPathTranslatorTest {
  private static final Map<String, XPathTranslator.Target> ITEMS =
      Map.of(
          "sex",
          new XPathTranslator.Target(
              "sex", ItemType.SINGLE, Map.of("male", List.of("male"), "female", List.of("female"))),
          "age",
          new XPathTranslator.Target("age", ItemType.INTEGER, Map.of()),
          "name",
          new XPathTranslator.Target("name", ItemType.TEXT, Map.of()),
          "sym",
          new XPathTranslator.Target(
              "sym",
              ItemType.MULTIPLE,
              Map.of("cough", List.of("cough"), "fever", List.of("fever"))));

  private final XPathTranslator translator =
      new XPathTranslator(
          n -> {
            if (!ITEMS.containsKey(n)) {
              throw new Untranslatable("no " + n);
            }
            return ITEMS.get(n);
          });

  private String cond(String xpath) throws Untranslatable {
    return translator.condition(xpath).text();
  }

  @Test
  void comparisonsBecomeSkipLogic() throws Untranslatable {
    assertThat(cond("${sex}='female'")).isEqualTo("sex = 'female'");
    assertThat(cond("${sex} != 'male'")).isEqualTo("sex != 'male'");
    assertThat(cond("18 <= ${age}")).isEqualTo("age >= 18");
    assertThat(cond("${age} > '5'")).isEqualTo("age > 5");
  }

  @Test
  void selectedDependsOnTheQuestionType() throws Untranslatable {
    assertThat(cond("selected(${sex}, 'male')")).isEqualTo("sex = 'male'");
    assertThat(cond("selected(${sym}, 'cough')")).isEqualTo("sym has 'cough'");
  }

  @Test
  void booleanStructureAndConstantsAreKept() throws Untranslatable {
    assertThat(cond("not(${sex} = 'male' or ${age} < 5) and true()"))
        .isEqualTo("not (sex = 'male' or age < 5)");
    assertThat(translator.condition("true()").constant()).isTrue();
    assertThat(cond("${age} > 1 or false()")).isEqualTo("age > 1");
  }

  @Test
  void answeredTestsBecomeAnswered() throws Untranslatable {
    assertThat(cond("string-length(${name}) > 0")).isEqualTo("answered(name)");
    assertThat(cond("${name} != ''")).isEqualTo("answered(name)");
    assertThat(cond("${name} = ''")).isEqualTo("not answered(name)");
  }

  @Test
  void whatTripartCannotSayIsRefusedWithTheReason() {
    assertThatThrownBy(() -> cond("regex(${name}, '[a-z]+')")).hasMessageContaining("regex()");
    assertThatThrownBy(() -> cond("count-selected(${sym}) > 1"))
        .hasMessageContaining("does not compare");
    assertThatThrownBy(() -> cond("${name} = 'Bob'")).hasMessageContaining("text question");
    assertThatThrownBy(() -> cond("${sex} = 'other'")).hasMessageContaining("not a choice");
    assertThatThrownBy(() -> cond("${later} = 'x'")).hasMessageContaining("no later");
  }

  @Test
  void arithmeticBecomesACalculation() throws Untranslatable {
    assertThat(translator.calculation("${age} * 12 + 1")).isEqualTo("(age * 12) + 1");
    assertThat(translator.calculation("round(${age} div 7, 1)")).isEqualTo("round(age / 7, 1)");
    assertThat(translator.calculation("if(${sex} = 'female', 1, 0)"))
        .isEqualTo("if(sex = 'female', 1, 0)");
    assertThatThrownBy(() -> translator.calculation("coalesce(${age}, 0)"))
        .hasMessageContaining("coalesce()");
    assertThatThrownBy(() -> translator.calculation("${name} + 1"))
        .hasMessageContaining("not a number");
  }
}
