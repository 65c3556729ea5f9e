package org.tripart.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTokenizerTest {

  private static List<List<String>> records(String csv, int bufferChars) throws IOException {
    CsvTokenizer t = new CsvTokenizer(new StringReader(csv), "t.csv", bufferChars);
    List<List<String>> out = new ArrayList<>();
    for (int n; (n = t.nextRecord()) >= 0; ) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        fields.add(t.text(i));
      }
      out.add(fields);
    }
    return out;
  }

  private static List<List<String>> records(String csv) throws IOException {
    return records(csv, 1024);
  }

  @Test
  void plainFieldsSplitAtCommasAndLineFeeds() throws IOException {
    assertThat(records("a,b,c\n1,,3\n"))
        .containsExactly(List.of("a", "b", "c"), List.of("1", "", "3"));
  }

  @Test
  void quotedFieldsKeepCommasLineEndsAndDoubledQuotes() throws IOException {
    assertThat(records("a,b\n\"x, y\",\"say \"\"hi\"\"\nthen\r\nbye\"\n"))
        .containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\"\nthen\r\nbye"));
  }

  @Test
  void emptyQuotedFieldIsEmpty() throws IOException {
    assertThat(records("\"\",\"\"\n")).containsExactly(List.of("", ""));
  }

  @Test
  void crlfAndLoneCrEndRecords() throws IOException {
    assertThat(records("a,b\r\n1,2\r3,4\r\n"))
        .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
  }

  @Test
  void byteOrderMarkBeforeTheHeaderIsSkipped() throws IOException {
    assertThat(records("\uFEFFrecord_id,a\n1,2"))
        .containsExactly(List.of("record_id", "a"), List.of("1", "2"));
  }

  @Test
  void lastLineWithoutLineEndAndEmptyLastLineGiveTheSameRecords() throws IOException {
    assertThat(records("a\n1")).isEqualTo(records("a\n1\n")).isEqualTo(records("a\r\n1\r\n\r\n"));
    assertThat(records("a\n1")).hasSize(2);
  }

  @Test
  void trailingCommaGivesAnEmptyLastField() throws IOException {
    assertThat(records("a,\nb,")).containsExactly(List.of("a", ""), List.of("b", ""));
  }

  @ParameterizedTest
  @ValueSource(ints = {16, 17, 19, 23, 64})
  void fieldsAcrossBufferRefillsAreWhole(int bufferChars) throws IOException {
    String csv =
        "id,text\r\n1,\"a long quoted field, with \"\"quotes\"\" and\nlines\"\r\n2,plain_but_rather_long_value\r\n";
    assertThat(records(csv, bufferChars))
        .containsExactly(
            List.of("id", "text"),
            List.of("1", "a long quoted field, with \"quotes\" and\nlines"),
            List.of("2", "plain_but_rather_long_value"));
  }

  @Test
  void linesAreCountedInsideQuotedFields() throws IOException {
    CsvTokenizer t =
        new CsvTokenizer(new StringReader("h1,h2\n\"a\nb\r\nc\",x\n\ny,z\n"), "t.csv", 16);
    t.nextRecord();
    t.nextRecord();
    assertThat(t.recordLine()).isEqualTo(2);
    assertThat(t.line(1)).isEqualTo(4);
    t.nextRecord();
    assertThat(t.recordLine()).isEqualTo(6);
  }

  @Test
  void unterminatedQuoteNamesTheLineWhereItOpened() {
    assertThatThrownBy(() -> records("a,b\n1,\"open\n2,3\n"))
        .isInstanceOf(MalformedCsvException.class)
        .hasMessage(
            "TRP-0100 t.csv:2 column 2: the quoted field is never closed; expected a closing quote");
  }

  @Test
  void quoteInsideAPlainFieldIsRejected() {
    assertThatThrownBy(() -> records("a,b\n1,x\"y\n"))
        .hasMessageStartingWith("TRP-0100 t.csv:2 column 2: a quote inside a field");
  }

  @Test
  void characterAfterClosingQuoteIsRejected() {
    assertThatThrownBy(() -> records("a,b\n\"x\"y,1\n"))
        .hasMessage(
            "TRP-0100 t.csv:2 column 1: 'y' after the closing quote; expected a comma or the end of"
                + " the line");
  }
}
