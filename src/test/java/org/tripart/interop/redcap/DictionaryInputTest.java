package org.tripart.interop.redcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Option;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.InstrumentImport;

/** Dictionaries written in tests: layouts, labels, codes, and input that is no dictionary. */
class DictionaryInputTest {
  @Test
  void apiMetadataLayoutIsReadLikeTheDownloadLayout() {
    String api =
        "field_name,form_name,section_header,field_type,field_label,select_choices_or_calculations,"
            + "field_note,text_validation_type_or_show_slider_number,text_validation_min,"
            + "text_validation_max,identifier,branching_logic,required_field,custom_alignment,"
            + "question_number,matrix_group_name,matrix_ranking,field_annotation\n"
            + "record_id,my_form,,text,ID,,,,,,,,,,,,,\n"
            + "age,my_form,,text,Age,,years,integer,0,120,,,y,,,,,\n"
            + "sex,my_form,,radio,Sex,\"1, F | 2, M\",,,,,,[age] > 17,,,,,,\n";
    Instrument i =
        new RedcapDictionary()
            .read(api.getBytes(StandardCharsets.UTF_8), "exports/My Project_Metadata.csv")
            .instrument();
    assertThat(i.id()).isEqualTo("my_project_metadata");
    assertThat(i.title().en()).isEqualTo("My project metadata");
    assertThat(i.item("age").required()).isTrue();
    assertThat(i.item("age").help().en()).isEqualTo("years");
    assertThat(i.item("age").range().max()).isEqualTo(120);
    assertThat(Fixtures.when(i, "sex")).isEqualTo("age > 17");
  }

  @Test
  void htmlIsReducedToTextScriptsRemovedAndBothNoted() {
    InstrumentImport imported =
        Fixtures.dictionary(
            "a,f,,text,\"<div class=\"\"x\"\"><b>Bold</b> &amp; <i>more</i><br>text</div>\",,,,,,,,,,,,,\n"
                + "b,f,,descriptive,\"Hello<script>alert('x')</script>\",,,,,,,,,,,,,\n");
    assertThat(imported.instrument().item("a").label().en()).isEqualTo("Bold & more text");
    assertThat(imported.instrument().item("b").label().en()).isEqualTo("Hello");
    assertThat(imported.notes())
        .extracting(ConversionNote::line)
        .containsExactly(
            "test.csv:2 field a: label holds HTML, reduced to its text",
            "test.csv:3 field b: label holds JavaScript (<script>), removed: Tripart runs no"
                + " scripts",
            "test.csv:3 field b: label holds HTML, reduced to its text");
  }

  @Test
  void multiLineQuotedCellsKeepTheirRowNumbers() {
    InstrumentImport imported =
        Fixtures.dictionary(
            "a,f,,notes,\"First line\nsecond line\",,,,,,,,,,,,,\n"
                + "b,f,,text,B,,,phone,,,,,,,,,,\n");
    assertThat(imported.instrument().item("a").label().en()).isEqualTo("First line\nsecond line");
    assertThat(imported.notes()).extracting(ConversionNote::where).containsExactly("test.csv:4");
  }

  @Test
  void actionTagsAreNoted() {
    InstrumentImport imported =
        Fixtures.dictionary("a,f,,text,A,,,,,,,,,,,,,\"@HIDDEN @DEFAULT='1' @CALCTEXT(x)\"\n");
    assertThat(imported.notes())
        .extracting(ConversionNote::line)
        .containsExactly(
            "test.csv:2 field a: action tags @HIDDEN @DEFAULT @CALCTEXT not carried over"
                + " (REDCap-only behaviour)");
  }

  @Test
  void codesBecomeSafeOptionCodesWithTheMappingNoted() {
    InstrumentImport imported =
        Fixtures.dictionary(
            "q,f,,radio,Q,\"-1, Negative | A, Upper | 1.5, Half | 777, Other | 8, Don't know\",,,,,,,,,,,,\n");
    Item q = imported.instrument().item("q");
    assertThat(q.options()).extracting(Option::code).containsExactly("m1", "a", "1_5", "777", "8");
    assertThat(q.options().get(0).score()).isEqualTo(-1.0);
    assertThat(q.options().get(2).score()).isEqualTo(1.5);
    assertThat(q.options())
        .extracting(Option::missing)
        .containsExactly(false, false, false, true, true);
    assertThat(imported.notes())
        .extracting(ConversionNote::message)
        .containsExactly(
            "choice code '-1' becomes 'm1'",
            "choice code 'A' becomes 'a'",
            "choice code '1.5' becomes '1_5'",
            "choice 777 (Other) is flagged as a missing-data code",
            "choice 8 (Don't know) is flagged as a missing-data code");
  }

  @Test
  void oneChoiceCheckboxBecomesYesNo() {
    InstrumentImport imported =
        Fixtures.dictionary("consent,f,,checkbox,I agree,\"1, I agree\",,,,,,,,,,,,\n");
    assertThat(imported.instrument().item("consent").type()).isEqualTo(ItemType.YES_NO);
  }

  @Test
  void csvWithoutTheDictionaryColumnsIsRefusedNamingThem() {
    byte[] records = "record_id,name\n1,x\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new RedcapDictionary().read(records, "data.csv"))
        .isInstanceOfSatisfying(
            TripartException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_UNREADABLE))
        .hasMessageStartingWith(
            "TRP-1000 data.csv:1: not a REDCap data dictionary: the header lacks")
        .hasMessageContaining("\"Form Name\" (API: form_name)")
        .hasMessageContaining("\"Field Type\" (API: field_type)");
  }

  @Test
  void brokenQuoteIsRefusedWithItsLine() {
    assertThatThrownBy(
            () ->
                Fixtures.dictionary(
                    "a,f,,text,A,,,,,,,,,,,,,\nb,f,,text,\"Unclosed,,,,,,,,,,,,,\nc,f,,text,C,,,,,,,,,,,,,\n"))
        .isInstanceOf(TripartException.class)
        .hasMessage(
            "TRP-1000 test.csv:3: malformed CSV: a quoted cell starting on this line is not closed"
                + " properly");
  }

  @Test
  void emptyFileIsRefused() {
    assertThatThrownBy(() -> new RedcapDictionary().read(new byte[0], "empty.csv"))
        .isInstanceOf(TripartException.class)
        .hasMessage("TRP-1000 empty.csv:1: the file is empty");
  }
}
