package org.tripart.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.stats.NumericSummary;

/** Calculated items are summarised as numbers on the dashboard; notes have no row. */
class ScoreTableTest {
  private static final Instrument COMPUTED =
      InstrumentReader.read(
          new StringReader(
              """
              instrument: computed
              group: clinician
              version: 1
              languages: [en, zh]
              title: {en: Computed, zh: 计算}
              sections:
                - id: main
                  title: {en: Main, zh: 主要}
                  items:
                    - {id: intro, type: note, label: {en: Hello, zh: 你好}}
                    - {id: a, type: integer, label: {en: A, zh: A}}
                    - {id: total, type: calculated, label: {en: Total score, zh: 总分}, calculate: "a * 2"}
              """),
          "computed.yaml");

  /** Totals 2, 4, 9 and one respondent without a value. */
  private static Dataset data() {
    DatasetBuilder b = new DatasetBuilder(COMPUTED, 4);
    int total = b.itemIndex("total");
    for (double v : new double[] {2, 4, 9}) {
      b.setNumber(b.addRow(null), total, v);
    }
    b.addRow(null);
    return b.build();
  }

  @Test
  void calculatedItemIsSummarisedAsNumbers() {
    List<NumericSummary> scores = ScoreTable.of(data());
    StringBuilder out = new StringBuilder();

    ScoreTable.append(out, "en", scores, 0);

    // n = 3; mean 15 / 3 = 5; sample sd sqrt(((2-5)^2 + (4-5)^2 + (9-5)^2) / 2) = sqrt(13) = 3.61.
    assertThat(scores).extracting(s -> s.item().id()).containsExactly("total");
    assertThat(out.toString())
        .contains(
            "<tr><th scope=\"row\">Total score</th><td>3</td><td>5</td><td>3.61</td><td>4</td>"
                + "<td>2</td><td>9</td></tr>")
        .doesNotContain("Hello");
  }

  @Test
  void summaryOfFewerAnswersThanTheThresholdIsWithheld() {
    StringBuilder out = new StringBuilder();

    ScoreTable.append(out, "zh", ScoreTable.of(data()), 5);

    assertThat(out.toString())
        .contains("<h2>计算得分</h2>")
        .contains("<tr><th scope=\"row\">总分</th><td>–</td><td>–</td><td>–</td>");
  }

  @Test
  void noCalculatedItemsNoTable() {
    StringBuilder out = new StringBuilder();

    ScoreTable.append(out, "en", List.of(), 0);

    assertThat(out.toString()).isEmpty();
  }
}
