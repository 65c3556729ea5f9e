package org.tripart.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Partner;

/** The streamed stored form of {@link AnswersJson#written} against the object tree's. */
class WrittenAnswersTest {
  @Test
  void theStreamedFormIsTheStoredFormByteForByte() {
    WrittenAnswers w = AnswersJson.written(AnswersJsonTest.everyKind());

    assertThat(w.json()).isEqualTo(AnswersJsonTest.WRITTEN_BEFORE);
    assertThat(w.json()).isEqualTo(AnswersJson.treeWritten(AnswersJsonTest.everyKind()));
  }

  @Test
  void aTieNamedLikeThePartnerKeyIsWrittenOnceAsTheTreeDoes() {
    Map<String, Answer> ties = new LinkedHashMap<>();
    ties.put("since", new Answer.Number(2019));
    ties.put("id", new Answer.Text("tie value"));
    Map<String, Answer> answers =
        Map.of("partners", new Answer.Partners(List.of(new Partner("H0001", null, ties))));

    String json = AnswersJson.written(answers).json();

    assertThat(json).isEqualTo(AnswersJson.treeWritten(answers));
    assertThat(json).isEqualTo("{\"partners\":[{\"id\":\"tie value\",\"since\":2019}]}");
  }

  @Test
  void randomAnswersStreamAsTheTreeWritesThem() {
    Random random = new Random(20261207L);
    for (int n = 0; n < 2_000; n++) {
      Map<String, Answer> answers = new LinkedHashMap<>();
      int items = 1 + random.nextInt(12);
      for (int i = 0; i < items; i++) {
        answers.put("q" + i + text(random, 3), answer(random, 2));
      }

      assertThat(AnswersJson.written(answers).json())
          .isEqualTo(AnswersJson.treeWritten(answers))
          .isEqualTo(AnswersJson.write(answers));
    }
  }

  private static Answer answer(Random random, int depth) {
    switch (random.nextInt(depth > 0 ? 5 : 4)) {
      case 0:
        return new Answer.Choice(text(random, 6));
      case 1:
        Set<String> codes = new LinkedHashSet<>();
        for (int c = random.nextInt(4); c >= 0; c--) {
          codes.add(text(random, 5));
        }
        return new Answer.Choices(codes);
      case 2:
        return new Answer.Number(number(random));
      case 3:
        return new Answer.Text(text(random, 20));
      default:
        List<Partner> partners = new java.util.ArrayList<>();
        for (int p = random.nextInt(4); p >= 0; p--) {
          Map<String, Answer> ties = new LinkedHashMap<>();
          for (int t = random.nextInt(3); t > 0; t--) {
            ties.put("tie" + t, answer(random, 0));
          }
          partners.add(
              random.nextBoolean()
                  ? new Partner("H" + random.nextInt(10_000), null, ties)
                  : new Partner(null, text(random, 12), ties));
        }
        return new Answer.Partners(partners);
    }
  }

  private static double number(Random random) {
    switch (random.nextInt(5)) {
      case 0:
        return random.nextInt(2_000_000) - 1_000_000;
      case 1:
        return random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
      case 2:
        return -random.nextDouble();
      case 3:
        return Math.rint(random.nextDouble() * 1e18);
      default:
        return random.nextLong() / 1e3;
    }
  }

  private static String text(Random random, int max) {
    String alphabet = "abcXYZ09 _-\"\\/\t\n\u0001\u007f\u00e6\u4eba\u2014";
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      if (random.nextInt(20) == 0) {
        b.appendCodePoint(0x1F642);
      } else {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
    }
    return b.toString();
  }
}
