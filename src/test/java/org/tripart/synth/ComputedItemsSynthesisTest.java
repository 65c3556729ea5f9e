package org.tripart.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.Column;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.SourceLocation;

/** The generator skips notes, computes calculated items and respects option conditions. */
class ComputedItemsSynthesisTest {
  private static final Instrument COMPUTED =
      InstrumentReader.read(
          new StringReader(
              """
              instrument: computed
              group: clinician
              version: 1
              languages: [en]
              title: {en: Computed}
              sections:
                - id: main
                  title: {en: Main}
                  items:
                    - {id: intro, type: note, label: {en: Hello}}
                    - id: mood
                      type: likert
                      label: {en: Mood}
                      required: true
                      options:
                        - {code: low, label: {en: Low}, score: 1}
                        - {code: high, label: {en: High}, score: 5}
                    - {id: years, type: integer, label: {en: Years}, required: true, range: {min: 0, max: 40}}
                    - {id: total, type: calculated, label: {en: Total}, calculate: "mood * 10 + years"}
                    - id: region
                      type: single
                      label: {en: Region}
                      required: true
                      options:
                        - {code: north, label: {en: North}, when: "mood = 'high'"}
                        - {code: south, label: {en: South}}
              """),
          "computed.yaml");

  private static Dataset generate(List<Target> targets) {
    return Synthesizer.generate(
            new SynthesisSpec(COMPUTED, targets, 300, 11, 0, Map.of(), 0, "SYNTHETIC-X-"))
        .dataset();
  }

  @Test
  void generatorComputesCalculatedItemsAndSkipsNotes() {
    Dataset d = generate(List.of());

    assertThat(d.columns().keySet()).containsExactly("mood", "years", "total", "region");
    Column mood = d.column("mood");
    Column years = d.column("years");
    Column total = d.column("total");
    for (int r = 0; r < d.size(); r++) {
      double score = ((Answer.Choice) mood.answer(r)).code().equals("high") ? 5 : 1;
      double expected = score * 10 + ((Answer.Number) years.answer(r)).value();
      assertThat(total.answer(r)).isEqualTo(new Answer.Number(expected));
    }
  }

  @Test
  void optionOutsideItsConditionIsNeverGenerated() {
    Dataset d = generate(List.of());

    int north = 0;
    for (int r = 0; r < d.size(); r++) {
      Answer region = d.column("region").answer(r);
      if (region.equals(new Answer.Choice("north"))) {
        north++;
        assertThat(d.column("mood").answer(r)).isEqualTo(new Answer.Choice("high"));
      }
    }
    assertThat(north).isPositive();
  }

  @Test
  void targetForACalculatedItemIsRefused() {
    Target mean =
        new Target("total", Target.MEAN, 20, 1, null, null, new SourceLocation("t.csv", 2));

    assertThatThrownBy(() -> generate(List.of(mean)))
        .isInstanceOfSatisfying(
            TripartException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TARGET))
        .hasMessageContaining(
            "item 'total' is calculated; its values follow from the items it reads and take no"
                + " target");
  }
}
