package org.tripart.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link AnswersJson#read}, read token by token, against the mapper's reading of the same text. */
class StreamedReadTest {
  @Test
  void randomObjectsReadAsTheMapperReadsThemWithTheSameTypes() {
    Random random = new Random(7L);
    for (int n = 0; n < 3_000; n++) {
      String json = object(random, 3);

      Map<String, Object> read = AnswersJson.read(json);

      assertThat(read).isEqualTo(AnswersJson.mapped(json));
      assertSameTypes(read, AnswersJson.mapped(json));
    }
  }

  @Test
  void theStoredFormReadsAsTheMapperReadsIt() {
    String json = AnswersJsonTest.WRITTEN_BEFORE;

    assertThat(AnswersJson.read(json)).isEqualTo(AnswersJson.mapped(json));
    assertSameTypes(AnswersJson.read(json), AnswersJson.mapped(json));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":1,\"a\":2}",
        "{\"a\":{\"b\":1,\"b\":1}}",
        "{\"a\":1} {}",
        "{\"a\":1}x",
        "{\"a\":1",
        "{\"a\":[1,2}",
        "{\"a\":tru}",
        "{\"a\":NaN}",
        "{\"a\":1E-92345678901234567890}",
        "{a:1}",
        "{\"a\":1,}",
        "{\"a\":\"\\x\"}",
        "  {\"a\":01}",
        "[1]",
        "\"x\"",
        "",
        "{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"
      })
  void aFaultIsReportedAsTheMapperReportsIt(String json) {
    JsonInputException streamed =
        catchThrowableOfType(JsonInputException.class, () -> AnswersJson.read(json));
    JsonInputException mapped =
        catchThrowableOfType(JsonInputException.class, () -> AnswersJson.mapped(json));

    assertThat(streamed).isNotNull();
    assertThat(streamed.code()).isEqualTo(mapped.code());
    assertThat(streamed.where()).isEqualTo(mapped.where());
    assertThat(streamed.problem()).isEqualTo(mapped.problem());
    assertThat(streamed.duplicateKey()).isEqualTo(mapped.duplicateKey());
  }

  private static void assertSameTypes(Object a, Object b) {
    if (a == null || b == null) {
      assertThat(a).isNull();
      assertThat(b).isNull();
      return;
    }
    assertThat(a.getClass()).isEqualTo(b.getClass());
    if (a instanceof Map<?, ?> m) {
      assertThat(List.copyOf(m.keySet())).isEqualTo(List.copyOf(((Map<?, ?>) b).keySet()));
      for (Object k : m.keySet()) {
        assertSameTypes(m.get(k), ((Map<?, ?>) b).get(k));
      }
    } else if (a instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        assertSameTypes(l.get(i), ((List<?>) b).get(i));
      }
    }
  }

  private static String object(Random random, int depth) {
    StringBuilder b = new StringBuilder(random.nextBoolean() ? "{" : " \n{ ");
    int fields = random.nextInt(depth == 3 ? 10 : 4);
    for (int i = 0; i < fields; i++) {
      if (i > 0) {
        b.append(random.nextBoolean() ? "," : " ,\t");
      }
      b.append('"').append("k").append(i).append(text(random)).append("\":");
      b.append(value(random, depth));
    }
    return b.append(random.nextBoolean() ? "}" : " }\n").toString();
  }

  private static String value(Random random, int depth) {
    switch (random.nextInt(depth > 0 ? 11 : 9)) {
      case 0:
        return '"' + text(random) + '"';
      case 1:
        return Integer.toString(random.nextInt());
      case 2:
        return Long.toString(random.nextLong());
      case 3:
        return "123456789012345678901234567890";
      case 4:
        return random.nextBoolean() ? "1.50" : "-0.0";
      case 5:
        return random.nextInt(100_000)
            + "."
            + random.nextInt(1_000)
            + "e"
            + (random.nextInt(40) - 20);
      case 6:
        return random.nextBoolean() ? "true" : "false";
      case 7:
        return "null";
      case 8:
        return random.nextBoolean() ? "-0" : "0.1";
      case 9:
        {
          StringBuilder b = new StringBuilder("[");
          for (int i = random.nextInt(4); i > 0; i--) {
            b.append(value(random, depth - 1)).append(i > 1 ? "," : "");
          }
          return b.append(']').toString();
        }
      default:
        return object(random, depth - 1);
    }
  }

  private static String text(Random random) {
    String[] parts = {
      "a", "Z", "9", " ", "\\\"", "\\\\", "\\n", "\\u00e6", "\u4eba", "\\ud83d\\ude42"
    };
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(5); i > 0; i--) {
      b.append(parts[random.nextInt(parts.length)]);
    }
    return b.toString();
  }
}
