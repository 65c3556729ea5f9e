package org.tripart.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstrumentWriterTest {
  private static final String EVERY = "org/tripart/instrument/every-feature.yaml";

  private static Instrument reread(String yaml) {
    return InstrumentReader.read(new StringReader(yaml), "x.yaml");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "org/tripart/study/national-ai/clinician.yaml",
        "org/tripart/study/national-ai/research.yaml",
        "org/tripart/study/national-ai/industry.yaml",
        "org/tripart/instrument/partners.yaml",
        EVERY
      })
  void writtenInstrumentReadsBackToTheSameText(String resource) {
    Instrument original = InstrumentReader.readResource(resource);
    String written = InstrumentWriter.write(original);

    Instrument back = reread(written);

    assertThat(InstrumentWriter.write(back)).isEqualTo(written);
    assertThat(back.items()).hasSameSizeAs(original.items());
    for (int i = 0; i < back.items().size(); i++) {
      Item a = original.items().get(i);
      Item b = back.items().get(i);
      assertThat(b.id()).isEqualTo(a.id());
      assertThat(b.type()).isEqualTo(a.type());
      assertThat(b.label()).isEqualTo(a.label());
      assertThat(b.help()).isEqualTo(a.help());
      assertThat(b.required()).isEqualTo(a.required());
      assertThat(b.range()).isEqualTo(a.range());
      assertThat(b.fills()).isEqualTo(a.fills());
      assertThat(b.options())
          .extracting(
              Option::code, Option::label, Option::exclusive, Option::score, Option::missing)
          .isEqualTo(
              a.options().stream()
                  .map(
                      o ->
                          org.assertj.core.groups.Tuple.tuple(
                              o.code(), o.label(), o.exclusive(), o.score(), o.missing()))
                  .toList());
    }
  }

  @Test
  void bundledClinicianFileIsWrittenInItsOwnStyle() {
    // The bundled file is written by hand in the writer's style; only its comments would differ,
    // and it has none, so the text is the file itself.
    String resource = "org/tripart/study/national-ai/clinician.yaml";
    String written = InstrumentWriter.write(InstrumentReader.readResource(resource));

    assertThat(written).isEqualTo(Resources.text(resource));
  }

  @Test
  void everyFeatureIsWrittenInCanonicalForm() {
    String written = InstrumentWriter.write(InstrumentReader.readResource(EVERY));

    assertThat(written)
        .contains(
            "title: {en: \"Every feature: \\\"quotes\\\", colons: and a \\\\ backslash\","
                + " zh: \"全部功能\"}")
        .contains("label: {en: \"Line one\\nLine two: with a colon, a tab\\tand an emoji 😀\"")
        .contains("calculate: \"round(weight * 10000 / height ^ 2, 1)\"")
        .contains("calculate: \"sum(interest, mood, smokes) + if(symptoms has 'cough', 1, 0)\"")
        .contains(
            "when: \"(interest = 'several_days' or interest = 'most_days') and mood != '999'\"")
        .contains("when: \"province in ('11', '31') or not answered(province)\"")
        .contains("range: {min: 20, max: 300.5}")
        .contains("range: {min: 100}")
        .contains("            score: 2.5\n")
        .contains("          - code: 999\n")
        .contains("            missing: true\n")
        .contains("fills: {province: province, tier: tier}");
  }

  @Test
  void anyTextSurvivesTheRoundTrip() {
    List<String> hard =
        List.of(
            "plain",
            "quote \" and 'single'",
            "colon: space # hash",
            "- dash first",
            "back\\slash",
            "new\nline\r\nand\ttab",
            "  leading and trailing  ",
            "control \u0001 \u0007 \u001f \u007f del",
            "next line \u0085 line sep \u2028 par sep \u2029",
            "bom \ufeff inside",
            "中文，全角：标点",
            "astral 𝄞 😀",
            "null",
            "true",
            "~",
            "");
    for (String text : hard) {
      String yaml = "value: " + InstrumentWriter.quoted(text) + "\n";
      Object back =
          new org.snakeyaml.engine.v2.api.Load(
                  org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
              .loadFromString(yaml);

      assertThat(back).as(text).isEqualTo(java.util.Map.of("value", text));
    }
  }

  @Test
  void instrumentBuiltInCodeWithParsedExpressionsIsWrittenAndReadBack() {
    // the importers' path: items made in code with Conditions.parse and Calculations.parse.
    LocalizedText l = LocalizedText.of("Q", "问");
    List<Option> options =
        List.of(
            new Option("1", LocalizedText.of("Low", "低"), false, 0.0, null, false),
            new Option("2", LocalizedText.of("High", "高"), false, 3.0, null, false),
            new Option(
                "3",
                LocalizedText.of("Extra", "额外"),
                false,
                null,
                Conditions.parse("age>=65"),
                false),
            new Option("999", LocalizedText.of("Refused", "拒答"), false, null, null, true));
    Item age = new Item("age", ItemType.INTEGER, l, null, null, true, null, null, null, null);
    Item q = new Item("q", ItemType.SINGLE, l, null, options, false, null, null, null, null);
    Item score =
        new Item(
            "score",
            ItemType.CALCULATED,
            l,
            null,
            null,
            false,
            Conditions.parse("answered( q )"),
            null,
            null,
            null,
            Calculations.parse("q*2+if(age>=65,1,0)"));
    Instrument built =
        new Instrument(
            "imported",
            "clinician",
            1,
            LocalizedText.of("Imported", "导入"),
            List.of("en", "zh"),
            List.of(new Section("s", l, List.of(age, q, score))),
            "<built-in>");

    String written = InstrumentWriter.write(built);
    Instrument back = reread(written);

    assertThat(written)
        .contains("when: \"age >= 65\"")
        .contains("when: \"answered(q)\"")
        .contains("calculate: \"q * 2 + if(age >= 65, 1, 0)\"");
    // q = 2 scores 3, age 70: 3 * 2 + 1 = 7; the read calculation uses the option scores.
    java.util.Map<String, Answer> answers =
        java.util.Map.of("q", new Answer.Choice("2"), "age", new Answer.Number(70));
    assertThat(back.item("score").calculation().evaluate(answers::get))
        .isEqualTo(java.util.OptionalDouble.of(7));
    assertThat(InstrumentWriter.write(back)).isEqualTo(written);
  }
}
