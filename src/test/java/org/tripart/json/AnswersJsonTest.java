package org.tripart.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tripart.ErrorCode;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Partner;

/** The stored answers' JSON: the form written, numbers and text read back exactly, strictness. */
class AnswersJsonTest {
  /**
   * What {@code org.tripart.web.Answers.toJson} wrote for {@link #everyKind()} before the codec
   * (main at f3d92a4), printed by that code: every stored response has this form.
   */
  static final String WRITTEN_BEFORE =
      "{\"role\":\"nurse\",\"tools\":[\"chatbot\",\"imaging\"],\"years\":12,\"share\":0.1,\"tiny\":1.0E-7,\"big\":123456789012345,\"huge\":1.0E15,\"vast\":9.007199254740993E18,\"neg\":-2.5,\"third\":0.3333333333333333,\"note\":\"人工智能合作 — Ærø «ok» 🙂 \\\"quoted\\\" back\\\\slash tab\\t\",\"partners\":[{\"id\":\"H0001\",\"kind\":[\"data_sharing\"]},{\"other\":\"Acme AI Ltd\"}]}";

  static Map<String, Answer> everyKind() {
    Map<String, Answer> m = new LinkedHashMap<>();
    m.put("role", new Answer.Choice("nurse"));
    m.put("tools", new Answer.Choices(Set.of("imaging", "chatbot")));
    m.put("years", new Answer.Number(12));
    m.put("share", new Answer.Number(0.1));
    m.put("tiny", new Answer.Number(1e-7));
    m.put("big", new Answer.Number(123456789012345.0));
    m.put("huge", new Answer.Number(1e15));
    m.put("vast", new Answer.Number(9.007199254740993E18));
    m.put("neg", new Answer.Number(-2.5));
    m.put("third", new Answer.Number(1.0 / 3));
    m.put("note", new Answer.Text(NOTE));
    m.put(
        "partners",
        new Answer.Partners(
            List.of(
                new Partner(
                    "H0001", null, Map.of("kind", new Answer.Choices(Set.of("data_sharing")))),
                new Partner(null, "Acme AI Ltd", Map.of()))));
    return m;
  }

  private static final String NOTE = "人工智能合作 — Ærø «ok» 🙂 \"quoted\" back\\slash tab\t";

  @Test
  void theStoredFormIsTheOneWrittenBeforeByteForByte() {
    assertThat(AnswersJson.write(everyKind())).isEqualTo(WRITTEN_BEFORE);
  }

  @Test
  void aRowWrittenBeforeReadsBackWithEveryValueExact() {
    Map<String, Object> raw = AnswersJson.read(WRITTEN_BEFORE);

    assertThat(raw.keySet())
        .containsExactly(
            "role",
            "tools",
            "years",
            "share",
            "tiny",
            "big",
            "huge",
            "vast",
            "neg",
            "third",
            "note",
            "partners");
    assertThat(raw.get("role")).isEqualTo("nurse");
    assertThat(raw.get("tools")).isEqualTo(List.of("chatbot", "imaging"));
    assertThat(raw.get("years")).isEqualTo(12);
    assertThat(raw.get("share")).isEqualTo(new BigDecimal("0.1"));
    assertThat(raw.get("tiny")).isEqualTo(new BigDecimal("1.0E-7"));
    assertThat(raw.get("big")).isEqualTo(123456789012345L);
    assertThat(raw.get("vast")).isEqualTo(new BigDecimal("9.007199254740993E18"));
    assertThat(raw.get("note")).isEqualTo(NOTE);
    assertThat(raw.get("partners"))
        .isEqualTo(
            List.of(
                Map.of("id", "H0001", "kind", List.of("data_sharing")),
                Map.of("other", "Acme AI Ltd")));
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {
        0.1,
        1e-7,
        -2.5,
        1.0 / 3,
        12,
        123456789012345.0,
        999999999999999.0,
        1e15,
        1e20,
        2.5e-300,
        Double.MIN_VALUE,
        Double.MAX_VALUE,
        9.007199254740993E15,
        -123456789.125
      })
  void aNumberReadsBackAsTheSameDouble(double value) {
    String json = AnswersJson.write(Map.of("n", new Answer.Number(value)));

    Object back = AnswersJson.read(json).get("n");

    assertThat(back).isInstanceOf(Number.class);
    assertThat(((Number) back).doubleValue()).as(json).isEqualTo(value);
    assertThat(AnswersJson.write(Map.of("n", new Answer.Number(((Number) back).doubleValue()))))
        .isEqualTo(json);
  }

