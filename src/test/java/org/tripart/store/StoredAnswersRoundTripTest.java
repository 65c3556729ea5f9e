package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.json.AnswersJson;

/**
 * Stored answers read back by {@link StoredDatasets} (the server's analyses, {@code analyze --db})
 * equal what was written through {@link AnswersJson}: numbers to the last bit, text of any script,
 * and rows stored before the codec existed.
 */
class StoredAnswersRoundTripTest {
  private static final Instrument INSTRUMENT =
      InstrumentReader.read(
          new StringReader(
              """
              instrument: exact
              group: exact
              version: 1
              languages: [en]
              title: {en: Exact}
              sections:
                - id: main
                  title: {en: Main}
                  items:
                    - id: role
                      type: single
                      label: {en: Role}
                      options:
                        - {code: nurse, label: {en: Nurse}}
                        - {code: doctor, label: {en: Doctor}}
                    - id: tools
                      type: multiple
                      label: {en: Tools}
                      options:
                        - {code: chatbot, label: {en: Chatbot}}
                        - {code: imaging, label: {en: Imaging}}
                    - id: years
                      type: integer
                      label: {en: Years}
                    - id: share
                      type: decimal
                      label: {en: Share}
                    - id: tiny
                      type: decimal
                      label: {en: Tiny}
                    - id: big
                      type: decimal
                      label: {en: Big}
                    - id: note
                      type: text
                      label: {en: Note}
              """),
          "exact.yaml");

  /**
   * A row as {@code org.tripart.web.Answers.toJson} stored it before the codec (main at f3d92a4),
   * printed by that code.
   */
  private static final String STORED_BEFORE =
      "{\"role\":\"nurse\",\"tools\":[\"chatbot\",\"imaging\"],\"years\":12,\"share\":0.1,"
          + "\"tiny\":1.0E-7,\"big\":9.007199254740993E18,"
          + "\"note\":\"人工智能合作 — Ærø «ok» 🙂 \\\"quoted\\\" back\\\\slash tab\\t\"}";

  private static Dataset read(String... answersJson) {
    Instant at = Instant.parse("2026-12-07T08:00:00Z");
    Stream.Builder<StoredResponse> rows = Stream.builder();
    for (int i = 0; i < answersJson.length; i++) {
      rows.add(
          new StoredResponse(i + 1, "inv-" + i, null, "s", "exact", answersJson[i], 1, at, at, 1));
    }
    return StoredDatasets.build(INSTRUMENT, rows.build());
  }

  private static Map<String, Answer> answers(Dataset data, int row) {
    Map<String, Answer> out = new LinkedHashMap<>();
    data.columns()
        .forEach(
            (id, column) -> {
              if (column.answered(row)) {
                out.put(id, column.answer(row));
              }
            });
    return out;
  }

  @Test
  void aRowStoredBeforeTheCodecReadsBackWithEveryValueAsWritten() {
    Dataset data = read(STORED_BEFORE);

    assertThat(answers(data, 0))
        .containsExactly(
            Map.entry("role", new Answer.Choice("nurse")),
            Map.entry("tools", new Answer.Choices(Set.of("chatbot", "imaging"))),
            Map.entry("years", new Answer.Number(12)),
            Map.entry("share", new Answer.Number(0.1)),
            Map.entry("tiny", new Answer.Number(1e-7)),
            Map.entry("big", new Answer.Number(9.007199254740993E18)),
            Map.entry(
                "note", new Answer.Text("人工智能合作 — Ærø «ok» 🙂 \"quoted\" back\\slash tab\t")));
    assertThat(AnswersJson.write(answers(data, 0))).isEqualTo(STORED_BEFORE);
  }

  @Test
  void numbersWrittenByTheCodecReadBackToTheSameDouble() {
    double[] values = {0.1, 1e-7, 1.0 / 3, 123456789012345.0, 1e15, 1e20, Double.MIN_VALUE, -2.5};
    String[] rows = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      rows[i] =
          AnswersJson.write(
              Map.of("share", new Answer.Number(values[i]), "note", new Answer.Text("第" + i)));
    }

    Dataset data = read(rows);

    for (int i = 0; i < values.length; i++) {
      assertThat(answers(data, i))
          .as(rows[i])
          .containsEntry("share", new Answer.Number(values[i]))
          .containsEntry("note", new Answer.Text("第" + i));
    }
  }
}
