package org.tripart.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.ErrorCode;

class InstrumentReaderTest {
  private static final String SMALL = "org/tripart/instrument/small.yaml";

  @Test
  void smallInstrumentLoadsWithAllFields() {
    Instrument instrument = InstrumentReader.readResource(SMALL);

    assertThat(instrument.id()).isEqualTo("clinician");
    assertThat(instrument.group()).isEqualTo("clinician");
    assertThat(instrument.version()).isEqualTo(2);
    assertThat(instrument.languages()).containsExactly("en", "zh");
    assertThat(instrument.title().in("zh")).isEqualTo("临床医生问卷");
    assertThat(instrument.source()).isEqualTo(SMALL);
    assertThat(instrument.sections()).extracting(Section::id).containsExactly("profile", "ai");
    assertThat(instrument.sections().get(1).title().en()).isEqualTo("AI at work");
    assertThat(instrument.items())
        .extracting(Item::id)
        .containsExactly(
            "age_group",
            "province",
            "hospital_tier",
            "hospital",
            "uses_ai",
            "ai_tools",
            "years_in_radiology",
            "ai_share",
            "trust",
            "comments",
            "survey_date");
    assertThat(instrument.items())
        .extracting(Item::type)
        .containsExactly(
            ItemType.SINGLE,
            ItemType.PROVINCE,
            ItemType.SINGLE,
            ItemType.INSTITUTION,
            ItemType.YES_NO,
            ItemType.MULTIPLE,
            ItemType.INTEGER,
            ItemType.DECIMAL,
            ItemType.LIKERT,
            ItemType.TEXT,
            ItemType.DATE);
  }

  @Test
  void itemKeepsLabelHelpRequiredOptionsAndLocation() {
    Item age = InstrumentReader.readResource(SMALL).item("age_group");

    assertThat(age.label().in("zh")).isEqualTo("年龄段");
    assertThat(age.help().en()).isEqualTo("Your age today");
    assertThat(age.required()).isTrue();
    assertThat(age.when()).isNull();
    assertThat(age.options()).extracting(Option::code).containsExactly("under_30", "30_plus");
    assertThat(age.option("30_plus").label().in("zh")).isEqualTo("30岁及以上");
    assertThat(age.location()).isEqualTo(new SourceLocation(SMALL, 11));
    assertThat(age.range()).isEqualTo(NumericRange.ANY);
    assertThat(age.fills()).isEmpty();
  }

  @Test
  void yesNoAndProvinceItemsGetTheirImpliedOptions() {
    Instrument instrument = InstrumentReader.readResource(SMALL);

    Item usesAi = instrument.item("uses_ai");
    assertThat(usesAi.options()).extracting(Option::code).containsExactly("yes", "no");
    assertThat(usesAi.option("yes").label()).isEqualTo(LocalizedText.of("Yes", "是"));
    assertThat(usesAi.option("no").label()).isEqualTo(LocalizedText.of("No", "否"));
    Item province = instrument.item("province");
    assertThat(province.options()).hasSize(31);
    assertThat(province.options().get(0))
        .isEqualTo(new Option("11", LocalizedText.of("Beijing", "北京")));
    assertThat(province.option("65").label().in("zh")).isEqualTo("新疆");
  }

  @Test
  void skipLogicRangesExclusiveOptionsAndFillsAreRead() {
    Instrument instrument = InstrumentReader.readResource(SMALL);

    Item tools = instrument.item("ai_tools");
    assertThat(tools.when().source()).isEqualTo("uses_ai = 'yes'");
    assertThat(tools.when().referencedItems()).containsExactly("uses_ai");
    assertThat(tools.option("none").exclusive()).isTrue();
    assertThat(tools.option("detection").exclusive()).isFalse();
    assertThat(instrument.item("years_in_radiology").range()).isEqualTo(new NumericRange(0, 60));
    assertThat(instrument.item("ai_share").range()).isEqualTo(new NumericRange(0, 1));
    assertThat(instrument.item("ai_share").when().referencedItems())
        .containsExactly("ai_tools", "years_in_radiology");
    assertThat(instrument.item("hospital").fills())
        .isEqualTo(Map.of("province", "province", "tier", "hospital_tier"));
    assertThat(instrument.item("trust").options())
        .extracting(Option::code)
        .containsExactly("low", "high");
  }

  @Test
  void parsedSkipLogicEvaluatesAgainstAnswers() {
    Condition when = InstrumentReader.readResource(SMALL).item("ai_tools").when();

    assertThat(when.test(id -> new Answer.Choice("yes"))).isTrue();
    assertThat(when.test(id -> new Answer.Choice("no"))).isFalse();
    assertThat(when.test(id -> null)).isFalse();
  }

  @Test
  void fileIsNamedAsGivenInTheInstrumentAndInMessages(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.yaml");
    Files.copy(getClass().getResourceAsStream("small.yaml"), good);
    assertThat(InstrumentReader.read(good).source()).isEqualTo(good.toString());

    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "instrument: x\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> InstrumentReader.read(bad))
        .isInstanceOf(InvalidInstrumentException.class)
        .hasMessageStartingWith("TRP-0002 " + bad + ":1: ");
  }

  @Test
  void missingFileIsReportedAsAnIoProblem(@TempDir Path dir) {
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> InstrumentReader.read(missing))
        .isInstanceOf(InvalidInstrumentException.class)
        .hasMessage("TRP-0103 " + missing + ": the file does not exist");
  }

  @Test
  void missingResourceIsReportedAsAnIoProblem() {
    assertThatThrownBy(() -> InstrumentReader.readResource("org/tripart/nowhere.yaml"))
        .isInstanceOf(InvalidInstrumentException.class)
        .hasMessage("TRP-0103 org/tripart/nowhere.yaml: no such resource on the class path");
  }

  @Test
  void fileThatIsNotUtf8IsRejected(@TempDir Path dir) throws Exception {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, "instrument: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> InstrumentReader.read(latin1))
        .isInstanceOf(InvalidInstrumentException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void emptyFileHoldsNoInstrument() {
    assertThatThrownBy(() -> InstrumentReader.read(new StringReader("# nothing\n"), "e.yaml"))
        .isInstanceOf(InvalidInstrumentException.class)
        .hasMessage("TRP-0002 e.yaml: the file holds no instrument")
        .extracting(e -> ((InvalidInstrumentException) e).code())
        .isEqualTo(ErrorCode.INSTRUMENT_STRUCTURE);
  }
}
