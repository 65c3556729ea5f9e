package org.tripart.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

class PublishedTableTest {
  private static final String HEADER =
      "table,group,item,item_label,kind,option,option_label,table_pct,text_pct,note\n";
  private static final String ROW = "1,clinician,q,Question,single,a,A,47,,\n";

  private static List<PublishedRow> read(String csv) {
    return PublishedTable.read(new StringReader(csv), "t.csv");
  }

  private static AbstractThrowableAssert<?, ?> assertRejected(String csv, String message) {
    return assertThatThrownBy(() -> read(csv))
        .isInstanceOf(TripartException.class)
        .hasMessage(message)
        .satisfies(
            e -> assertThat(((TripartException) e).code()).isEqualTo(ErrorCode.PUBLISHED_TABLE));
  }

  @Test
  void readsEveryColumnOfARow() {
    assertThat(read(HEADER + "10,research,r,Resources,multi,b,Image annotation,5,56,disagree\n"))
        .containsExactly(
            new PublishedRow(
                2,
                "10",
                "research",
                "r",
                "Resources",
                Kind.MULTI,
                "b",
                "Image annotation",
                5.0,
                56.0,
                "disagree"));
  }

  @Test
  void blankNarrativeFigureAndNoteAreNull() {
    PublishedRow row = read(HEADER + ROW).get(0);
    assertThat(row.textPct()).isNull();
    assertThat(row.note()).isNull();
    assertThat(row.tablePct()).isEqualTo(47.0);
  }

  @Test
  void quotedFieldsKeepCommasAndDoubledQuotes() {
    PublishedRow row =
        read(HEADER
                + "9,research,m,Main,single,c,\"Collaboration among healthcare systems,"
                + " research institutions, and industry\",37,,\"titled \"\"Collaboration with"
                + " industry\"\"; sums to 103%\"\n")
            .get(0);
    assertThat(row.optionLabel())
        .isEqualTo("Collaboration among healthcare systems, research institutions, and industry");
    assertThat(row.note()).isEqualTo("titled \"Collaboration with industry\"; sums to 103%");
  }

  @Test
  void lineNumbersCountLineBreaksInsideQuotedFields() {
    List<PublishedRow> rows =
        read(
            HEADER
                + "1,clinician,q,Question,single,a,A,47,,\"first\nsecond\"\r\n"
                + "1,clinician,q,Question,single,b,B,53,,\r\n");
    assertThat(rows).extracting(PublishedRow::line).containsExactly(2, 4);
    assertThat(rows.get(0).note()).isEqualTo("first\nsecond");
  }

