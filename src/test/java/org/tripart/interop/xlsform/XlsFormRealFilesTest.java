package org.tripart.interop.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripart.interop.xlsform.Imports.optionWhen;
import static org.tripart.interop.xlsform.Imports.typeCounts;
import static org.tripart.interop.xlsform.Imports.when;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Option;
import org.tripart.instrument.Section;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.InstrumentImport;

/**
 * The real XLSForms in shared/interop/xlsform. Expected values were worked out by reading each
 * file's cells by hand (dumped with POI for the workbooks, read as text for CSV and Markdown).
 */
class XlsFormRealFilesTest {
  private static List<String> lines(InstrumentImport i) {
    return i.notes().stream().map(ConversionNote::line).toList();
  }

  /**
   * gis_centre_demo.xlsx survey rows 2-7: text first_name, integer age, select_one colors, text
   * favorite_color_other, geopoint location, audit. Labels in English (en) and French (fr).
   */
  @Test
  void modernOdkFormKeepsItsTwoLanguagesAndOtherFollowUp() {
    InstrumentImport imported = Imports.of("pyodk__gis_centre_demo.xlsx");
    Instrument in = imported.instrument();
    assertThat(in.languages()).containsExactly("en", "fr");
    assertThat(typeCounts(in)).isEqualTo(Map.of("text", 2, "integer", 1, "single", 1));
    assertThat(in.item("first_name").required()).isTrue();
    assertThat(in.item("favorite_color").option("o").label().texts())
        .isEqualTo(Map.of("en", "Other", "fr", "Autre"));
    assertThat(when(in, "favorite_color_other")).isEqualTo("favorite_color = 'o'");
    assertThat(lines(imported))
        .anySatisfy(l -> assertThat(l).contains("survey!A6 location").contains("geopoint"))
        .anySatisfy(l -> assertThat(l).contains("survey!A7 audit").contains("metadata"))
        .anySatisfy(l -> assertThat(l).contains("survey!A3 age").contains("pipes"));
  }

  /** simple_repeat.xlsx: 3 questions, begin_repeat observation (rows 6-10) with 3 more. */
  @Test
  void repeatKeepsItsQuestionsOnceAndSaysSo() {
    InstrumentImport imported = Imports.of("pyodk__simple_repeat.xlsx");
    Instrument in = imported.instrument();
    assertThat(typeCounts(in)).isEqualTo(Map.of("text", 4, "date", 1, "integer", 1));
    assertThat(in.sections())
        .extracting(Section::id)
        .containsExactly("simple_repeat", "observation");
    assertThat(in.sections().get(1).items())
        .extracting(i -> i.id())
        .containsExactly("thing", "count", "notes");
    assertThat(lines(imported))
        .anySatisfy(
            l -> assertThat(l).contains("survey!A6 repeat observation").contains("kept once"));
  }

  /** case_insensitivity.xlsx: SURVEY/CHOICES/SETTINGS, LABEL::EN, one select_one kept. */
  @Test
  void upperCaseSheetsAndColumnsAreRead() {
    InstrumentImport imported = Imports.of("pyxform__case_insensitivity.xlsx");
    Instrument in = imported.instrument();
    assertThat(in.id()).isEqualTo("yesno");
    assertThat(in.title().en()).isEqualTo("Yes or no");
    assertThat(in.languages()).containsExactly("en");
    assertThat(in.items()).extracting(i -> i.id()).containsExactly("q1");
    assertThat(in.item("q1").options()).extracting(Option::code).containsExactly("n1_c", "n2_c");
    assertThat(lines(imported))
        .anySatisfy(l -> assertThat(l).contains("sheet EXTERNAL_CHOICES").contains("ignored"))
        .anySatisfy(l -> assertThat(l).contains("SURVEY!A3 q2").contains("select_one_external"))
        .anySatisfy(l -> assertThat(l).contains("SURVEY!A4 q3"));
  }

  /**
   * choice_filter_test.xlsx: counties king/pierce under washington, king/cameron under texas;
   * cities dumont, finney, seattle, redmond under king, brownsville, harlingen under cameron,
   * tacoma, puyallup under pierce. Either king offers the king cities, as in ODK.
   */
  @Test
  void cascadingFilterBecomesOptionConditions() {
    InstrumentImport imported = Imports.of("pyxform__choice_filter_test.xlsx");
    Instrument in = imported.instrument();
    assertThat(in.item("county").options())
        .extracting(Option::code)
        .containsExactly("king", "pierce", "king_2", "cameron");
    assertThat(optionWhen(in, "county", "king")).isEqualTo("state = 'washington'");
    assertThat(optionWhen(in, "county", "pierce")).isEqualTo("state = 'washington'");
    assertThat(optionWhen(in, "county", "king_2")).isEqualTo("state = 'texas'");
    assertThat(optionWhen(in, "county", "cameron")).isEqualTo("state = 'texas'");
    for (String city : List.of("dumont", "finney", "seattle", "redmond")) {
      assertThat(optionWhen(in, "city", city)).isEqualTo("county in ('king', 'king_2')");
    }
    assertThat(optionWhen(in, "city", "brownsville")).isEqualTo("county = 'cameron'");
    assertThat(optionWhen(in, "city", "puyallup")).isEqualTo("county = 'pierce'");
    assertThat(in.item("state").options()).allSatisfy(o -> assertThat(o.when()).isNull());
    assertThat(lines(imported))
        .anySatisfy(l -> assertThat(l).contains("choices!B6").contains("king_2"));
  }

