package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.web.dashboard.ViewerMasks;

/** The provenance note of answers validated against other versions than the one analysed. */
class StoredDatasetsTest {
  private static final Instrument V2 =
      InstrumentReader.read(
          new StringReader(
              """
              instrument: tiny
              group: tiny
              version: 2
              languages: [en]
              title: {en: Tiny}
              sections:
                - id: main
                  title: {en: Main}
                  items:
                    - id: uses_ai
                      type: yesno
                      label: {en: Uses AI}
              """),
          "tiny.yaml");

  private static Dataset build(String idPrefix, Integer... versions) {
    List<StoredResponse> responses = new ArrayList<>();
    Instant at = Instant.parse("2025-05-01T08:00:00Z");
    for (int i = 0; i < versions.length; i++) {
      responses.add(
          new StoredResponse(
              i + 1,
              idPrefix + i,
              null,
              "national_ai",
              "tiny",
              "{\"uses_ai\":\"yes\"}",
              1,
              at,
              at,
              versions[i]));
    }
    return StoredDatasets.build(V2, responses.stream());
  }

  @Test
  void answersUnderTwoVersionsAreNotedWithTheCountOfEachAndTheVersionAnalysed() {
    Dataset data = build("inv-", 1, 2, 1, 2, 2);

    assertThat(data.size()).isEqualTo(5);
    assertThat(data.provenance())
        .isEqualTo(
            "5 responses collected with Tripart; answers from instrument v1 (n=2) and v2 (n=3),"
                + " analysed under v2");
  }

  @Test
  void unrecordedVersionsAreCountedLastAmongSeveral() {
    Dataset data = build("inv-", 3, null, 1, null);

    assertThat(data.provenance())
        .isEqualTo(
            "4 responses collected with Tripart; answers from instrument v1 (n=1), v3 (n=1) and"
                + " unrecorded (n=2), analysed under v2");
  }

  @Test
  void answersAllUnderAnOlderVersionAreNotedToo() {
    assertThat(build("inv-", 1, 1).provenance())
        .isEqualTo(
            "2 responses collected with Tripart; answers from instrument v1 (n=2),"
                + " analysed under v2");
  }

  @Test
  void answersAllUnderTheAnalysedVersionOrAllUnrecordedGetNoNote() {
    assertThat(build("inv-", 2, 2).provenance()).isEqualTo("2 responses collected with Tripart");
    assertThat(build("inv-", null, null, null).provenance())
        .isEqualTo("3 responses collected with Tripart");
    assertThat(StoredDatasets.build(V2, Stream.empty()).provenance())
        .isEqualTo("0 responses collected with Tripart");
  }

  @Test
  void syntheticResponsesKeepTheirMarkAndGetTheNote() {
    assertThat(build("SYNTHETIC-tiny-", 1, 2).provenance())
        .isEqualTo(
            "SYNTHETIC demonstration responses (2 synthetic, 0 collected) stored in Tripart;"
                + " answers from instrument v1 (n=1) and v2 (n=1), analysed under v2");
  }

  @Test
  void aViewerOfASmallGroupSeesTheVersionsButNotTheirCounts() {
    String note = build("inv-", 1, 2, 2, 12).provenance();

    assertThat(ViewerMasks.withoutCounts(note))
        .isEqualTo(
            "– responses collected with Tripart; answers from instrument v1 (n=–), v2 (n=–) and"
                + " v12 (n=–), analysed under v2");
  }

  @Test
  void calculatedValuesStoredWithTheAnswersAreANumericColumnAndNotesHaveNone() {
    Instrument computed =
        InstrumentReader.read(
            new StringReader(
                """
                instrument: computed
                group: tiny
                version: 1
                languages: [en]
                title: {en: Computed}
                sections:
                  - id: main
                    title: {en: Main}
                    items:
                      - {id: intro, type: note, label: {en: Hello}}
                      - {id: a, type: integer, label: {en: A}}
                      - {id: total, type: calculated, label: {en: Total}, calculate: "a * 2"}
                """),
            "computed.yaml");
    Instant at = Instant.parse("2025-05-01T08:00:00Z");
    StoredResponse stored =
        new StoredResponse(
            1, "inv-1", null, "national_ai", "tiny", "{\"a\":3,\"total\":6}", 1, at, at, 1);

    Dataset d = StoredDatasets.build(computed, Stream.of(stored));

    assertThat(d.columns().keySet()).containsExactly("a", "total");
    assertThat(d.column("total").answer(0)).isEqualTo(new org.tripart.instrument.Answer.Number(6));
  }
}
