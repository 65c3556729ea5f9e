package org.tripart.interop.redcap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tripart.instrument.Instrument;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.InstrumentImport;

/** REDCap branching logic and calc formulas translated into Tripart's languages. */
class BranchingLogicTest {
  private static final String FIELDS =
      "r,f,,radio,R,\"1, One | 2, Two | -1, Minus one | 777, Refused\",,,,,,,,,,,,\n"
          + "cb,f,,checkbox,CB,\"1, One | 2, Two | A, Letter\",,,,,,,,,,,,\n"
          + "n,f,,text,N,,,integer,,,,,,,,,,\n"
          + "m,f,,text,M,,,number,,,,,,,,,,\n"
          + "t,f,,text,T,,,,,,,,,,,,,\n"
          + "yn,f,,yesno,YN,,,,,,,,,,,,,\n"
          + "in,f,,radio,In,\"1, a | 2, b\",,,,,,,,,,,,\n";

  private static InstrumentImport withLogic(String logic) {
    String quoted = "\"" + logic.replace("\"", "\"\"") + "\"";
    return Fixtures.dictionary(
        FIELDS + "x,f,,text,X,,,,,,," + quoted + ",,,,,,\nlater,f,,text,L,,,,,,,,,,,,,\n");
  }

  private static String translated(String logic) {
    return Fixtures.when(withLogic(logic).instrument(), "x");
  }

  @Test
  void codedComparisonsBecomeCodeComparisons() {
    assertThat(translated("[r] = '1'")).isEqualTo("r = '1'");
    assertThat(translated("[r] = \"2\"")).isEqualTo("r = '2'");
    assertThat(translated("[r] <> '2'")).isEqualTo("not r = '2'");
    assertThat(translated("[r] != '2'")).isEqualTo("not r = '2'");
    assertThat(translated("[r] = '-1'")).isEqualTo("r = 'm1'");
    assertThat(translated("[yn] = '1'")).isEqualTo("yn = 'yes'");
    // numeric order over the codes 1, 2, -1, 777: those >= 2 are 2 and 777
    assertThat(translated("[r] >= 2")).isEqualTo("r in ('2', '777')");
  }

  @Test
  void checkboxTestsBecomeHas() {
    assertThat(translated("[cb(1)] = '1'")).isEqualTo("cb has '1'");
    assertThat(translated("[cb(2)] = '0'")).isEqualTo("not cb has '2'");
    assertThat(translated("[cb(A)] = \"1\"")).isEqualTo("cb has 'a'");
    assertThat(translated("[cb(a)] <> '1'")).isEqualTo("not cb has 'a'");
  }

  @Test
  void numericItemsCompareAsNumbers() {
    assertThat(translated("[n] = '3'")).isEqualTo("n = 3");
    assertThat(translated("[n] > 5 and ([m] <= 10.5 or [r] = '1')"))
        .isEqualTo("n > 5 and (m <= 10.5 or r = '1')");
    assertThat(translated("[m] < .5 OR [n] >= -2")).isEqualTo("m < 0.5 or n >= -2");
    assertThat(translated("[n] <> 4")).isEqualTo("not n = 4");
  }

  @Test
  void blankComparisonsBecomeAnswered() {
    assertThat(translated("[t] <> ''")).isEqualTo("answered(t)");
    assertThat(translated("[t] = \"\"")).isEqualTo("not answered(t)");
  }

  @Test
  void fieldNamedLikeASkipLogicWordIsRenamed() {
    InstrumentImport imported = withLogic("[in] = '2'");
    assertThat(imported.instrument().hasItem("in_item")).isTrue();
    assertThat(Fixtures.when(imported.instrument(), "x")).isEqualTo("in_item = '2'");
    assertThat(imported.notes())
        .extracting(ConversionNote::line)
        .contains("test.csv:8 field in: renamed to in_item (a word of Tripart's skip logic)");
  }

  @Test
  void untranslatableLogicIsNotedAndLeftOut() {
    String[][] cases = {
      {"[later] = '1'", "not an earlier field"},
      {"[event_1_arm_1][r] = '1'", "refers to another event"},
      {"[user-role] = 'admin'", "smart variable"},
      {"datediff([t], 'today', 'd') > 5", "function datediff() is not translated"},
      {"[t] = 'abc'", "compares the text of [t]"},
      {"[nope] = '1'", "field [nope] is not in the dictionary"},
      {"[r] = '9'", "'9' is not a choice code of [r]"},
    };
    for (String[] c : cases) {
      InstrumentImport imported = withLogic(c[0]);
      assertThat(Fixtures.when(imported.instrument(), "x")).as(c[0]).isNull();
      assertThat(imported.notes())
          .extracting(ConversionNote::message)
          .as(c[0])
          .anyMatch(
              m ->
                  m.startsWith("branching logic \"" + c[0] + "\" not translated")
                      && m.contains(c[1])
                      && m.endsWith("the item always applies"));
    }
  }

  private static Instrument withCalc(String formula) {
    return Fixtures.dictionary(
            FIELDS + "c,f,,calc,C,\"" + formula.replace("\"", "\"\"") + "\",,,,,,,,,,,,\n")
        .instrument();
  }

  @Test
  void calculationsAreTranslated() {
    assertThat(withCalc("sum([n],[m])").item("c").calculation().referencedItems())
        .containsExactlyInAnyOrder("n", "m");
    assertThat(withCalc("if([yn] = '1', [n]^2, 0)").item("c").calculation().source())
        .isEqualTo("if(yn = 'yes', n ^ 2, 0)");
    assertThat(withCalc("[cb(1)] + [cb(a)]").item("c").calculation().source())
        .isEqualTo("if(cb has '1', 1, 0) + if(cb has 'a', 1, 0)");
    assertThat(withCalc("round([m]/3, 2)").item("c").calculation().source())
        .isEqualTo("round(m / 3, 2)");
  }

  @Test
  void untranslatableCalculationIsKeptAsADecimalWithANote() {
    InstrumentImport imported =
        Fixtures.dictionary(FIELDS + "c,f,,calc,C,\"roundup([m], 1)\",,,,,,,,,,,,\n");
    assertThat(imported.instrument().item("c").type().fileName()).isEqualTo("decimal");
    assertThat(imported.notes())
        .extracting(ConversionNote::line)
        .contains(
            "test.csv:9 field c: calculation \"roundup([m], 1)\" not translated (function"
                + " roundup() has no equivalent in Tripart calculations); kept as a decimal item"
                + " holding REDCap's stored values");
  }
}