  @Test
  void columnsMayComeInAnyOrderAndAByteOrderMarkIsIgnored() {
    String header =
        "\uFEFFgroup,table,item,item_label,kind,option,option_label,text_pct,table_pct,note\n";
    assertThat(read(header + "research,6,q,Q,binary,yes,Yes,,84,\n"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.group()).isEqualTo("research");
              assertThat(r.table()).isEqualTo("6");
              assertThat(r.kind()).isEqualTo(Kind.BINARY);
              assertThat(r.tablePct()).isEqualTo(84.0);
            });
  }

  @Test
  void missingColumnIsNamedOnTheHeaderLine() {
    assertRejected(
        "table,group,item,item_label,kind,option,option_label,table_pct,text_pct\n",
        "TRP-0300 t.csv:1 column note: missing column; the header must be"
            + " table,group,item,item_label,kind,option,option_label,table_pct,text_pct,note");
  }

  @Test
  void unknownColumnIsNamed() {
    assertRejected(
        HEADER.replace("note", "notes"),
        "TRP-0300 t.csv:1 column notes: unknown column; the columns are"
            + " table,group,item,item_label,kind,option,option_label,table_pct,text_pct,note");
  }

  @Test
  void badNumberNamesLineAndColumn() {
    assertRejected(
        HEADER + ROW + ROW.replace(",a,A,47,", ",b,B,4o,"),
        "TRP-0300 t.csv:3 column table_pct: '4o' is not a percentage; write a plain number such"
            + " as 16.5, without %");
    assertRejected(
        HEADER + ROW.replace("47,,", "47,56%,"),
        "TRP-0300 t.csv:2 column text_pct: '56%' is not a percentage; write a plain number such"
            + " as 16.5, without %");
  }

  @Test
  void percentageAbove100IsRefused() {
    assertRejected(
        HEADER + ROW.replace("47", "100.7"),
        "TRP-0300 t.csv:2 column table_pct: '100.7' is more than 100%");
  }

  @Test
  void missingTablePercentageIsRefused() {
    assertRejected(
        HEADER + ROW.replace("47", ""),
        "TRP-0300 t.csv:2 column table_pct: the percentage printed in the table is missing");
  }

  @Test
  void unterminatedQuoteNamesTheLineWhereItOpened() {
    assertRejected(
        HEADER + ROW + "1,clinician,q,Question,single,b,\"B,53,,\n" + ROW.replace(",a,", ",c,"),
        "TRP-0300 t.csv:3: a quoted field opened on this line is never closed");
  }

  @Test
  void textAfterAClosingQuoteIsRefused() {
    assertRejected(
        HEADER + ROW.replace(",A,", ",\"A\"x,"),
        "TRP-0300 t.csv:2: unexpected 'x' after a closing quote; a quoted field must end at a"
            + " comma or the end of the line (write a quote inside a field as \"\")");
  }

  @Test
  void wrongNumberOfFieldsIsRefused() {
    assertRejected(
        HEADER + ROW + "1,clinician,q,Question,single,b,B,53,\n",
        "TRP-0300 t.csv:3: expected 10 fields as in the header, found 9");
  }

  @Test
  void unknownKindIsRefused() {
    assertRejected(
        HEADER + ROW.replace("single", "likert"),
        "TRP-0300 t.csv:2 column kind: 'likert' is not a kind; use single, multi or binary");
  }

  @Test
  void blankIdIsRefused() {
    assertRejected(
        HEADER + ROW.replace(",q,", ",,"), "TRP-0300 t.csv:2 column item: a value is required");
  }

  @Test
  void optionListedTwiceIsRefused() {
    assertRejected(
        HEADER + ROW + ROW,
        "TRP-0300 t.csv:3 column option: option 'a' of item 'q' (group 'clinician') is already"
            + " listed on line 2");
  }

  @Test
  void itemWithTwoKindsIsRefused() {
    assertRejected(
        HEADER + ROW + ROW.replace("single,a", "multi,b"),
        "TRP-0300 t.csv:3 column kind: item 'q' of group 'clinician' is 'multi' here but"
            + " 'single' on line 2");
  }

  @Test
  void emptyFileIsRefused() {
    assertRejected(
        "",
        "TRP-0300 t.csv:1: the file is empty; expected the header"
            + " table,group,item,item_label,kind,option,option_label,table_pct,text_pct,note");
  }

  @Test
  void readsAFileAndNamesItInMessages(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tables.csv");
    Files.writeString(file, HEADER + ROW.replace("47", "x"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PublishedTable.read(file))
        .hasMessageStartingWith("TRP-0300 " + file + ":2 column table_pct:");
    Files.writeString(file, HEADER + ROW, StandardCharsets.UTF_8);
    assertThat(PublishedTable.read(file)).hasSize(1);
  }

  @Test
  void missingFileIsAnIoFailure(@TempDir Path dir) {
    Path file = dir.resolve("absent.csv");
    assertThatThrownBy(() -> PublishedTable.read(file))
        .hasMessage("TRP-0103 " + file + ": no such file")
        .satisfies(e -> assertThat(((TripartException) e).code()).isEqualTo(ErrorCode.IO));
  }

  @Test
  void invalidUtf8IsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.csv");
    Files.write(
        file,
        (HEADER + "1,clinician,q,Qu\u00e9,single,a,A,47,,\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> PublishedTable.read(file))
        .hasMessage("TRP-0300 " + file + ": the file is not valid UTF-8 text");
  }
}
