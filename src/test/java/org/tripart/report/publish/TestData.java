package org.tripart.report.publish;

import java.io.StringReader;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;

/** A small instrument (tier, research involvement, tools used) and datasets of known counts. */
public final class TestData {
  static final String YAML =
      """
      instrument: tiny
      group: test
      version: 1
      languages: [en]
      title: {en: "Tiny"}
      sections:
        - id: s
          title: {en: "S"}
          items:
            - id: tier
              type: single
              label: {en: "Tier"}
              options:
                - {code: secondary, label: {en: "Secondary"}}
                - {code: tertiary, label: {en: "Tertiary"}}
            - id: research
              type: single
              label: {en: "Involvement in AI research"}
              options:
                - {code: not_involved, label: {en: "Not involved"}}
                - {code: participated, label: {en: "Participated"}}
            - id: tools
              type: multiple
              label: {en: "Tools used <& \\"quoted\\">"}
              options:
                - {code: ct, label: {en: "CT & MRI"}}
                - {code: xray, label: {en: "X-ray"}}
                - {code: us, label: {en: "Ultrasound"}}
      """;

  public static final Instrument INSTRUMENT =
      InstrumentReader.read(new StringReader(YAML), "t.yaml");

  private TestData() {}

  /** Cells of tier by research: rows secondary, tertiary; columns not_involved, participated. */
  public static Dataset tierByResearch(int[][] counts, int blankResearch) {
    DatasetBuilder b = new DatasetBuilder(INSTRUMENT, 128);
    int tier = b.itemIndex("tier");
    int research = b.itemIndex("research");
    for (int t = 0; t < 2; t++) {
      for (int r = 0; r < 2; r++) {
        for (int i = 0; i < counts[t][r]; i++) {
          int row = b.addRow(null);
          b.setChoice(row, tier, t);
          b.setChoice(row, research, r);
        }
      }
    }
    for (int i = 0; i < blankResearch; i++) {
      b.setChoice(b.addRow(null), tier, 0);
    }
    return b.build();
  }

  /** Tools ticked by 100 respondents: 62 ct only, 25 ct and xray, 3 ultrasound only, 10 none. */
  public static Dataset tools() {
    DatasetBuilder b = new DatasetBuilder(INSTRUMENT, 128);
    int tools = b.itemIndex("tools");
    for (int i = 0; i < 100; i++) {
      int row = b.addRow(null);
      b.setAnswered(row, tools);
      if (i < 87) {
        b.setSelected(row, tools, 0, true);
      }
      if (i >= 62 && i < 87) {
        b.setSelected(row, tools, 1, true);
      }
      if (i >= 87 && i < 90) {
        b.setSelected(row, tools, 2, true);
      }
    }
    return b.provenance("SYNTHETIC test data").build();
  }
}
