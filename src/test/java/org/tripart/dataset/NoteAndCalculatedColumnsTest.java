package org.tripart.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.UnknownItemException;

/** computed.yaml: note intro (no data), integers a and b, calculated total = (a + b) / 2. */
class NoteAndCalculatedColumnsTest {
  private static final Instrument COMPUTED =
      InstrumentReader.readResource("org/tripart/dataset/computed.yaml");

  private static Dataset read(String csv, List<String> warnings) {
    return CsvDatasetReader.read(
        COMPUTED,
        new StringReader(csv),
        "r.csv",
        CsvDatasetReader.Options.defaults().withWarnings(warnings::add));
  }

  @Test
  void noteHasNoColumnInTheDataset() {
    DatasetBuilder b = new DatasetBuilder(COMPUTED, 1);
    b.addRow("r1");

    Dataset d = b.build();

    assertThat(d.columns().keySet()).containsExactly("a", "b", "total");
    assertThatThrownBy(() -> b.itemIndex("intro")).isInstanceOf(UnknownItemException.class);
  }

  @Test
  void calculatedItemIsANumericColumn() {
    DatasetBuilder b = new DatasetBuilder(COMPUTED, 2);
    int row = b.addRow("r1");
    b.setNumber(row, b.itemIndex("a"), 3);
    b.setNumber(row, b.itemIndex("b"), 4);
    b.setNumber(row, b.itemIndex("total"), 3.5);
    b.addRow("r2");

    Dataset d = b.build();

    assertThat(d.column("total")).isInstanceOf(NumericColumn.class);
    assertThat(d.column("total").answer(0)).isEqualTo(new Answer.Number(3.5));
    assertThat(d.column("total").answer(1)).isNull();
  }

  @Test
  void noteHasNoColumnInTheResponsesCsv() {
    DatasetBuilder b = new DatasetBuilder(COMPUTED, 1);
    int row = b.addRow("r1");
    b.setNumber(row, b.itemIndex("a"), 3);
    b.setNumber(row, b.itemIndex("b"), 4);
    b.setNumber(row, b.itemIndex("total"), 3.5);
    StringWriter out = new StringWriter();

    CsvDatasetWriter.write(b.build(), out);

    assertThat(out.toString()).isEqualTo("record_id,a,b,total\nr1,3,4,3.5\n");
  }

  @Test
  void calculatedColumnReadsBackAsNumbersWithoutWarningAboutTheNote() {
    List<String> warnings = new ArrayList<>();

    Dataset d = read("record_id,a,b,total\nr1,3,4,3.5\nr2,1,,\n", warnings);

    assertThat(d.column("total").answer(0)).isEqualTo(new Answer.Number(3.5));
    assertThat(d.column("total").answer(1)).isNull();
    assertThat(warnings).isEmpty();
  }

  @Test
  void columnNamedAfterANoteIsRefused() {
    assertThatThrownBy(() -> read("record_id,intro,a\nr1,x,1\n", new ArrayList<>()))
        .isInstanceOfSatisfying(
            MalformedCsvException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CSV_HEADER))
        .hasMessage(
            "TRP-0101 r.csv:1 column 2 (intro): intro is a note of instrument computed, only shown"
                + " to respondents; it has no data column");
  }

  @Test
  void calculatedColumnMustHoldNumbers() {
    assertThatThrownBy(() -> read("record_id,a,b,total\nr1,1,2,high\n", new ArrayList<>()))
        .isInstanceOf(MalformedCsvException.class)
        .hasMessageStartingWith("TRP-0102 r.csv:2 column 4 (total):");
  }
}
