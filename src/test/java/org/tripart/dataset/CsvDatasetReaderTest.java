package org.tripart.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tripart.dataset.CsvFixtures.HEADER;
import static org.tripart.dataset.CsvFixtures.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Answer;

class CsvDatasetReaderTest {
  private static final CsvDatasetReader.Options DEFAULTS = CsvDatasetReader.Options.defaults();

  @Test
  void everyKindOfCellLandsInItsColumn() {
    Dataset d = read(HEADER + "r1,30_40,1,0,0,12,7.5,\"fine, thanks\",yes\n");
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.respondentIds()).containsExactly("r1");
    assertThat(((CodedColumn) d.column("age_group")).code(0)).isEqualTo(1);
    assertThat(d.column("ai_use").answer(0))
        .isEqualTo(new Answer.Choices(java.util.Set.of("reading")));
    assertThat(((NumericColumn) d.column("years")).value(0)).isEqualTo(12.0);
    assertThat(((NumericColumn) d.column("hours")).value(0)).isEqualTo(7.5);
    assertThat(((TextColumn) d.column("comment")).value(0)).isEqualTo("fine, thanks");
    assertThat(d.column("consent").answer(0)).isEqualTo(new Answer.Choice("yes"));
  }

  @Test
  void blankCellsAreNotAnswered() {
    Dataset d = read(HEADER + "r1,,,,,,, ,\n");
    for (Column c : d.columns().values()) {
      assertThat(c.answered(0)).as(c.item().id()).isFalse();
    }
  }

  @Test
  void checkboxItemIsAnsweredWhenAnyOfItsColumnsIsNotBlank() {
    Dataset d = read(HEADER + "r1,,0,0,0,,,,\nr2,,,,,,,,\nr3,,,1,,,,,\nr4,,0,1,1,,,,\n");
    MultiColumn ai = (MultiColumn) d.column("ai_use");
    assertThat(ai.answered(0)).isTrue();
    assertThat(ai.answer(0)).isEqualTo(new Answer.Choices(java.util.Set.of()));
    assertThat(ai.answered(1)).isFalse();
    assertThat(ai.answered(2)).isTrue();
    assertThat(ai.selected(2, 1)).isTrue();
    assertThat(ai.selected(2, 0)).isFalse();
    assertThat(ai.answer(3)).isEqualTo(new Answer.Choices(java.util.Set.of("triage", "none")));
    assertThat(d.answeredRows("ai_use").cardinality()).isEqualTo(3);
  }

  @Test
  void valueThatIsNoOptionNamesLineColumnAndTheOptions() {
    assertThatThrownBy(() -> read(HEADER + "r1,30_40,,,,,,,\nr2,thirty,,,,,,,\n"))
        .isInstanceOf(MalformedCsvException.class)
        .hasMessage(
            "TRP-0102 responses.csv:3 column 2 (age_group): 'thirty' is not an option of"
                + " age_group; expected one of under_30, 30_40, over_40")
        .satisfies(
            e -> {
              MalformedCsvException m = (MalformedCsvException) e;
              assertThat(m.code()).isEqualTo(ErrorCode.CSV_VALUE);
              assertThat(m.line()).isEqualTo(3);
              assertThat(m.column()).isEqualTo(2);
              assertThat(m.columnName()).isEqualTo("age_group");
            });
  }

  @Test
  void lineNumbersCountLinesInsideQuotedText() {
    assertThatThrownBy(() -> read(HEADER + "r1,,,,,,,\"two\nlines\",\nr2,,,,,,,,maybe\n"))
        .hasMessage(
            "TRP-0102 responses.csv:4 column 9 (consent): 'maybe' is not an option of consent;"
                + " expected one of yes, no");
  }

  @Test
  void wrongFieldCountIsASyntaxError() {
    assertThatThrownBy(() -> read(HEADER + "r1,,,,\n"))
        .hasMessage("TRP-0100 responses.csv:2: the row has 5 fields; expected 9 as in the header");
    assertThatThrownBy(() -> read(HEADER + "r1,,,,,,,,,x\n"))
        .hasMessage(
            "TRP-0100 responses.csv:2 column 10: the row has 10 fields; expected 9 as in the header");
  }

  @Test
  void unterminatedQuoteIsASyntaxError() {
    assertThatThrownBy(() -> read(HEADER + "r1,,,,,,,\"open,\n"))
        .hasMessage(
            "TRP-0100 responses.csv:2 column 8 (comment): the quoted field is never closed;"
                + " expected a closing quote");
  }

  @Test
  void integerItemRejectsFractionsAndWords() {
    assertThatThrownBy(() -> read(HEADER + "r1,,,,,12.5,,,\n"))
        .hasMessage(
            "TRP-0102 responses.csv:2 column 6 (years): '12.5' is not a whole number; expected"
                + " digits such as 42 for years");
    assertThatThrownBy(() -> read(HEADER + "r1,,,,,ten,,,\n"))
        .hasMessageStartingWith("TRP-0102 responses.csv:2 column 6 (years): 'ten' is not a whole");
  }

  @Test
  void decimalItemRejectsCommaAsDecimalPoint() {
    assertThatThrownBy(() -> read(HEADER + "r1,,,,,,\"7,5\",,\n"))
        .hasMessage(
            "TRP-0102 responses.csv:2 column 7 (hours): '7,5' is not a number; expected a number"
                + " such as 3.5 (with '.') for hours");
  }

  @Test
  void valuesOutsideTheRangeAreRejected() {
    assertThatThrownBy(() -> read(HEADER + "r1,,,,,51,,,\n"))
        .hasMessage(
            "TRP-0102 responses.csv:2 column 6 (years): '51' is out of range for years; expected"
                + " a value from 0 to 50");
    assertThatThrownBy(() -> read(HEADER + "r1,,,,,,-0.5,,\n"))
        .hasMessageStartingWith(
            "TRP-0102 responses.csv:2 column 7 (hours): '-0.5' is out of range");
  }

  @Test
  void checkboxColumnsTakeOnlyZeroOrOne() {
    assertThatThrownBy(() -> read(HEADER + "r1,,1,2,0,,,,\n"))
        .hasMessage(
            "TRP-0102 responses.csv:2 column 4 (ai_use___triage): '2' in a checkbox column of"
                + " ai_use; expected 1 (ticked), 0 (not ticked) or blank (not answered)");
  }

  @Test
  void duplicateColumnIsAHeaderError() {
    assertThatThrownBy(() -> read("record_id,years,age_group,years\n"))
        .hasMessage(
            "TRP-0101 responses.csv:1 column 4 (years): column 'years' appears twice (first as"
                + " column 2)");
  }

  @Test
  void unknownColumnIsRejectedWithASuggestion() {
    assertThatThrownBy(() -> read("record_id,age_grop\n"))
        .hasMessage(
            "TRP-0101 responses.csv:1 column 2 (age_grop): column 'age_grop' is not an item of"
                + " instrument clinician; did you mean 'age_group'? (or ignore unknown columns)");
    assertThatThrownBy(() -> read("record_id,redcap_event_name\n"))
        .hasMessageContaining("column 'redcap_event_name' is not an item")
        .hasMessageContaining("expected an item id");
  }

  @Test
  void unknownColumnsAreSkippedWhenAskedAndReported() {
    Dataset d =
        read(
            "record_id,redcap_event_name,years,clinician_complete\nr1,baseline,3,2\n",
            DEFAULTS.withIgnoreUnknownColumns(true));
    assertThat(((NumericColumn) d.column("years")).value(0)).isEqualTo(3.0);
    assertThat(CsvFixtures.warnings)
        .contains("responses.csv: ignored 2 column(s): redcap_event_name, clinician_complete");
  }

  @Test
  void multipleChoiceItemAsOneColumnIsAHeaderError() {
    assertThatThrownBy(() -> read("record_id,ai_use\n"))
        .hasMessage(
            "TRP-0101 responses.csv:1 column 2 (ai_use): ai_use is a multiple-choice item;"
                + " expected one 0/1 column per option instead: ai_use___reading,"
                + " ai_use___triage, ai_use___none");
  }

  @Test
  void itemsWithoutColumnsAreBlankAndWarned() {
    Dataset d = read("record_id,years,ai_use___reading\nr1,4,1\nr2,,\n");
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.column("age_group").answered(0)).isFalse();
    assertThat(d.column("comment").answered(1)).isFalse();
    assertThat(CsvFixtures.warnings)
        .contains(
            "responses.csv: no column for item age_group; its answers are all blank",
            "responses.csv: no column ai_use___triage; that option counts as not ticked")
        .noneMatch(w -> w.contains("item years"));
  }

  @Test
  void firstIdColumnWins() {
    Dataset d = read("respondent_id,record_id,years\nA,B,1\n");
    assertThat(d.respondentIds()).containsExactly("A");
    Dataset none = read("years\n1\n2\n");
    assertThat(none.respondentIds()).containsExactly("1", "2");
  }

  @Test
  void provenanceDefaultsToTheFileNameAndMarksSyntheticIds() {
    assertThat(read(HEADER + "r1,,,,,,,,\n").provenance()).isEqualTo("responses.csv");
    assertThat(read(HEADER + "r1,,,,,,,,\n", DEFAULTS.withProvenance("wave 2")).provenance())
        .isEqualTo("wave 2");
    Dataset synthetic = read(HEADER + "r1,,,,,,,,\nSYNTHETIC-2,,,,,,,,\n");
    assertThat(synthetic.provenance()).isEqualTo("SYNTHETIC responses.csv");
    assertThat(synthetic.isSynthetic()).isTrue();
    assertThat(
            read(HEADER + "SYNTHETIC-1,,,,,,,,\n", DEFAULTS.withProvenance("SYNTHETIC demo"))
                .provenance())
        .isEqualTo("SYNTHETIC demo");
  }

  @Test
  void emptyInputIsASyntaxErrorAndHeaderOnlyIsEmpty() {
    assertThatThrownBy(() -> read(""))
        .hasMessage(
            "TRP-0100 responses.csv:1: the file is empty; expected a header row of column names");
    assertThat(read(HEADER).size()).isZero();
  }

  @Test
  void manyRowsAcrossBufferRefillsAreAllRead() {
    StringBuilder csv = new StringBuilder(HEADER);
    String[] codes = {"under_30", "30_40", "over_40"};
    for (int r = 0; r < 20_000; r++) {
      csv.append("id").append(r).append(',').append(codes[r % 3]).append(",1,,,");
      csv.append(r % 51).append(",,,\n");
    }
    Dataset d = read(csv.toString());
    assertThat(d.size()).isEqualTo(20_000);
    CodedColumn age = (CodedColumn) d.column("age_group");
    NumericColumn years = (NumericColumn) d.column("years");
    for (int r = 0; r < 20_000; r++) {
      assertThat(age.code(r)).isEqualTo(r % 3);
      assertThat(years.value(r)).isEqualTo(r % 51);
    }
    assertThat(d.respondentIds().get(19_999)).isEqualTo("id19999");
  }

  @Test
  void invalidUtf8IsASyntaxError(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.write(f, new byte[] {'y', 'e', 'a', 'r', 's', '\n', (byte) 0xC3, '\n'});
    assertThatThrownBy(() -> CsvDatasetReader.read(CsvFixtures.instrument(), f, DEFAULTS))
        .isInstanceOf(MalformedCsvException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void missingFileIsAnIoError(@TempDir Path dir) {
    assertThatThrownBy(
            () -> CsvDatasetReader.read(CsvFixtures.instrument(), dir.resolve("no.csv"), DEFAULTS))
        .isInstanceOf(TripartException.class)
        .hasMessageEndingWith("no.csv: no such file")
        .hasMessageStartingWith("TRP-0103");
  }

  @Test
  void fileWithBomAndCrlfReads(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("r.csv");
    Files.writeString(f, "\uFEFFrecord_id,comment\r\nr1,\"Zhōngwén 中文\"\r\n");
    Dataset d = CsvDatasetReader.read(CsvFixtures.instrument(), f, DEFAULTS.withWarnings(w -> {}));
    assertThat(((TextColumn) d.column("comment")).value(0)).isEqualTo("Zhōngwén 中文");
    assertThat(d.provenance()).isEqualTo(f.toString());
  }
}