  @Test
  void numbersOfASubmissionAreReadExactlyAsWritten() {
    Map<String, Object> raw =
        AnswersJson.read(
            "{\"a\":0.1,\"b\":1e-7,\"c\":1.50,\"d\":12345678901234567890123,\"e\":-0,"
                + "\"f\":9007199254740993}");

    assertThat(raw.get("a")).isEqualTo(new BigDecimal("0.1"));
    assertThat(raw.get("b")).isEqualTo(new BigDecimal("1e-7"));
    assertThat(raw.get("c")).isEqualTo(new BigDecimal("1.50"));
    assertThat(raw.get("d")).isEqualTo(new BigInteger("12345678901234567890123"));
    assertThat(raw.get("e")).isEqualTo(0);
    assertThat(raw.get("f")).isEqualTo(9007199254740993L);
  }

  @Test
  void textOfEveryScriptAndEscapeReadsBackAsWritten() {
    String text = "人工智能合作 ÆØÅ ñ ü 🙂 \u0000\u001f \"\\ / \n\r\t \u2028\u2029 \uFEFF";
    String json = AnswersJson.write(Map.of("note", new Answer.Text(text)));

    assertThat(AnswersJson.read(json).get("note")).isEqualTo(text);
  }

  @Test
  void aKeyGivenTwiceIsRefusedNamingTheKeyAndItsPlace() {
    assertThatThrownBy(() -> AnswersJson.read("{\"role\":\"nurse\",\n \"role\":\"doctor\"}"))
        .isInstanceOfSatisfying(
            JsonInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.JSON_DUPLICATE_KEY);
              assertThat(e.duplicateKey()).isEqualTo("role");
              assertThat(e.where()).startsWith("line 2, column ");
            })
        .hasMessageStartingWith("TRP-1841 line 2, column ")
        .hasMessageContaining("the key 'role' is given twice");
  }

  @Test
  void aKeyGivenTwiceInsideAPartnerIsRefusedToo() {
    assertThatThrownBy(() -> AnswersJson.read("{\"partners\":[{\"id\":\"H1\",\"id\":\"H2\"}]}"))
        .isInstanceOfSatisfying(
            JsonInputException.class, e -> assertThat(e.duplicateKey()).isEqualTo("id"));
  }

  @Test
  void textAfterTheObjectIsRefused() {
    assertThatThrownBy(() -> AnswersJson.read("{\"role\":\"nurse\"} {}"))
        .isInstanceOfSatisfying(
            JsonInputException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.JSON_MALFORMED));
  }

  @Test
  void aValueThatIsNotAnObjectIsRefusedAsSuch() {
    for (String json : List.of("[1, 2]", "\"text\"", "3", "null", "  ")) {
      assertThatThrownBy(() -> AnswersJson.read(json))
          .as(json)
          .isInstanceOfSatisfying(
              JsonInputException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.JSON_NOT_AN_OBJECT));
    }
  }

  @Test
  void nestingIsBoundedAtItsLimit() {
    String inside =
        "[".repeat(StrictJson.MAX_NESTING_DEPTH - 1) + "]".repeat(StrictJson.MAX_NESTING_DEPTH - 1);
    String over =
        "[".repeat(StrictJson.MAX_NESTING_DEPTH) + "]".repeat(StrictJson.MAX_NESTING_DEPTH);

    assertThat(AnswersJson.read("{\"a\":" + inside + "}")).containsKey("a");
    assertThatThrownBy(() -> AnswersJson.read("{\"a\":" + over + "}"))
        .isInstanceOfSatisfying(
            JsonInputException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.JSON_OVER_LIMIT))
        .hasMessageContaining(String.valueOf(StrictJson.MAX_NESTING_DEPTH));
  }

  @Test
  void aStringIsBoundedAtItsLimit() {
    String longest = "x".repeat(StrictJson.MAX_STRING_LENGTH);

    assertThat(AnswersJson.read("{\"a\":\"" + longest + "\"}").get("a")).isEqualTo(longest);
    assertThatThrownBy(() -> AnswersJson.read("{\"a\":\"" + longest + "x\"}"))
        .isInstanceOfSatisfying(
            JsonInputException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.JSON_OVER_LIMIT));
  }

  @Test
  void aNumberNoDecimalCanHoldIsRefusedNamingItsItem() {
    assertThatThrownBy(() -> AnswersJson.read("{\"years\": 1, \"share\": 1E-92345678901234567890}"))
        .isInstanceOfSatisfying(
            JsonInputException.class, e -> assertThat(e.where()).isEqualTo("item 'share'"));
  }
}
