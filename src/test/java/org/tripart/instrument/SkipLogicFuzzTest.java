package org.tripart.instrument;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tripart.FuzzContract;

/**
 * Fuzzes skip logic: the input is the {@code when:} of the last item of a small instrument, read
 * through {@link InstrumentReader} (parser, checker and their TRP- messages) and, when accepted,
 * evaluated against a respondent's answers.
 */
class SkipLogicFuzzTest {
  private static final String HEAD =
      """
      instrument: fuzz
      group: staff
      version: 1
      languages: [en]
      title: {en: Fuzz}
      sections:
        - id: main
          title: {en: Main}
          items:
            - id: tier
              type: single
              label: {en: Tier}
              options:
                - {code: secondary, label: {en: Secondary}}
                - {code: tertiary, label: {en: Tertiary}}
            - id: tools
              type: multiple
              label: {en: Tools}
              options:
                - {code: ct, label: {en: CT}}
                - {code: none, label: {en: None}, exclusive: true}
            - id: years
              type: integer
              label: {en: Years}
              range: {min: 0, max: 50}
            - id: note
              type: text
              label: {en: Note}
              when: "\
      """;

  private static final String TAIL = "\"\n";

  private static final AnswerLookup ANSWERS =
      Map.<String, Answer>of(
              "tier", new Answer.Choice("tertiary"),
              "tools", new Answer.Choices(Set.of("ct")),
              "years", new Answer.Number(7))
          ::get;

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyConditionIsParsedOrRefused(byte[] data) {
    String yaml = HEAD + quoted(FuzzContract.text(data)) + TAIL;
    FuzzContract.holds(
        () -> {
          Instrument instrument = InstrumentReader.read(new StringReader(yaml), "fuzz.yaml");
          for (Item item : instrument.items()) {
            item.condition().ifPresent(c -> c.test(ANSWERS));
            item.condition().ifPresent(c -> c.test(id -> null));
          }
        });
  }

  @Test
  void aDigitOutsideAsciiIsReportedWithItsColumn() {
    // Found while fuzzing: '\u0663' (ARABIC-INDIC DIGIT THREE) passed Character.isDigit, became a
    // number token and made Double.parseDouble throw a NumberFormatException.
    assertThatThrownBy(() -> read("years > \u0663"))
        .isInstanceOf(InvalidInstrumentException.class)
        .hasMessageStartingWith("TRP-")
        .hasMessageContaining("fuzz.yaml:29 item note")
        .hasMessageContaining("column 9: unexpected character '\u0663'");
  }

  private static Instrument read(String condition) {
    return InstrumentReader.read(new StringReader(HEAD + quoted(condition) + TAIL), "fuzz.yaml");
  }

  /** The expression as the inside of a YAML double-quoted scalar, so YAML gives it back whole. */
  private static String quoted(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
              } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xfeff) {
                b.append(String.format("\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.toString();
  }
}