  /** tutorial.xls: repeat member with 10 questions, bind:relevant and bind:constraint. */
  @Test
  void legacyXlsTutorialTranslatesBindRelevantAndConstraints() {
    InstrumentImport imported = Imports.of("pyxform__tutorial.xls");
    Instrument in = imported.instrument();
    assertThat(typeCounts(in)).isEqualTo(Map.of("text", 1, "single", 7, "integer", 2));
    assertThat(when(in, "literate"))
        .isEqualTo("sex = 'female' and age_in_years >= 15 and age_in_years <= 49");
    assertThat(when(in, "pregnant")).isEqualTo(when(in, "literate"));
    assertThat(when(in, "age_in_months")).isEqualTo("older_than_five = 'no'");
    assertThat(in.item("age_in_months").range().max()).isEqualTo(72);
    assertThat(in.item("age_in_years").range().min()).isEqualTo(5);
    assertThat(in.item("relationship_to_household_head").options())
        .extracting(Option::code)
        .containsExactly("head", "wife_or_husband", "son_or_daughter");
    assertThat(lines(imported))
        .anySatisfy(l -> assertThat(l).contains("column tutorial notes").contains("ignored"))
        .anySatisfy(l -> assertThat(l).contains("repeat member").contains("kept once"));
  }

  /**
   * widgets.csv: 21 questions, 14 kept; 7 (trigger, geopoint x2, barcode, image, audio, video) not.
   */
  @Test
  void csvFlavourIsRead() {
    InstrumentImport imported = Imports.of("pyxform__widgets.csv");
    Instrument in = imported.instrument();
    assertThat(typeCounts(in))
        .isEqualTo(
            Map.of("text", 5, "integer", 1, "decimal", 1, "date", 1, "multiple", 2, "single", 4));
    assertThat(in.item("my_int").range().max()).isEqualTo(9);
    assertThat(in.item("my_decimal").range().min()).isEqualTo(10.51);
    assertThat(in.item("my_select1").options())
        .extracting(Option::code)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    assertThat(lines(imported))
        .anySatisfy(l -> assertThat(l).contains("widgets.csv:10 my_trigger"))
        .anySatisfy(
            l -> assertThat(l).contains("widgets.csv:8 my_select").contains("option c and d"));
  }

  /** group.md: family_name, then group father with phone number and age. */
  @Test
  void markdownGroupBecomesSection() {
    Instrument in = Imports.of("pyxform__group.md").instrument();
    assertThat(in.languages()).containsExactly("en");
    assertThat(in.sections()).extracting(Section::id).containsExactly("pyxform_group", "father");
    assertThat(in.sections().get(1).title().en()).isEqualTo("Father");
    assertThat(typeCounts(in)).isEqualTo(Map.of("text", 2, "integer", 1));
  }

  /** loop.md: select all that apply ... or specify other, then a loop over toilet_type. */
  @Test
  void markdownLoopAndSpecifyOther() {
    InstrumentImport imported = Imports.of("pyxform__loop.md");
    Instrument in = imported.instrument();
    assertThat(in.item("available_toilet_types").options())
        .extracting(Option::code)
        .containsExactly("pit_latrine_with_slab", "open_pit_latrine", "bucket_system", "other");
    assertThat(when(in, "available_toilet_types_other"))
        .isEqualTo("available_toilet_types has 'other'");
    assertThat(in.hasItem("number")).isTrue();
    assertThat(lines(imported))
        .anySatisfy(l -> assertThat(l).contains("loop loop_toilet_types").contains("kept once"))
        .anySatisfy(l -> assertThat(l).contains("language english").contains("en"));
  }

  /**
   * xlsform_spec_test.xlsx: 56 survey rows, 10 of them begin/end group or repeat, 12 types without
   * equivalent (acknowledge, geopoint, barcode, image, audio, video, start, end, today, deviceid,
   * uri:deviceid, phonenumber): 34 items kept.
   */
  @Test
  void specTestFormKeepsGroupRelevanceAndLanguages() {
    InstrumentImport imported = Imports.of("pyxform__xlsform_spec_test.xlsx");
    Instrument in = imported.instrument();
    assertThat(in.items()).hasSize(34);
    assertThat(typeCounts(in))
        .isEqualTo(
            Map.of(
                "single",
                8,
                "multiple",
                1,
                "text",
                8,
                "note",
                12,
                "integer",
                2,
                "decimal",
                1,
                "date",
                1,
                "calculated",
                1));
    assertThat(in.languages()).containsExactly("en", "zh");
    assertThat(in.item("address").label().texts())
        .isEqualTo(Map.of("en", "Enter an address", "zh", "您好"));
    assertThat(in.item("skip_to_end").label().texts())
        .isEqualTo(Map.of("en", "Skip to end", "zh", "Skip to end"));
    assertThat(in.item("skip_to_end").option("yes").label().texts())
        .isEqualTo(Map.of("en", "Yes", "zh", "是"));
    assertThat(when(in, "my_name")).isEqualTo("not skip_to_end = 'yes'");
    assertThat(when(in, "email_note")).isEqualTo("not skip_to_end = 'yes'");
    assertThat(when(in, "launch")).isNull();
    assertThat(in.item("calculate_test").calculation().source()).isEqualTo("2 + 2");
    assertThat(in.item("required_text").required()).isTrue();
    assertThat(in.hasItem("label_test")).isTrue();
    assertThat(lines(imported))
        .anySatisfy(l -> assertThat(l).contains("survey!N7 email_note").contains("regex()"))
        .anySatisfy(l -> assertThat(l).contains("label-test").contains("label_test"))
        .anySatisfy(l -> assertThat(l).contains("repeat repeat_test"))
        .anySatisfy(l -> assertThat(l).contains("survey!A2 skip_to_end").contains("no text in zh"))
        .anySatisfy(l -> assertThat(l).contains("survey!A5 invalid_variable").contains("pipes"))
        .anySatisfy(l -> assertThat(l).contains("survey!A42 start").contains("metadata"));
  }
}
