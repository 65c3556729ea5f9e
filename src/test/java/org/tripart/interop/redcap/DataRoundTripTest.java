package org.tripart.interop.redcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.DatasetBuilder;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.Item;
import org.tripart.interop.RecordsImport;
import org.tripart.study.Study;
import org.tripart.study.StudyData;

/** A data set written as REDCap records and read back holds the same answers. */
class DataRoundTripTest {
  private static final StudyData STUDY = StudyData.synthesize(Study.nationalAi());

  @ParameterizedTest
  @ValueSource(strings = {"clinician", "research", "industry"})
  void bundledStudyDataSurvivesRedcapRecords(String group) {
    assertSameAnswers(STUDY.dataset(group));
  }

  @Test
  void everyItemTypeSurvivesRedcapRecords() {
    Instrument instrument =
        InstrumentReader.readResource("org/tripart/instrument/every-feature.yaml");
    DatasetBuilder b = new DatasetBuilder(instrument, 3);
    Map<String, Integer> at = new HashMap<>();
    for (Item i : instrument.items()) {
      if (i.type().hasData()) {
        at.put(i.id(), b.itemIndex(i.id()));
      }
    }
    int r = b.addRow("a-1");
    b.setText(r, at.get("hospital"), "H042");
    b.setChoice(r, at.get("province"), instrument.item("province").optionIndex("31"));
    b.setChoice(r, at.get("tier"), 1);
    b.setNumber(r, at.get("weight"), 80);
    b.setNumber(r, at.get("height"), 160);
    b.setNumber(r, at.get("bmi"), 31.3);
    b.setChoice(r, at.get("interest"), 1);
    b.setChoice(r, at.get("mood"), 1);
    b.setChoice(r, at.get("smokes"), instrument.item("smokes").optionIndex("yes"));
    b.setSelected(r, at.get("symptoms"), 0, true);
    b.setNumber(r, at.get("total"), 1 + 2 + 1 + 1);
    b.setText(r, at.get("visit_date"), "2024-03-01");
    b.setText(r, at.get("comments"), "Line one, \"quoted\"\nline two");
    r = b.addRow("a-2");
    b.setAnswered(r, at.get("symptoms"));
    b.setChoice(r, at.get("mood"), 2);
    b.addRow("a-3");
    assertSameAnswers(b.build());
  }

  private static void assertSameAnswers(Dataset original) {
    Instrument instrument = original.instrument();
    byte[] csv = RedcapExport.records(original).getBytes(StandardCharsets.UTF_8);
    Instrument reimported =
        new RedcapDictionary()
            .read(
                RedcapExport.dictionary(instrument).text().getBytes(StandardCharsets.UTF_8),
                "x.csv")
            .instrument();
    RecordsImport back = new RedcapRecords().read(reimported, csv, "records.csv");
    assertThat(back.notes()).isEmpty();
    Dataset read = back.datasets().get("responses");
    assertThat(read.respondentIds()).isEqualTo(original.respondentIds());
    List<Item> items = instrument.items().stream().filter(i -> i.type().hasData()).toList();
    for (Item item : items) {
      for (int row = 0; row < original.size(); row++) {
        Answer expected = original.column(item.id()).answer(row);
        assertThat(read.column(item.id()).answer(row))
            .as(item.id() + " row " + row)
            .isEqualTo(expected);
      }
    }
  }
}
